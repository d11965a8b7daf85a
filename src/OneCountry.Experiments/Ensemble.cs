using OneCountry.Model.Simulation;
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
        Run(scenario, runs, scale, threads, scenario.Seed, progress);

    /// <summary>Runs seeds <paramref name="firstSeed"/>, +1, … : scenarios compared on the same first
    /// seed share their random streams (common random numbers).</summary>
    public static IReadOnlyList<SimulationResult> Run(Scenario scenario, int runs, double? scale, int threads, ulong firstSeed, Action<int, int>? progress = null)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), "at least one run");
        var results = new SimulationResult[runs];
        int done = 0;
        object gate = new();
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            var config = scenario.ToConfig(firstSeed + (ulong)i, scale, threads: 1);
            results[i] = new Simulation(config).Run();
            if (progress is not null)
                lock (gate) progress(++done, runs);
        });
        return results;
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
