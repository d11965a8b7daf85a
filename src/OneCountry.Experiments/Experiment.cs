using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>One run of an experiment: its id, point, replicate and seed, and the scenario with the
/// point's inputs applied.</summary>
public sealed record PlannedRun(int RunId, int Point, int Replicate, ulong Seed, Scenario Scenario, IReadOnlyList<InputAssignment> Inputs);

/// <summary>One batch of finished runs, in run order.</summary>
public sealed record FinishedBatch(int Index, IReadOnlyList<RunRecord> Records, IReadOnlyList<RunSeriesRow[]>? Series);

/// <summary>
/// Runs an experiment's design: every point on its replicates, replicate r of every point on seed
/// first + r (common random numbers), unless the point names its own first seed. Runs are taken in
/// order and handed on in batches of <see cref="BatchSize"/> consecutive runs, each whole and in
/// order as soon as it and every earlier batch have finished (<see cref="PerRunCollector"/>), so
/// what an interrupted experiment has handed on is every run up to some batch, and the batches do
/// not depend on the thread count.
/// </summary>
public static class Experiment
{
    public const int BatchSize = PerRunCollector.BatchSize;

    /// <summary>The runs of <paramref name="design"/> on <paramref name="baseline"/>: point p's
    /// inputs applied on top of the baseline's (which may carry --set inputs).</summary>
    /// <exception cref="DesignException">a point's lever month outside the scenario's span, or too many runs.</exception>
    public static IReadOnlyList<PlannedRun> Plan(Scenario baseline, ExperimentDesign design, ulong firstSeed, int replicates, IReadOnlyList<InputAssignment> common)
    {
        var runs = new List<PlannedRun>();
        foreach (var p in design.Points)
        {
            Scenario scenario;
            try { scenario = InputAssignments.Apply(baseline, p.Inputs); }
            catch (InputException e) { throw new DesignException(design.File, p.Where, "inputs", e.Message); }
            var inputs = common.Where(c => p.Inputs.All(i => i.Key != c.Key)).Concat(p.Inputs).ToList();
            int n = p.Replicates ?? replicates;
            ulong first = p.Seed ?? firstSeed;
            if (n > 1 && first > ulong.MaxValue - (ulong)(n - 1))
                throw new DesignException(design.File, p.Where, "seed", $"seeds {first} and the {n - 1} after it pass the largest seed");
            for (int r = 0; r < n; r++)
            {
                if (runs.Count >= 10_000_000) throw new DesignException(design.File, p.Where, "replicates", "more than 10,000,000 runs");
                runs.Add(new PlannedRun(runs.Count, p.Index, r, first + (ulong)r, scenario, inputs));
            }
        }
        return runs;
    }

    /// <summary>Runs the planned runs and hands each finished batch to <paramref name="finished"/>,
    /// in order, under its index in the plan. <paramref name="runs"/> is the whole plan or whole
    /// batches of it (a shard's, or those a resumed experiment has still to run), in plan order.</summary>
    /// <exception cref="ArgumentException">runs that are not whole batches of a plan.</exception>
    public static PerRun Run(IReadOnlyList<PlannedRun> runs, RunPlan plan, bool series, Action<FinishedBatch> finished, Action<int, int>? progress = null)
    {
        for (int k = 0; k * BatchSize < runs.Count; k++)
        {
            int first = runs[k * BatchSize].RunId;
            if (first % BatchSize != 0) throw new ArgumentException($"run {first} does not begin a batch of the plan", nameof(runs));
            for (int j = k * BatchSize; j < Math.Min(runs.Count, (k + 1) * BatchSize); j++)
                if (runs[j].RunId != first + j - k * BatchSize) throw new ArgumentException($"run {runs[j].RunId} breaks the batch from run {first}", nameof(runs));
        }
        var collector = new PerRunCollector(runs.Count, series, b => finished(b with { Index = runs[b.Index * BatchSize].RunId / BatchSize }));
        Ensemble.RunJobs(runs.Count, plan.Threads, i =>
        {
            var run = runs[i];
            var result = new Simulation(plan.OnSeed(run.Scenario, run.Seed)).Run();
            collector.Add(i, run.RunId, run.Point, run.Replicate, run.Seed, run.Scenario.Name, RunRecords.Inputs(run.Inputs), result);
            return 0;
        }, progress);
        return collector.Result();
    }
}
