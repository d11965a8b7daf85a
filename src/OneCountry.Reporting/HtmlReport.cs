using OneCountry.Model.Engine;
using System.Globalization;
using System.Net;
using System.Text;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Reporting;

/// <summary>A section of a report: a heading, HTML built from escaped text and tables, and charts.</summary>
public sealed record ReportSection(string Heading, string Html, IReadOnlyList<Chart> Charts);

/// <summary>
/// One self-contained HTML report (opens offline: inline CSS, charts as inline SVG, no scripts, no
/// links to other files or to the network), written with its charts as PNG and SVG in
/// <c>charts/</c>. The markup is well-formed XHTML5 so that tests can parse it.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string F(double v) => double.IsNaN(v) ? "-" : Math.Abs(v) >= 100 ? v.ToString("0", CultureInfo.InvariantCulture)
        : Math.Abs(v) >= 1 ? v.ToString("0.00", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder("<table><thead><tr>");
        foreach (var h in headers) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var r in rows)
        {
            sb.Append("<tr>");
            foreach (var c in r) sb.Append("<td>").Append(E(c)).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    public static string Paragraph(string text) => $"<p>{E(text)}</p>";

    /// <summary>Writes report.html and charts/*.png|svg into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, string title, IReadOnlyList<(string Term, string Value)> facts, IReadOnlyList<ReportSection> sections)
    {
        string chartFolder = Path.Combine(folder, "charts");
        var files = new List<string>();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\" /><title>")
          .Append(E(title)).Append("</title><style>")
          .Append("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;color:#222;line-height:1.4}")
          .Append("table{border-collapse:collapse;margin:1em 0;font-size:0.9em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}")
          .Append("th{background:#f0f0f0}figure{margin:1.5em 0}figcaption{font-size:0.85em;color:#555}dt{font-weight:bold;float:left;clear:left;width:14em}dd{margin-left:15em}")
          .Append("svg{max-width:100%;height:auto}pre{white-space:pre-wrap;font-size:0.85em;background:#f7f7f7;padding:0.6em}")
          .Append(".warning{background:#fff4d6;border-left:4px solid #e0a000;padding:0.3em 0.6em;font-size:0.9em}")
          .Append("</style></head><body>");
        sb.Append("<h1>").Append(E(title)).Append("</h1><dl>");
        foreach (var (term, value) in facts) sb.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
        sb.Append("</dl>");
        foreach (var section in sections)
        {
            sb.Append("<section><h2>").Append(E(section.Heading)).Append("</h2>").Append(section.Html);
            foreach (var chart in section.Charts)
            {
                string svg = Charts.Write(chart, chartFolder);
                files.Add(Path.Combine("charts", chart.Id + ".svg"));
                files.Add(Path.Combine("charts", chart.Id + ".png"));
                sb.Append("<figure id=\"chart-").Append(E(chart.Id)).Append("\">");
                if (chart.Warning is { } warning) sb.Append("<p class=\"warning\">").Append(E("Warning: " + warning)).Append("</p>");
                sb.Append(InlineSvg(svg))
                  .Append("<figcaption>").Append(E(chart.Title)).Append(". ").Append(E(chart.Caption))
                  .Append(" Files: charts/").Append(E(chart.Id)).Append(".png, charts/").Append(E(chart.Id)).Append(".svg.</figcaption></figure>");
            }
            sb.Append("</section>");
        }
        // No timestamp: the same scenarios and seeds give a byte-identical report.
        sb.Append("<footer><p>").Append(E($"OneCountry {RunManifest.ModelVersion}. Model description: docs/model.md; data sources: data/SOURCES.md."))
          .Append("</p></footer></body></html>\n");
        AtomicFile.Write(Path.Combine(folder, FileName), s => { using var w = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true); w.Write(sb.ToString()); });
        files.Insert(0, FileName);
        return files;
    }

    /// <summary>A chart's SVG ready to inline: without its XML declaration, and scaling to the page
    /// - its width the figure's (at most its own), its height following from the viewBox - so that a
    /// chart wider than the window is shrunk, not cropped.</summary>
    public static string InlineSvg(string svg)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        var root = System.Text.RegularExpressions.Regex.Match(svg, "^<svg[^>]*>");
        var width = System.Text.RegularExpressions.Regex.Match(root.Value, " width=\"([0-9.]+)\"");
        if (!root.Success || !width.Success || !root.Value.Contains("viewBox=", StringComparison.Ordinal)) return svg;
        string tag = System.Text.RegularExpressions.Regex.Replace(root.Value, " (width|height)=\"[0-9.]+\"", "");
        tag = tag[..^1] + $" width=\"100%\" style=\"max-width:{width.Groups[1].Value}px;height:auto\">";
        return tag + svg[root.Length..];
    }

    /// <summary>Renames the SVG's internal ids (ScottPlot numbers its clip paths with a process-wide
    /// counter) to the chart's id and their order of appearance, so that several charts can share
    /// one page and the same chart is the same bytes whatever was drawn before it.</summary>
    public static string StableIds(string svg, string chartId)
    {
        var map = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(svg, "id=\"([^\"]+)\""))
            if (!map.ContainsKey(m.Groups[1].Value)) map[m.Groups[1].Value] = $"{chartId}-{map.Count}";
        string Name(string id) => map.TryGetValue(id, out var n) ? n : id;
        svg = System.Text.RegularExpressions.Regex.Replace(svg, "id=\"([^\"]+)\"", m => $"id=\"{Name(m.Groups[1].Value)}\"");
        svg = System.Text.RegularExpressions.Regex.Replace(svg, "url\\(#([^)]+)\\)", m => $"url(#{Name(m.Groups[1].Value)})");
        return System.Text.RegularExpressions.Regex.Replace(svg, "href=\"#([^\"]+)\"", m => $"href=\"#{Name(m.Groups[1].Value)}\"");
    }
}

/// <summary>The content of the reports: which series are charted, with what data, and the tables.</summary>
public static class ReportContent
{
    /// <summary>The key series: variable, title, y label with unit, scale from the model's unit.</summary>
    public static IReadOnlyList<(string Variable, string Title, string YLabel, double Scale)> KeySeries { get; } =
    [
        ("gdp_per_capita", "GDP per head", "2011 international dollars", 1),
        ("technique_relative_frontier", "Technique: Soviet GDP per head over the most advanced capitalist country's", "ratio", 1),
        ("industrial_output_index", "Industrial output", "index, 1913 = 1", 1),
        ("grain_harvest", "Grain harvest", "million tonnes", 1e-6),
        ("draught_animals", "Horses", "million head", 1e-6),
        ("cattle", "Cattle", "million head", 1e-6),
        ("livestock_units", "Herds and their fodder ceiling: livestock units", "million LU", 1e-6),
        ("collectivized_share", "Collectivized households", "% of peasant households", 100),
        ("famine_deaths", "Famine deaths", "thousand persons a year", 1e-3),
        ("population", "Population", "million persons", 1e-6),
        ("defence_share", "Defence share of national income", "% of national income", 100),
        ("state_apparatus", "State apparatus", "million persons", 1e-6),
        ("workers_and_employees", "Workers and employees", "million persons", 1e-6),
        ("consumption_per_head", "Consumption per head", "1913 rubles a month", 1),
        ("gini_consumption", "Gini of consumption", "Gini coefficient", 1),
    ];

    public static IReadOnlyList<Chart> SeriesCharts(IReadOnlyList<(string Scenario, IReadOnlyList<SimulationResult> Runs)> scenarios, IReadOnlyDictionary<string, ReferenceSeries>? data)
    {
        var charts = new List<Chart>();
        foreach (var (variable, title, yLabel, scale) in KeySeries)
        {
            bool monthly = variable is "collectivized_share";
            var series = scenarios.Select(s => new ChartSeries(s.Scenario, monthly ? EnsembleSeries.Monthly(s.Runs, variable, scale) : EnsembleSeries.Yearly(s.Runs, variable, scale))).ToList();
            ReferenceSeries? reference = null;
            if (data is not null && data.TryGetValue(variable, out var d)) reference = d;
            int runs = scenarios[0].Runs.Count;
            string model = $"OneCountry, {(runs > 1 ? $"median and 5-95% band of {runs} runs" : "one run")}, variable {variable} {(monthly ? "by month" : "by calendar year (flows and means at mid-year, stocks at December)")}";
            charts.Add(Charts.Fan(variable.Replace('_', '-'), title, yLabel, series, reference, model));
        }
        return charts;
    }

    /// <summary>The series charted as paired differences from the baseline in a comparison.</summary>
    public static IReadOnlyList<string> DifferenceSeries { get; } =
        ["gdp_per_capita", "industrial_output_index", "grain_harvest", "collectivized_share", "famine_deaths", "consumption_per_head", "defence_share", "state_apparatus"];

    /// <summary>For each of <see cref="DifferenceSeries"/>, every scenario after the first minus the
    /// first, paired by seed (<see cref="EnsembleSeries.Difference"/>), with a zero line.</summary>
    public static IReadOnlyList<Chart> DifferenceCharts(IReadOnlyList<(string Scenario, IReadOnlyList<SimulationResult> Runs)> scenarios)
    {
        var charts = new List<Chart>();
        if (scenarios.Count < 2) return charts;
        foreach (var variable in DifferenceSeries)
        {
            var (_, title, yLabel, scale) = KeySeries.First(k => k.Variable == variable);
            bool monthly = variable is "collectivized_share";
            var series = scenarios.Skip(1).Select(s => new ChartSeries($"{s.Scenario} - {scenarios[0].Scenario}", EnsembleSeries.Difference(scenarios[0].Runs, s.Runs, variable, scale, monthly))).ToList();
            int pairs = series[0].Band.Runs;
            var chart = Charts.Fan("diff-" + variable.Replace('_', '-'), $"{title}: difference from {scenarios[0].Scenario}", yLabel, series, null,
                $"OneCountry, median and 5-95% of the {pairs} paired differences (run i minus run i on the same seed), variable {variable} {(monthly ? "by month" : "by calendar year")}");
            var zero = chart.Plot.Add.HorizontalLine(0);
            zero.LineColor = ScottPlot.Colors.Gray;
            zero.LineWidth = 1;
            charts.Add(chart);
        }
        return charts;
    }

    /// <summary>Where a window ends differently across one scenario's runs, one median hides two
    /// histories: GDP per head and the defence share of those runs split by the window's outcome.</summary>
    public static ReportSection SplitSection(IReadOnlyList<(string Scenario, IReadOnlyList<SimulationResult> Runs)> scenarios, IReadOnlyDictionary<string, ReferenceSeries>? data)
    {
        var charts = new List<Chart>();
        var found = new List<string>();
        foreach (var ((scenario, runs), si) in scenarios.Select((s, i) => (s, i)))
            for (int w = 0; w < runs[0].Windows.Count; w++)
            {
                var groups = runs.GroupBy(r => r.Outcomes[w]).OrderBy(g => g.Key).ToList();
                if (groups.Count < 2) continue;
                string window = runs[0].Windows[w].Name;
                found.Add($"{scenario}: {window} ({string.Join(", ", groups.Select(g => $"{Model.World.Comintern.Name(g.Key).Replace('_', ' ')} in {g.Count()}"))} of {runs.Count} runs)");
                foreach (var variable in new[] { "gdp_per_capita", "defence_share" })
                {
                    var (_, title, yLabel, scale) = KeySeries.First(k => k.Variable == variable);
                    var series = groups.Select(g => new ChartSeries($"{window}: {Model.World.Comintern.Name(g.Key).Replace('_', ' ')} ({g.Count()} runs)", EnsembleSeries.Yearly(g.ToList(), variable, scale))).ToList();
                    charts.Add(Charts.Fan($"split-{si}-{window.Replace('_', '-')}-{variable.Replace('_', '-')}", $"{title} in {scenario}, the runs split by how {window} ended", yLabel, series,
                        data is not null && data.TryGetValue(variable, out var d) ? d : null, $"OneCountry, {scenario}, the runs of each outcome of {window} apart, variable {variable} by calendar year"));
                }
            }
        string text = found.Count == 0
            ? "No window ends differently across the runs of any scenario (in the recorded world the windows end as they did unless a scenario's own policy moves their odds), so no median hides a split."
            : "These windows end differently across the runs of a scenario, and the median of all the runs would hide the two histories: " + string.Join("; ", found) + ".";
        return new ReportSection("Outcomes that split by revolution", HtmlReport.Paragraph(text), charts);
    }

    public static string VerdictTable(IReadOnlyList<(string Scenario, IReadOnlyList<SimulationResult> Runs)> scenarios)
    {
        // The verdict of every run, computed once.
        var verdicts = scenarios.Select(s => s.Runs.Select(Verdict.From).ToList()).ToList();
        var names = verdicts[0][0].Select(v => (v.Name, v.Dimension, v.Unit)).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, dimension, unit) in names)
        {
            var row = new List<string> { dimension, $"{name.Replace('_', ' ')} ({unit})" };
            foreach (var runVerdicts in verdicts)
            {
                var (m, lo, hi) = Ensemble.Band(runVerdicts.Select(v => v.First(x => x.Name == name).Value));
                row.Add(runVerdicts.Count > 1 ? $"{HtmlReport.F(m)} ({HtmlReport.F(lo)}-{HtmlReport.F(hi)})" : HtmlReport.F(m));
            }
            rows.Add(row);
        }
        // Readings from the whole ensemble: medians, 5-95% bands and how many runs share each reading.
        var readings = scenarios.Select(s => $"{s.Scenario}: " + string.Join(" ", Verdict.FromEnsemble(s.Runs).Select(v => v.Reading))).ToList();
        int runs = scenarios.Min(s => s.Runs.Count);
        string heading = runs > 1 ? $"Readings of the ensemble (medians over the runs, their 5-95% bands, and in how many of the {runs} runs each reading holds):" : "Readings (one run):";
        return HtmlReport.Table(["dimension", "measure", .. scenarios.Select(s => s.Scenario)], rows)
            + "<p>" + HtmlReport.E(heading) + "</p><ul>" + string.Concat(readings.Select(r => "<li>" + HtmlReport.E(r) + "</li>")) + "</ul>";
    }

    public static string WindowTable(IReadOnlyList<(string Scenario, IReadOnlyList<WindowOdds> Odds)> scenarios)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (scenario, odds) in scenarios)
            foreach (var o in odds.Where(o => o.Count > 0 || o.Outcome != "overtaken"))
                rows.Add([scenario, o.Window, o.Outcome.Replace('_', ' '), $"{o.Count} of {o.Runs}", $"{HtmlReport.F(o.Share)} ({HtmlReport.F(o.Low)}-{HtmlReport.F(o.High)})"]);
        return HtmlReport.Table(["scenario", "window", "outcome", "runs", "share (Wilson 95% interval)"], rows);
    }

    /// <summary>The window openings, outcomes and party events of one run per scenario (the run
    /// the caller names: the median run, <see cref="EnsembleSeries.MedianRun(IReadOnlyList{SimulationResult})"/>).</summary>
    public static string OpeningTable(IReadOnlyList<(string Scenario, SimulationResult Run)> scenarios)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (scenario, run) in scenarios)
            foreach (var e in run.Events.Entries.Where(e => e.Kind is "window_opens" or "window_outcome" or "window_forced" or "centre_turn" or "expulsion" or "window_overtaken"))
                rows.Add([scenario, e.Month.ToString(), e.Kind.Replace('_', ' '), e.Description, double.IsNaN(e.Probability) ? "" : HtmlReport.F(e.Probability)]);
        return HtmlReport.Table(["scenario", "month", "event", "description", "probability"], rows);
    }
}
