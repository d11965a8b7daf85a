using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>
/// Runs a scenario over several seeds — the scenario's seed, then seed + 1, seed + 2, … — in
/// parallel, one run per thread. Each run is itself single-threaded and the results are stored by
/// run index, so an ensemble is bit-identical to running its members one by one.
/// </summary>
public static class Ensemble
{
    public static IReadOnlyList<SimulationResult> Run(Scenario scenario, int runs, double? scale, int threads, Action<int, int>? progress = null) =>
        Run(scenario, runs, RunPlan.Resolve(scenario, new RunOptions(Scale: scale, Threads: threads)), progress);

    /// <summary>Runs seeds <paramref name="firstSeed"/>, +1, … : scenarios compared on the same first
    /// seed share their random streams (common random numbers).</summary>
    public static IReadOnlyList<SimulationResult> Run(Scenario scenario, int runs, double? scale, int threads, ulong firstSeed, Action<int, int>? progress = null) =>
        Run(scenario, runs, RunPlan.Resolve(scenario, new RunOptions(firstSeed, scale, threads)), progress);

    /// <summary>Runs members 0 to <paramref name="runs"/> − 1 of the plan (<see cref="RunPlan.Member"/>),
    /// <see cref="RunPlan.Threads"/> at a time.</summary>
    /// <param name="onRun">Called with each run's index and result, on the thread that ran it (for the per-run data).</param>
    public static IReadOnlyList<SimulationResult> Run(Scenario scenario, int runs, RunPlan plan, Action<int, int>? progress = null, Action<int, SimulationResult>? onRun = null)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), "at least one run");
        return RunJobs(runs, plan.Threads, i =>
        {
            var result = new Simulation(plan.Member(scenario, i)).Run();
            onRun?.Invoke(i, result);
            return result;
        }, progress);
    }

    /// <summary>Runs <paramref name="jobs"/> jobs in parallel, at most <paramref name="threads"/> at a
    /// time, and stores each result by job index, so the results do not depend on the thread count
    /// or the order the jobs finish in. Jobs are taken in index order (each worker takes the next
    /// not yet taken), so the runs finish roughly in order and the batches of per-run data can be
    /// written as they complete. After a job fails no further job is taken; the failure is thrown
    /// as an <see cref="AggregateException"/>.</summary>
    public static T[] RunJobs<T>(int jobs, int threads, Func<int, T> job, Action<int, int>? progress = null)
    {
        var results = new T[jobs];
        int done = 0, next = -1, failed = 0;
        object gate = new();
        int workers = Math.Max(1, Math.Min(threads, jobs));
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            int i;
            while (Volatile.Read(ref failed) == 0 && (i = Interlocked.Increment(ref next)) < jobs)
            {
                try { results[i] = job(i); }
                catch { Interlocked.Exchange(ref failed, 1); throw; }
                if (progress is not null)
                    lock (gate) progress(++done, jobs);
            }
        });
        return results;
    }

    /// <summary>Runs each configuration and keeps only its measures (a sweep of many runs then fits
    /// in memory); a measure reading months outside the run's span gives NaN, not a failure.</summary>
    /// <param name="onRun">Called with each job, its configuration and its result, on the thread that ran it (for the per-run data).</param>
    public static double[][] Measures(int jobs, int threads, Func<int, SimulationConfig> configOf, IReadOnlyList<ComparedMeasure> measures, Action<int, int>? progress = null,
        Action<int, SimulationConfig, SimulationResult>? onRun = null) =>
        RunJobs(jobs, threads, i =>
        {
            var config = configOf(i);
            var result = new Simulation(config).Run();
            onRun?.Invoke(i, config, result);
            var row = new double[measures.Count];
            for (int m = 0; m < measures.Count; m++)
            {
                try { row[m] = measures[m].Measure(result); }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException) { row[m] = double.NaN; }
            }
            return row;
        }, progress);

    /// <summary>
    /// A distribution-free confidence interval for the median of the population the runs are drawn
    /// from: the order statistics x(j) and x(n+1-j) with the largest j for which
    /// P(Binomial(n, 1/2) &lt; j) ≤ (1 − confidence)/2, so that the interval covers the true median with
    /// probability at least <paramref name="confidence"/> (Conover 1999, Practical Nonparametric
    /// Statistics, §3.2). For 20 runs at 95% it is (x(6), x(15)). It says how far the ensemble
    /// median could move with more runs. NaN when the sample is too small to give one (fewer than 6
    /// finite values at 95%).
    /// </summary>
    public static (double Low, double High) MedianInterval(IEnumerable<double> values, double confidence = 0.95)
    {
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), "between 0 and 1");
        var sorted = values.Where(double.IsFinite).OrderBy(v => v).ToArray();
        int n = sorted.Length;
        double tail = (1 - confidence) / 2;
        // Cumulative binomial probabilities P(B <= i), each term from the last in log space
        // (log C(n, i+1) = log C(n, i) + log(n - i) - log(i + 1)), so that large n stays exact enough
        // and costs one pass.
        int j = 0;
        double cumulative = 0, logChoose = 0, logHalfPowerN = n * Math.Log(0.5);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) logChoose += Math.Log(n - i + 1) - Math.Log(i);
            cumulative += Math.Exp(logChoose + logHalfPowerN);
            if (cumulative > tail) break;
            j = i + 1; // P(B < j) = P(B <= i) <= tail
        }
        if (j < 1) return (double.NaN, double.NaN);
        return (sorted[j - 1], sorted[n - j]);
    }

    /// <summary>Median and the 5% and 95% quantiles (nearest rank) of a sample.</summary>
    public static (double Median, double Low, double High) Band(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN, double.NaN);
        double Q(double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
        return (Q(0.5), Q(0.05), Q(0.95));
    }
}
