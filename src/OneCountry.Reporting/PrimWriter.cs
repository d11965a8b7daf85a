using System.Globalization;
using OneCountry.Experiments;
using ScottPlot;

namespace OneCountry.Reporting;

/// <summary>A scenario discovery over a runs table: the question, the runs it was asked of, PRIM's result.</summary>
public sealed record DiscoveryReport(string Table, string Question, PrimResult Prim, double Alpha, double MinMass, double MinDensity);

/// <summary>
/// Writes a scenario discovery: <c>prim_trajectory.csv</c> (per peeling step the move, points,
/// cases, coverage, density, mass and every input's limits), <c>prim_box.csv</c> (the chosen box
/// after pasting: per input its limits, whether it is restricted, the data's range, and the density
/// and coverage without that restriction) and the report with the coverage–density trade-off.
/// </summary>
public static class PrimWriter
{
    public const string TrajectoryFile = "prim_trajectory.csv", BoxFile = "prim_box.csv";

    public static IReadOnlyList<string> Write(DiscoveryReport report, string folder, bool withReport)
    {
        var p = report.Prim;
        static string N(double v) => CsvWriter.Number(v);
        CsvWriter.Write(Path.Combine(folder, TrajectoryFile),
            "step,move,points,cases,coverage,density,mass,restricted," + string.Join(",", p.Inputs.Select(i => $"{CsvWriter.Field(i + "_low")},{CsvWriter.Field(i + "_high")}")), w =>
        {
            void Row(PrimStep s, int step, string move) =>
                w.Row(string.Join(",", CsvWriter.Number(step), CsvWriter.Field(move), CsvWriter.Number(s.Points), CsvWriter.Number(s.Cases),
                    N(s.Coverage), N(s.Density), N(s.Mass), CsvWriter.Number(Restricted(s.Box, p.Range)),
                    string.Join(",", p.Inputs.Select((_, j) => $"{N(s.Box.Low[j])},{N(s.Box.High[j])}"))));
            foreach (var s in p.Trajectory) Row(s, s.Step, s.Move);
            Row(p.Pasted, p.Trajectory.Count, $"step {p.Chosen} pasted");
        });
        CsvWriter.Write(Path.Combine(folder, BoxFile), "input,low,high,restricted,range_low,range_high,density_without,coverage_without", w =>
        {
            for (int j = 0; j < p.Inputs.Count; j++)
            {
                var r = p.Restrictions.FirstOrDefault(x => x.Input == j);
                w.Row(CsvWriter.Field(p.Inputs[j]), N(p.Pasted.Box.Low[j]), N(p.Pasted.Box.High[j]), r is null ? "no" : "yes", N(p.Range.Low[j]), N(p.Range.High[j]),
                    N(r?.DensityWithout ?? double.NaN), N(r?.CoverageWithout ?? double.NaN));
            }
        });
        var files = new List<string> { TrajectoryFile, BoxFile };
        if (withReport) files.AddRange(Html(report, folder));
        return files;
    }

    /// <summary>How many inputs a box restricts (limits inside the data's range).</summary>
    public static int Restricted(PrimBox box, PrimBox range) =>
        Enumerable.Range(0, box.Low.Length).Count(j => box.Low[j] > range.Low[j] || box.High[j] < range.High[j]);

    private static IReadOnlyList<string> Html(DiscoveryReport report, string folder)
    {
        var p = report.Prim;
        static string F(double v) => HtmlReport.F(v);
        static string P(double v) => v.ToString("P1", CultureInfo.InvariantCulture);
        var box = p.Restrictions.Count == 0
            ? HtmlReport.Paragraph("The chosen box restricts no input: the cases of interest are spread over the whole range.")
            : HtmlReport.Table(["input", "box", "data's range", "density without it", "coverage without it"],
                p.Restrictions.Select(r => (IReadOnlyList<string>)[p.Inputs[r.Input], $"{F(r.Low)} – {F(r.High)}", $"{F(p.Range.Low[r.Input])} – {F(p.Range.High[r.Input])}", P(r.DensityWithout), P(r.CoverageWithout)]));
        var sections = new List<ReportSection>
        {
            new($"The box: coverage {P(p.Pasted.Coverage)}, density {P(p.Pasted.Density)}, mass {P(p.Pasted.Mass)}",
                HtmlReport.Paragraph($"Step {p.Chosen} of the peeling trajectory, pasted. Of the {p.Points} runs, {p.Cases} ({P((double)p.Cases / p.Points)}) answer the question; the box holds {p.Pasted.Points} runs, {p.Pasted.Cases} of them cases. An input whose density without it is close to the box's adds little.") + box,
                [TradeOff(report)]),
            new("The peeling trajectory", HtmlReport.Table(["step", "move", "coverage", "density", "mass", "inputs restricted"],
                p.Trajectory.Select(s => (IReadOnlyList<string>)[s.Step.ToString(CultureInfo.InvariantCulture), s.Move, P(s.Coverage), P(s.Density), P(s.Mass),
                    Restricted(s.Box, p.Range).ToString(CultureInfo.InvariantCulture)])), []),
        };
        var facts = new List<(string, string)>
        {
            ("Runs table", Path.GetFileName(report.Table)),
            ("Question", report.Question),
            ("Inputs", string.Join(", ", p.Inputs)),
            ("Method", $"PRIM (Friedman and Fisher 1999): peeling alpha {report.Alpha:0.###}, down to a mass of {report.MinMass:0.###}; the chosen step is the one of highest coverage with density at least {report.MinDensity:0.###} (else the densest), then pasted"),
        };
        return HtmlReport.Write(folder, $"Scenario discovery: {report.Question}", facts, sections);
    }

    /// <summary>Coverage against density along the peeling trajectory, coloured by how many inputs each box restricts; the chosen and the pasted box marked.</summary>
    public static Chart TradeOff(DiscoveryReport report)
    {
        var p = report.Prim;
        Charts.ColorOf(0); // Charts' static constructor sets the font before the plot is made
        var plot = new Plot();
        var counts = p.Trajectory.Select(s => Restricted(s.Box, p.Range)).ToArray();
        foreach (var c in counts.Distinct().Order())
        {
            var steps = p.Trajectory.Where((_, i) => counts[i] == c).ToList();
            var points = plot.Add.ScatterPoints(steps.Select(s => s.Coverage).ToArray(), steps.Select(s => s.Density).ToArray(), Charts.ColorOf(c));
            points.MarkerSize = 7;
            points.LegendText = $"{c} input(s) restricted";
        }
        var chosen = p.Trajectory[p.Chosen];
        var mark = plot.Add.Markers(new[] { chosen.Coverage }, new[] { chosen.Density }, MarkerShape.OpenCircle, 16, Colors.Black);
        mark.LegendText = $"chosen (step {p.Chosen})";
        var pasted = plot.Add.Markers(new[] { p.Pasted.Coverage }, new[] { p.Pasted.Density }, MarkerShape.FilledDiamond, 11, Colors.Black);
        pasted.LegendText = "after pasting";
        string title = "PRIM peeling trajectory: coverage against density";
        plot.Title(title);
        plot.XLabel("coverage (share of the cases inside the box)");
        plot.YLabel("density (share of the box's runs that are cases)");
        plot.Axes.SetLimits(0, 1.02, 0, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return new Chart("prim-tradeoff", title,
            $"Model runs: {Path.GetFileName(report.Table)}, {p.Points} runs, {p.Cases} cases of '{report.Question}'. Each point a box of the peeling (Experiments/Prim.cs).", plot, 900, 600);
    }
}
