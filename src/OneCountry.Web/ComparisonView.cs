using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Web;

/// <summary>A band over time: median and 5–95% of the runs at each x (fractional years).</summary>
public sealed record BandView(double?[] Median, double?[] Low, double?[] High);

/// <summary>The data drawn over the model on one chart: points (x, value), or a range (x, low, high).</summary>
public sealed record DataView(string Label, string Source, double[] X, double[] Values, double[]? High);

/// <summary>One chart's series: history, yours, and the paired difference (yours − history, run by run on the same seed).</summary>
public sealed record ChartView(string Variable, string Title, string Unit, bool Monthly, double[] X, BandView History, BandView Yours, BandView Difference, DataView? Data);

public sealed record MeasureView(string Name, string Unit, double? History, double? HistoryLow, double? HistoryHigh, double? Yours, double? YoursLow, double? YoursHigh,
    double? Difference, double? DifferenceLow, double? DifferenceHigh, string Reading);

public sealed record VerdictView(string Name, string Dimension, double? History, double? Yours, string HistoryReading, string YoursReading);

public sealed record WindowView(string Window, string Country, string Start, string End, IReadOnlyList<OutcomeShare> History, IReadOnlyList<OutcomeShare> Yours, string Reading);

public sealed record OutcomeShare(string Outcome, int Runs, double Share);

/// <summary>A run's result as the browser draws it: charts, key outcomes, verdicts, windows and the explanation.</summary>
public sealed record ComparisonView(string History, string Yours, int Runs, double Scale, ulong FirstSeed, string World,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<ChartView> Charts, IReadOnlyList<VerdictView> Verdict, IReadOnlyList<WindowView> Windows,
    Explanation Why, IReadOnlyList<SplitView> Splits);

/// <summary>A series split by how a window ended (for outcomes that differ across runs: one median hides them).</summary>
public sealed record SplitView(string Scenario, string Window, string Variable, string Title, double[] X, IReadOnlyList<SplitGroup> Groups);

public sealed record SplitGroup(string Outcome, int Runs, double?[] Median);

/// <summary>Builds the <see cref="ComparisonView"/> from a comparison report, the runs and the historical data.</summary>
public static class ComparisonViews
{
    /// <summary>The charts: model against data where the data exist (Experiments/ReferenceSeries), then the key outcomes.</summary>
    public static IReadOnlyList<(string Variable, string Title, string Unit, double Scale, bool Monthly)> ChartList { get; } = BuildList();

    private static IReadOnlyList<(string, string, string, double, bool)> BuildList()
    {
        var byVar = ReferenceData.Charts.ToDictionary(c => c.Variable);
        var order = new[] { "gdp_per_capita", "collectivized_share", "grain_harvest", "famine_deaths", "consumption_per_head", "industrial_output_index",
            "draught_animals", "cattle", "technique_relative_frontier", "defence_share", "state_apparatus", "deportees", "urban_share", "tractors", "gini_consumption" };
        var list = new List<(string, string, string, double, bool)>();
        foreach (var v in order)
        {
            if (byVar.TryGetValue(v, out var c)) list.Add((c.Variable, c.Title, c.YLabel, c.Scale, c.Monthly));
            else
            {
                var spec = Variables.All[Variables.IndexOf(v)];
                list.Add((v, Capital(spec.Meaning), spec.Unit, 1, false));
            }
        }
        return list;
    }

    public static ComparisonView Build(ComparisonReport report, HistoricalData? data)
    {
        var ra = report.Results[0];
        var rb = report.Results[1];
        string a = report.Scenarios[0].Name, b = report.Scenarios[1].Name;
        var reference = data is null ? new Dictionary<string, ReferenceSeries>() : ReferenceData.For(data);

        var measures = Comparison.Measures.Select(m =>
        {
            var h = report.Values.First(x => x.Measure == m.Name && x.Scenario == a);
            var y = report.Values.First(x => x.Measure == m.Name && x.Scenario == b);
            return new MeasureView(m.Name, m.Unit, N(h.Median), N(h.Low), N(h.High), N(y.Median), N(y.Low), N(y.High),
                N(y.DifferenceMedian), N(y.DifferenceLow), N(y.DifferenceHigh), Explanations.Reading(m.Name, m.Unit, h.Median, y.Median, y.DifferenceMedian, y.DifferenceLow, y.DifferenceHigh));
        }).ToList();

        var charts = ChartList.Select(c => Chart(c.Variable, c.Title, c.Unit, c.Scale, c.Monthly, ra, rb, reference.GetValueOrDefault(c.Variable))).ToList();

        var va = Verdict.FromEnsemble(ra);
        var vb = Verdict.FromEnsemble(rb);
        var verdict = va.Zip(vb).Select(p => new VerdictView(p.First.Name, p.First.Dimension, N(p.First.Value), N(p.Second.Value), p.First.Reading, p.Second.Reading)).ToList();

        var windows = new List<WindowView>();
        for (int w = 0; w < Math.Min(ra[0].Windows.Count, rb[0].Windows.Count); w++)
        {
            var spec = ra[0].Windows[w];
            var h = Shares(ra, w);
            var y = Shares(rb, w);
            windows.Add(new WindowView(spec.Name, spec.Country, spec.Start.ToString(), spec.End.ToString(), h, y, Explanations.WindowReading(spec.Name, h, y)));
        }

        var splits = new List<SplitView>();
        foreach (var (runs, name) in new[] { (ra, a), (rb, b) })
            for (int w = 0; w < runs[0].Windows.Count; w++)
            {
                var groups = runs.Select((r, i) => (r, i)).GroupBy(x => x.r.Outcomes[w]).ToList();
                if (groups.Count < 2) continue;
                foreach (var v in new[] { "gdp_per_capita", "defence_share" })
                {
                    var c = ChartList.First(x => x.Variable == v);
                    var all = EnsembleSeries.Yearly(runs, v, c.Scale);
                    splits.Add(new SplitView(name, runs[0].Windows[w].Name, v, c.Title, all.X,
                        groups.OrderBy(g => g.Key).Select(g => new SplitGroup(Comintern.Name(g.Key), g.Count(),
                            EnsembleSeries.Yearly(g.Select(x => x.r).ToList(), v, c.Scale).Median.Select(N).ToArray())).ToList()));
                }
            }

        return new ComparisonView(a, b, report.Runs, report.Scale, report.FirstSeed, WorldModes.Name(report.World), measures, charts, verdict, windows,
            Explanations.Build(report), splits);
    }

    private static IReadOnlyList<OutcomeShare> Shares(IReadOnlyList<SimulationResult> runs, int w) =>
        runs.GroupBy(r => r.Outcomes[w]).OrderBy(g => g.Key).Select(g => new OutcomeShare(Comintern.Name(g.Key), g.Count(), (double)g.Count() / runs.Count)).ToList();

    private static ChartView Chart(string variable, string title, string unit, double scale, bool monthly, IReadOnlyList<SimulationResult> ra, IReadOnlyList<SimulationResult> rb, ReferenceSeries? data)
    {
        var h = monthly ? EnsembleSeries.Monthly(ra, variable, scale) : EnsembleSeries.Yearly(ra, variable, scale);
        var y = monthly ? EnsembleSeries.Monthly(rb, variable, scale) : EnsembleSeries.Yearly(rb, variable, scale);
        var difference = View(EnsembleSeries.Difference(ra, rb, variable, scale, monthly));
        return new ChartView(variable, title, unit, monthly, h.X, View(h), View(y), difference,
            data is null ? null : new DataView(data.Label, data.Source, data.Years, data.Values, data.High));
    }

    private static BandView View(Band b) => new(b.Median.Select(N).ToArray(), b.Low.Select(N).ToArray(), b.High.Select(N).ToArray());

    /// <summary>A finite number, or null (JSON has no NaN).</summary>
    public static double? N(double v) => double.IsFinite(v) ? v : null;

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    internal static string F(double v) => Math.Abs(v) >= 100 ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Abs(v) >= 1 ? v.ToString("0.00", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);

    internal static string Signed(double v) => (v >= 0 ? "+" : "−") + F(Math.Abs(v));
}
