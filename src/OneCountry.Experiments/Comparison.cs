using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>A key outcome compared across scenarios: how it is measured on one run.</summary>
public sealed record ComparedMeasure(string Name, string Unit, Func<SimulationResult, double> Measure)
{
    /// <summary>What it is (for the codebook, variables.csv).</summary>
    public string Meaning { get; init; } = "";
    /// <summary>Which months of a run it is taken from, and how (for the codebook).</summary>
    public string Aggregation { get; init; } = "";

    /// <summary>The meaning of an output series, named.</summary>
    public static string Of(string variable, string scaled = "") =>
        $"{Variables.All[Variables.IndexOf(variable)].Meaning}{scaled} (series {variable})";

    /// <summary>A series' mean over the months of one year, divided by <paramref name="divisor"/> (1: as it is).</summary>
    public static ComparedMeasure YearMean(string name, string unit, string variable, int year, double divisor = 1) =>
        new(name, unit, r => HistoryValidation.YearMean(r, year, variable) / divisor)
        {
            Meaning = Of(variable, divisor == 1e6 ? ", in millions" : ""),
            Aggregation = $"mean of the months of {year} in each run",
        };

    /// <summary>A series' value in one month, divided by <paramref name="divisor"/>.</summary>
    public static ComparedMeasure InMonth(string name, string unit, string variable, Month month, double divisor = 1) =>
        new(name, unit, r => r.Get(month, variable) / divisor)
        {
            Meaning = Of(variable, divisor == 1e6 ? ", in millions" : ""),
            Aggregation = $"the value of {month} in each run",
        };
}

/// <summary>One measure for one scenario: its ensemble band and, against the first scenario, the
/// band of the paired differences (run i against run i, same seed).</summary>
public sealed record ComparedValue(string Scenario, string Measure, string Unit, double Median, double Low, double High,
    double DifferenceMedian, double DifferenceLow, double DifferenceHigh);


/// <summary>Where two scenarios part on one seed: the first levers that differ and the first
/// entry of the event log that differs.</summary>
public sealed record Divergence(string Scenario, Month? FirstLeverMonth, IReadOnlyList<string> Levers, LoggedEvent? FirstEventA, LoggedEvent? FirstEventB,
    IReadOnlyList<string> WindowsThatDiffer)
{
    /// <summary>The paired runs compared (1 for a single pair).</summary>
    public int Runs { get; init; } = 1;

    /// <summary>In how many paired runs the first differing event is this one (same month, kind and subject).</summary>
    public int SameInRuns { get; init; } = 1;

    /// <summary>The run (0 = the first seed) whose pair is shown.</summary>
    public int Run { get; init; }
}

/// <summary>How often each window ended each way in one scenario's ensemble.</summary>
public sealed record ScenarioWindows(string Scenario, IReadOnlyList<WindowOdds> Odds)
{
    /// <summary>The share of runs in which <paramref name="window"/> ended as <paramref name="outcome"/> (0 if it never did).</summary>
    public double Share(string window, string outcome) => Odds.FirstOrDefault(o => o.Window == window && o.Outcome == outcome)?.Share ?? 0;
}

public sealed record ComparisonReport(IReadOnlyList<Scenario> Scenarios, int Runs, double Scale, ulong FirstSeed,
    IReadOnlyList<ComparedValue> Values, IReadOnlyList<ScenarioWindows> Windows, IReadOnlyList<Divergence> Divergences,
    IReadOnlyList<IReadOnlyList<SimulationResult>> Results)
{
    /// <summary>The world the runs lived in (recorded or drawn).</summary>
    public WorldMode World { get; init; } = WorldMode.Recorded;
    /// <summary>What accounts for each scenario's difference from the first (<see cref="Comparison.Attribute"/>).</summary>
    public IReadOnlyList<Contribution> Contributions { get; init; } = [];
}

/// <summary>One cause of a difference between a scenario and the baseline, and how much of the
/// mean paired difference of each headline measure it accounts for.</summary>
/// <param name="Kind">"input" (a lever, window setting, parameter or event list that differs, run
/// alone on the baseline) or "window" (a window whose outcome differs in some paired runs).</param>
/// <param name="Effects">Per headline measure: the cause's contribution to the mean difference.</param>
/// <param name="Total">Per headline measure: the scenario's whole mean difference on the same runs.</param>
public sealed record Contribution(string Scenario, string Kind, string Cause, string Detail, IReadOnlyList<double> Effects, IReadOnlyList<double> Total);

/// <summary>
/// Compares scenarios on common random numbers : every scenario runs
/// the same seeds, first seed to first seed + N − 1, so run i of each scenario draws the same weather,
/// births and window numbers wherever the scenarios have not yet made them differ. Differences are
/// paired run by run, so their band measures what the scenarios change, not luck; a scenario
/// compared with itself differs by exactly zero.
/// </summary>
public static class Comparison
{
    public static IReadOnlyList<ComparedMeasure> Measures { get; } =
    [
        ComparedMeasure.YearMean("GDP per head 1928", "2011 int. $", "gdp_per_capita", 1928),
        ComparedMeasure.YearMean("GDP per head 1940", "2011 int. $", "gdp_per_capita", 1940),
        ComparedMeasure.YearMean("technique: GDP per head over the frontier's, 1940", "ratio", "technique_relative_frontier", 1940),
        ComparedMeasure.YearMean("industrial output 1940", "index 1913=1", "industrial_output_index", 1940),
        ComparedMeasure.YearMean("defence share 1933", "share", "defence_share", 1933),
        ComparedMeasure.YearMean("defence share 1940", "share", "defence_share", 1940),
        ComparedMeasure.YearMean("hostile power ratio 1940", "ratio", "hostile_power_ratio", 1940),
        ComparedMeasure.YearMean("state apparatus 1940", "million persons", "state_apparatus", 1940, 1e6),
        ComparedMeasure.YearMean("privilege share 1940", "share", "privilege_share", 1940),
        ComparedMeasure.YearMean("consumption per head 1940", "1913 rubles/month", "consumption_per_head", 1940),
        ComparedMeasure.YearMean("workers' consumption 1940", "1913 rubles/month", "consumption_workers", 1940),
        ComparedMeasure.YearMean("collective farmers' consumption 1940", "1913 rubles/month", "consumption_collective_farmers", 1940),
        ComparedMeasure.YearMean("Gini of consumption 1940", "index", "gini_consumption", 1940),
        new("famine deaths 1921-41", "million persons", r => Enumerable.Range(0, r.Months).Sum(t => r[t, Variables.IndexOf("famine_deaths")]) / 1e6)
        {
            Meaning = ComparedMeasure.Of("famine_deaths", ", in millions"),
            Aggregation = "sum of all the months of each run",
        },
        ComparedMeasure.YearMean("collectivized share 1937", "share", "collectivized_share", 1937),
        new("federation members, end", "states", r => r[r.Months - 1, Variables.IndexOf("federation_members")])
        {
            Meaning = ComparedMeasure.Of("federation_members"),
            Aggregation = "the value of the last month of each run",
        },
    ];

    public static ComparisonReport Run(IReadOnlyList<Scenario> scenarios, int runs, double? scale, int threads, ulong? firstSeed = null, Action<int, int>? progress = null)
    {
        if (scenarios.Count < 1) throw new ArgumentException("at least one scenario", nameof(scenarios));
        return Run(scenarios, runs, RunPlan.Resolve(scenarios[0], new RunOptions(firstSeed, scale, threads)), progress);
    }

    /// <summary>Runs every scenario under the one <paramref name="plan"/> (resolved from the first,
    /// the baseline): the same seeds and scale for all.</summary>
    /// <param name="onRun">Called with the scenario's index, the run's and its result, on the thread that ran it (for the per-run data).</param>
    public static ComparisonReport Run(IReadOnlyList<Scenario> scenarios, int runs, RunPlan plan, Action<int, int>? progress = null, Action<int, int, SimulationResult>? onRun = null)
    {
        if (scenarios.Count < 1) throw new ArgumentException("at least one scenario", nameof(scenarios));
        int total = scenarios.Count * runs, done = 0;
        var results = new List<IReadOnlyList<SimulationResult>>();
        foreach (var (s, index) in scenarios.Select((s, i) => (s, i)))
        {
            int before = done;
            results.Add(Ensemble.Run(s, runs, plan, progress is null ? null : (d, _) => progress(before + d, total),
                onRun is null ? null : (i, r) => onRun(index, i, r)));
            done += runs;
        }
        return FromResults(scenarios, results, plan);
    }

    /// <summary>The comparison of runs already made under one <paramref name="plan"/>: result list s
    /// holds scenario s's members 0 to N − 1 (<see cref="RunPlan.Member"/>), so that a caller that
    /// keeps the baseline's runs (the classroom server) need not run them again.
    /// <paramref name="attribute"/> false skips the attribution (its own runs).</summary>
    public static ComparisonReport FromResults(IReadOnlyList<Scenario> scenarios, IReadOnlyList<IReadOnlyList<SimulationResult>> results, RunPlan plan, bool attribute = true)
    {
        if (scenarios.Count < 1 || results.Count != scenarios.Count) throw new ArgumentException("one result list per scenario, at least one", nameof(results));
        int runs = results.Min(r => r.Count);
        if (runs < 1) throw new ArgumentException("at least one run per scenario", nameof(results));
        var values = new List<ComparedValue>();
        foreach (var m in Measures)
        {
            var baseline = results[0].Select(m.Measure).ToArray();
            for (int s = 0; s < scenarios.Count; s++)
            {
                var x = results[s].Select(m.Measure).ToArray();
                var (med, lo, hi) = Ensemble.Band(x);
                var (dm, dl, dh) = Ensemble.Band(x.Select((v, i) => v - baseline[i]));
                values.Add(new ComparedValue(scenarios[s].Name, m.Name, m.Unit, med, lo, hi, dm, dl, dh));
            }
        }

        var windows = scenarios.Select((sc, i) => new ScenarioWindows(sc.Name, EnsembleSeries.Windows(results[i]))).ToList();

        var divergences = new List<Divergence>();
        for (int s = 1; s < scenarios.Count; s++)
            divergences.Add(DivergeEnsemble(scenarios[0], scenarios[s], results[0], results[s]));
        var contributions = new List<Contribution>();
        for (int s = 1; s < scenarios.Count && attribute; s++)
            contributions.AddRange(Attribute(scenarios[0], scenarios[s], results[0], results[s], plan));
        return new ComparisonReport(scenarios, runs, plan.Scale, plan.FirstSeed, values, windows, divergences, results) { Contributions = contributions, World = plan.World };
    }

    /// <summary>The headline measures of the attribution (a subset of <see cref="Measures"/>).</summary>
    public static IReadOnlyList<ComparedMeasure> Headline { get; } =
        [.. new[] { "GDP per head 1940", "technique: GDP per head over the frontier's, 1940", "defence share 1940", "consumption per head 1940", "state apparatus 1940" }
            .Select(n => Measures.First(m => m.Name == n))];

    /// <summary>Runs used for the one-at-a-time attribution of each input (bounded to keep comparisons quick).</summary>
    public const int AttributionRuns = 20;

    /// <summary>
    /// What accounts for the differences between <paramref name="b"/> and the baseline <paramref name="a"/>:
    /// (1) each input that differs — one lever's timeline, one window's settings, one parameter, the
    /// event list — applied alone to the baseline on the same first seeds (one at a time: effects
    /// need not add up, and the gap to the whole difference is the inputs' interaction);
    /// (2) each window whose outcome differs in some paired runs: the share of pairs where it
    /// differs times their mean difference (the part of the whole mean difference that comes with
    /// that window ending otherwise).
    /// </summary>
    /// <param name="runVariant">Runs a variant (the baseline with one input of <paramref name="b"/>) on
    /// the plan's first <c>k</c> seeds; null: <see cref="Ensemble.Run(Scenario, int, RunPlan, Action{int, int}?, Action{int, SimulationResult}?)"/>.
    /// A caller that can tell a variant is <paramref name="b"/> itself may return <paramref name="rb"/>'s runs.</param>
    public static IReadOnlyList<Contribution> Attribute(Scenario a, Scenario b, IReadOnlyList<SimulationResult> ra, IReadOnlyList<SimulationResult> rb,
        RunPlan plan, Func<Scenario, int, IReadOnlyList<SimulationResult>>? runVariant = null)
    {
        var list = new List<Contribution>();
        int n = Math.Min(ra.Count, rb.Count);
        double[] Total(int count) => Headline.Select(m => Enumerable.Range(0, count).Average(i => m.Measure(rb[i]) - m.Measure(ra[i]))).ToArray();
        // (1) Inputs one at a time.
        int k = Math.Min(n, AttributionRuns);
        var totalK = Total(k);
        foreach (var (cause, detail, variant) in Inputs(a, b))
        {
            var rv = runVariant is null ? Ensemble.Run(variant, k, plan) : runVariant(variant, k);
            var effects = Headline.Select(m => Enumerable.Range(0, k).Average(i => m.Measure(rv[i]) - m.Measure(ra[i]))).ToArray();
            list.Add(new Contribution(b.Name, "input", cause, detail + $" (alone on {a.Name}, {k} runs)", effects, totalK));
        }
        // (2) Windows that end otherwise.
        var total = Total(n);
        for (int w = 0; w < Math.Min(ra[0].Windows.Count, rb[0].Windows.Count); w++)
        {
            var differs = Enumerable.Range(0, n).Where(i => ra[i].Outcomes[w] != rb[i].Outcomes[w]).ToList();
            if (differs.Count == 0) continue;
            var effects = Headline.Select(m => differs.Sum(i => m.Measure(rb[i]) - m.Measure(ra[i])) / n).ToArray();
            var changes = differs.GroupBy(i => $"{Comintern.Name(ra[i].Outcomes[w])} -> {Comintern.Name(rb[i].Outcomes[w])}")
                .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} in {g.Count()}");
            list.Add(new Contribution(b.Name, "window", ra[0].Windows[w].Name, $"ends otherwise in {differs.Count} of {n} paired runs ({string.Join("; ", changes)})", effects, total));
        }
        return list;
    }

    /// <summary>The inputs on which two scenarios differ, each as the baseline with only that input taken from the other.</summary>
    public static IEnumerable<(string Cause, string Detail, Scenario Variant)> Inputs(Scenario a, Scenario b)
    {
        var leversA = a.Policy.Changes.GroupBy(c => c.Lever).ToDictionary(g => g.Key, g => g.Select(c => (c.Month, c.Value)).ToList());
        var leversB = b.Policy.Changes.GroupBy(c => c.Lever).ToDictionary(g => g.Key, g => g.Select(c => (c.Month, c.Value)).ToList());
        foreach (var lever in leversA.Keys.Union(leversB.Keys).OrderBy(l => LeverRegistry.TryIndex(l, out var i) ? i : int.MaxValue))
        {
            var x = leversA.GetValueOrDefault(lever) ?? [];
            var y = leversB.GetValueOrDefault(lever) ?? [];
            if (x.SequenceEqual(y)) continue;
            var policy = new PolicyTimeline(a.Policy.Changes.Where(c => c.Lever != lever).Concat(b.Policy.Changes.Where(c => c.Lever == lever)));
            var first = y.Except(x).Select(c => c.Month).DefaultIfEmpty(x.Except(y).Select(c => c.Month).FirstOrDefault()).Min();
            yield return ($"lever {lever}", $"its timeline from {b.Name}, first different in {first}", a with { Policy = policy });
        }
        foreach (var w in b.Windows)
        {
            var wa = a.Windows.FirstOrDefault(x => x.Name == w.Name);
            if (wa == w) continue;
            var windows = a.Windows.Where(x => x.Name != w.Name).Append(w).ToList();
            yield return ($"window {w.Name}", w.Forced is { } f ? $"outcome imposed: {Comintern.Name(f)}" : "its settings from " + b.Name, a with { Windows = windows });
        }
        foreach (var p in a.ParameterOverrides.Keys.Union(b.ParameterOverrides.Keys).OrderBy(x => x, StringComparer.Ordinal))
        {
            double va = a.ParameterOverrides.TryGetValue(p, out var x) ? x : ParameterRegistry.Get(p).Default;
            double vb = b.ParameterOverrides.TryGetValue(p, out var y) ? y : ParameterRegistry.Get(p).Default;
            if (va == vb) continue;
            var overrides = new Dictionary<string, double>(a.ParameterOverrides) { [p] = vb };
            yield return ($"parameter {p}", $"{va.ToString(System.Globalization.CultureInfo.InvariantCulture)} -> {vb.ToString(System.Globalization.CultureInfo.InvariantCulture)}", a with { ParameterOverrides = overrides });
        }
        static string Key(ScheduledEvent e) => $"{e.Month}|{e.Kind}|{e.Magnitude}|{e.DurationMonths}|{string.Join(",", e.Zones)}|{e.Country}|{e.UrbanShare}|{e.Regime}|{e.Attitude}|{e.Militarization}";
        if (!a.Events.Select(Key).SequenceEqual(b.Events.Select(Key)))
            yield return ("events", $"the event list of {b.Name}", a with { Events = b.Events });
    }

    /// <summary>Where two ensembles part, over every pair of runs on the same seed: the first
    /// differing event that most pairs share (shown on the first pair that has it, with the count),
    /// and for each window in how many pairs it ends otherwise and how.</summary>
    public static Divergence DivergeEnsemble(Scenario a, Scenario b, IReadOnlyList<SimulationResult> ra, IReadOnlyList<SimulationResult> rb)
    {
        int n = Math.Min(ra.Count, rb.Count);
        var pairs = Enumerable.Range(0, n).Select(i => Diverge(a, b, ra[i], rb[i])).ToList();
        static string Key(LoggedEvent? e) => e is null ? "" : $"{e.Month}|{e.Kind}|{e.Subject}";
        var mode = Enumerable.Range(0, n).GroupBy(i => Key(pairs[i].FirstEventA) + "/" + Key(pairs[i].FirstEventB))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First()).First();
        int shown = mode.First();
        var windows = new List<string>();
        for (int w = 0; w < Math.Min(ra[0].Windows.Count, rb[0].Windows.Count); w++)
        {
            var differs = Enumerable.Range(0, n).Where(i => ra[i].Outcomes[w] != rb[i].Outcomes[w]).ToList();
            if (differs.Count == 0) continue;
            var how = differs.GroupBy(i => $"{Comintern.Name(ra[i].Outcomes[w])} -> {Comintern.Name(rb[i].Outcomes[w])}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            windows.Add($"{ra[0].Windows[w].Name}: otherwise in {differs.Count} of {n} runs ({string.Join(", ", how)})");
        }
        return pairs[shown] with { WindowsThatDiffer = windows, Runs = n, SameInRuns = mode.Count(), Run = shown };
    }

    /// <summary>The first month whose levers differ (and which levers), the first differing entry
    /// of the two event logs on the first seed, and the windows whose outcome differs there.</summary>
    public static Divergence Diverge(Scenario a, Scenario b, SimulationResult ra, SimulationResult rb)
    {
        Month? firstMonth = null;
        var levers = new List<string>();
        var start = a.Start < b.Start ? a.Start : b.Start;
        var end = a.End > b.End ? a.End : b.End;
        for (var m = start; m <= end; m = m.Plus(1))
        {
            var va = a.Policy.ValuesAt(m);
            var vb = b.Policy.ValuesAt(m);
            for (int i = 0; i < va.Length; i++)
                if (va[i] != vb[i]) levers.Add($"{LeverRegistry.All[i].Name}: {Format(i, va[i])} -> {Format(i, vb[i])}");
            if (levers.Count > 0) { firstMonth = m; break; }
        }
        LoggedEvent? ea = null, eb = null;
        // A window that either scenario imposes is drawn in the other only: its draws are not a divergence (its imposition is).
        var forced = a.Windows.Concat(b.Windows).Where(w => w.Forced is not null).Select(w => w.Name).ToHashSet();
        bool Kept(LoggedEvent e) => !(e.Kind == "window_draw" && forced.Contains(e.Subject));
        var la = ra.Events.Entries.Where(Kept).ToList();
        var lb = rb.Events.Entries.Where(Kept).ToList();
        for (int i = 0; i < Math.Max(la.Count, lb.Count); i++)
        {
            var x = i < la.Count ? la[i] : null;
            var y = i < lb.Count ? lb[i] : null;
            if (x is null || y is null || x.Month != y.Month || x.Kind != y.Kind || x.Subject != y.Subject || x.Description != y.Description)
            {
                ea = x; eb = y;
                break;
            }
        }
        var windows = new List<string>();
        for (int w = 0; w < Math.Min(ra.Outcomes.Count, rb.Outcomes.Count); w++)
            if (ra.Outcomes[w] != rb.Outcomes[w])
                windows.Add($"{ra.Windows[w].Name}: {Comintern.Name(ra.Outcomes[w])} -> {Comintern.Name(rb.Outcomes[w])}");
        return new Divergence(b.Name, firstMonth, levers, ea, eb, windows);
    }

    private static string Format(int lever, double v)
    {
        var spec = LeverRegistry.All[lever];
        if (spec.Categories is { } c && v >= 0 && v < c.Count && v == Math.Floor(v)) return c[(int)v];
        if (spec.IsSwitch) return v >= 0.5 ? "on" : "off";
        return v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
    }
}
