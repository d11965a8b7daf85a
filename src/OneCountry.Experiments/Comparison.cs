using OneCountry.Model.Simulation;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>A key outcome compared across scenarios: how it is measured on one run.</summary>
public sealed record ComparedMeasure(string Name, string Unit, Func<SimulationResult, double> Measure);

/// <summary>One measure for one scenario: its ensemble band and, against the first scenario, the
/// band of the paired differences (run i against run i, same seed).</summary>
public sealed record ComparedValue(string Scenario, string Measure, string Unit, double Median, double Low, double High,
    double DifferenceMedian, double DifferenceLow, double DifferenceHigh);

/// <summary>How often a window ended each way in one scenario's ensemble.</summary>
public sealed record WindowFrequencies(string Scenario, string Window, double Victory, double Defeat, double FascistVictory, double Overtaken, int Runs);

/// <summary>Where two scenarios part on one seed: the first levers that differ and the first
/// entry of the event log that differs.</summary>
public sealed record Divergence(string Scenario, Month? FirstLeverMonth, IReadOnlyList<string> Levers, LoggedEvent? FirstEventA, LoggedEvent? FirstEventB,
    IReadOnlyList<string> WindowsThatDiffer);

public sealed record ComparisonReport(IReadOnlyList<Scenario> Scenarios, int Runs, double Scale, ulong FirstSeed,
    IReadOnlyList<ComparedValue> Values, IReadOnlyList<WindowFrequencies> Windows, IReadOnlyList<Divergence> Divergences,
    IReadOnlyList<IReadOnlyList<SimulationResult>> Results);

/// <summary>
/// Compares scenarios on common random numbers (MODEL.md §9; issue: compare): every scenario runs
/// the same seeds, first seed to first seed + N − 1, so run i of each scenario draws the same weather,
/// births and window numbers wherever the scenarios have not yet made them differ. Differences are
/// paired run by run, so their band measures what the scenarios change, not luck; a scenario
/// compared with itself differs by exactly zero.
/// </summary>
public static class Comparison
{
    private static double YearMean(SimulationResult r, int year, string v) => HistoryValidation.YearMean(r, year, v);

    public static IReadOnlyList<ComparedMeasure> Measures { get; } =
    [
        new("GDP per head 1928", "2011 int. $", r => YearMean(r, 1928, "gdp_per_capita")),
        new("GDP per head 1940", "2011 int. $", r => YearMean(r, 1940, "gdp_per_capita")),
        new("technique: GDP per head over the frontier's, 1940", "ratio", r => YearMean(r, 1940, "technique_relative_frontier")),
        new("industrial output 1940", "1913 = 1", r => YearMean(r, 1940, "industrial_output_index")),
        new("defence share 1933", "share", r => YearMean(r, 1933, "defence_share")),
        new("defence share 1940", "share", r => YearMean(r, 1940, "defence_share")),
        new("hostile power ratio 1940", "ratio", r => YearMean(r, 1940, "hostile_power_ratio")),
        new("state apparatus 1940", "million", r => YearMean(r, 1940, "state_apparatus") / 1e6),
        new("privilege share 1940", "share", r => YearMean(r, 1940, "privilege_share")),
        new("consumption per head 1940", "1913 rubles/month", r => YearMean(r, 1940, "consumption_per_head")),
        new("workers' consumption 1940", "1913 rubles/month", r => YearMean(r, 1940, "consumption_workers")),
        new("collective farmers' consumption 1940", "1913 rubles/month", r => YearMean(r, 1940, "consumption_collective_farmers")),
        new("Gini of consumption 1940", "Gini", r => YearMean(r, 1940, "gini_consumption")),
        new("famine deaths 1921-41", "million", r => Enumerable.Range(0, r.Months).Sum(t => r[t, Variables.IndexOf("famine_deaths")]) / 1e6),
        new("collectivized share 1937", "share", r => YearMean(r, 1937, "collectivized_share")),
        new("federation members, end", "states", r => r[r.Months - 1, Variables.IndexOf("federation_members")]),
    ];

    public static ComparisonReport Run(IReadOnlyList<Scenario> scenarios, int runs, double? scale, int threads, ulong? firstSeed = null, Action<int, int>? progress = null)
    {
        if (scenarios.Count < 1) throw new ArgumentException("at least one scenario", nameof(scenarios));
        ulong seed = firstSeed ?? scenarios[0].Seed;
        int total = scenarios.Count * runs, done = 0;
        var results = new List<IReadOnlyList<SimulationResult>>();
        foreach (var s in scenarios)
        {
            int before = done;
            results.Add(Ensemble.Run(s, runs, scale, threads, seed, progress is null ? null : (d, _) => progress(before + d, total)));
            done += runs;
        }

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

        var windows = new List<WindowFrequencies>();
        for (int s = 0; s < scenarios.Count; s++)
        {
            var first = results[s][0];
            for (int w = 0; w < first.Windows.Count; w++)
            {
                double F(WindowOutcome o) => results[s].Count(r => r.Outcomes.Count > w && r.Outcomes[w] == o) / (double)runs;
                windows.Add(new WindowFrequencies(scenarios[s].Name, first.Windows[w].Name, F(WindowOutcome.Victory), F(WindowOutcome.Defeat),
                    F(WindowOutcome.FascistVictory), F(WindowOutcome.Overtaken), runs));
            }
        }

        var divergences = new List<Divergence>();
        for (int s = 1; s < scenarios.Count; s++)
            divergences.Add(Diverge(scenarios[0], scenarios[s], results[0][0], results[s][0]));
        return new ComparisonReport(scenarios, runs, scale ?? scenarios[0].Scale, seed, values, windows, divergences, results);
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
        var la = ra.Events.Entries;
        var lb = rb.Events.Entries;
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
