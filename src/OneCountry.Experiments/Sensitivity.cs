using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>How far one measure moves when one parameter goes from the low to the high end of its
/// registry range, the others held at the scenario's values: the medians at each end and the band
/// of the paired differences (high − low on the same seed).</summary>
public sealed record SensitivityEffect(string Parameter, string Group, double Low, double High, string Measure, string Unit,
    double BaseMedian, double LowMedian, double HighMedian, double EffectMedian, double EffectLow, double EffectHigh);

/// <summary>The effects of every parameter swept on every measure, with what was run.</summary>
public sealed record SensitivityReport(Scenario Scenario, int Runs, double Scale, ulong FirstSeed,
    IReadOnlyList<ParameterSpec> Parameters, IReadOnlyList<ComparedMeasure> Measures, IReadOnlyList<SensitivityEffect> Effects)
{
    /// <summary>The world the runs lived in (recorded or drawn).</summary>
    public WorldMode World { get; init; } = WorldMode.Recorded;
    /// <summary>Every run: setting s (0 the baseline, then each parameter low and high) on seed i is run s × runs + i.</summary>
    public PerRun PerRun { get; init; } = PerRun.None;
    /// <summary>The effects on one measure, largest absolute median effect first (a tornado).</summary>
    public IEnumerable<SensitivityEffect> Ranked(string measure) =>
        Effects.Where(e => e.Measure == measure).OrderByDescending(e => double.IsNaN(e.EffectMedian) ? -1 : Math.Abs(e.EffectMedian)).ThenBy(e => e.Parameter, StringComparer.Ordinal);
}

/// <summary>
/// One-at-a-time sensitivity analysis over the parameter registry's ranges: sensitivity
/// analysis shows which assumptions drive a conclusion. Each parameter is set to
/// the low and to the high end of its documented range while the others keep the scenario's
/// values; every setting runs the same seeds as the baseline (common random numbers), so the
/// paired difference high − low measures the parameter, not luck, and a parameter that cannot
/// act in the scenario's span moves nothing, exactly. Only the measures are kept from each run,
/// so a sweep of the whole registry fits in memory. One-at-a-time effects miss interactions; they
/// rank the assumptions, they do not apportion variance.
/// </summary>
public static class Sensitivity
{
    /// <summary>The comparison's measures and three of the validation's most contested patterns.</summary>
    public static IReadOnlyList<ComparedMeasure> DefaultMeasures { get; } =
    [
        .. Comparison.Measures,
        ComparedMeasure.InMonth("grain harvest 1932", "Mt", "grain_harvest", Month.Of(1932, 8), 1e6),
        ComparedMeasure.InMonth("grain harvest 1939", "Mt", "grain_harvest", Month.Of(1939, 8), 1e6),
        ComparedMeasure.InMonth("population, January 1939", "million persons", "population", Month.Of(1939, 1), 1e6),
    ];

    public static SensitivityReport Run(Scenario scenario, IReadOnlyList<ParameterSpec> parameters, IReadOnlyList<ComparedMeasure> measures,
        int runs, double? scale, int threads, ulong? firstSeed = null, Action<int, int>? progress = null) =>
        Run(scenario, parameters, measures, runs, RunPlan.Resolve(scenario, new RunOptions(firstSeed, scale, threads)), progress);

    /// <summary>Every setting runs the plan's members 0 to <paramref name="runs"/> − 1.</summary>
    public static SensitivityReport Run(Scenario scenario, IReadOnlyList<ParameterSpec> parameters, IReadOnlyList<ComparedMeasure> measures,
        int runs, RunPlan plan, Action<int, int>? progress = null, bool keepSeries = false, Action<FinishedBatch>? finished = null)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), "at least one run");
        if (parameters.Count < 1) throw new ArgumentException("at least one parameter", nameof(parameters));
        var baseline = plan.Member(scenario, 0).Parameters;
        // Settings: 0 the baseline, then for parameter p: 1 + 2p (low) and 2 + 2p (high).
        int settings = 1 + 2 * parameters.Count;
        var perRun = new PerRunCollector(settings * runs, keepSeries, finished);
        var values = Ensemble.Measures(settings * runs, plan.Threads, job =>
        {
            int setting = job / runs;
            var spec = setting == 0 ? null : parameters[(setting - 1) / 2];
            var parametersOfRun = spec is null ? baseline : baseline.With([new(spec.Name, setting % 2 == 1 ? spec.Min : spec.Max)]);
            return plan.Member(scenario, job % runs) with { Parameters = parametersOfRun };
        }, measures, progress, (job, config, result) => perRun.Add(job, job / runs, job % runs, config.Seed, scenario.Name,
            parameters.ToDictionary(p => p.Name, p => (double?)config.Parameters[p.Name]), result));

        double[] Column(int setting, int m) => Enumerable.Range(0, runs).Select(r => values[setting * runs + r][m]).ToArray();
        var baseMedians = Enumerable.Range(0, measures.Count).Select(m => Ensemble.Band(Column(0, m)).Median).ToArray();
        var effects = new List<SensitivityEffect>();
        for (int p = 0; p < parameters.Count; p++)
        {
            var spec = parameters[p];
            for (int m = 0; m < measures.Count; m++)
            {
                var low = Column(1 + 2 * p, m);
                var high = Column(2 + 2 * p, m);
                var (effect, effectLow, effectHigh) = Ensemble.Band(high.Zip(low, (h, l) => h - l));
                effects.Add(new SensitivityEffect(spec.Name, spec.Group, spec.Min, spec.Max, measures[m].Name, measures[m].Unit,
                    baseMedians[m], Ensemble.Band(low).Median, Ensemble.Band(high).Median, effect, effectLow, effectHigh));
            }
        }
        return new SensitivityReport(scenario, runs, plan.Scale, plan.FirstSeed, parameters, measures, effects) { World = plan.World, PerRun = perRun.Result() };
    }

    /// <summary>The registry's parameters named (comma-separated) or of one group; all when neither
    /// is given. Unknown names and groups are errors that name them.</summary>
    public static IReadOnlyList<ParameterSpec> Select(IReadOnlyList<string>? names, string? group)
    {
        if (names is { Count: > 0 })
        {
            var unknown = names.Where(n => !ParameterRegistry.TryIndex(n, out _)).ToList();
            if (unknown.Count > 0) throw new ArgumentException($"unknown parameter(s): {string.Join(", ", unknown)} (see 'onecountry params')");
            return names.Distinct(StringComparer.Ordinal).Select(n => { ParameterRegistry.TryIndex(n, out var i); return ParameterRegistry.All[i]; }).ToList();
        }
        if (group is not null)
        {
            var chosen = ParameterRegistry.All.Where(p => p.Group == group).ToList();
            if (chosen.Count == 0)
                throw new ArgumentException($"unknown parameter group '{group}'; the groups are {string.Join(", ", ParameterRegistry.All.Select(p => p.Group).Distinct())}");
            return chosen;
        }
        return ParameterRegistry.All;
    }
}
