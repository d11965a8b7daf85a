using OneCountry.Scenarios;
using OneCountry.Model.Engine;
using System.Text.Json;
using OneCountry.Experiments;

namespace OneCountry.Reporting;

/// <summary>Writes a comparison into a folder: the compared outcomes (compare.csv), the windows'
/// outcome frequencies (windows.csv), where the scenarios part (divergence.json) and a manifest
/// naming the scenarios, their hashes, the seeds and the scale. Files are written atomically; the
/// manifest goes last.</summary>
public static class ComparisonWriter
{
    private static readonly JsonSerializerOptions Json = TableWriters.ManifestJson;

    public static IReadOnlyList<string> Write(ComparisonReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        static string N(double v) => CsvWriter.Number(v);
        static string Q(string s) => CsvWriter.Field(s);
        CsvWriter.Write(Path.Combine(folder, "compare.csv"), "scenario,measure,unit,median,low_5,high_95,difference_median,difference_low_5,difference_high_95", w =>
        {
            foreach (var v in report.Values)
                w.Row(Q(v.Scenario), Q(v.Measure), Q(v.Unit), N(v.Median), N(v.Low), N(v.High), N(v.DifferenceMedian), N(v.DifferenceLow), N(v.DifferenceHigh));
        });
        TableWriters.WriteWindows(Path.Combine(folder, "windows.csv"), report.Windows.Select(x => (x.Scenario, x.Odds)));
        TableWriters.WriteCodebook(folder, Codebook.Measures(Experiments.Comparison.Measures));
        AtomicFile.Write(Path.Combine(folder, "divergence.json"), stream => JsonSerializer.Serialize(stream, report.Divergences.Select(d => new
        {
            d.Scenario,
            FirstLeverMonth = d.FirstLeverMonth?.ToString(),
            d.Levers,
            FirstEventBaseline = d.FirstEventA is null ? null : $"{d.FirstEventA.Month} {d.FirstEventA.Kind} {d.FirstEventA.Description}",
            FirstEventScenario = d.FirstEventB is null ? null : $"{d.FirstEventB.Month} {d.FirstEventB.Kind} {d.FirstEventB.Description}",
            d.WindowsThatDiffer,
            Causes = report.Contributions.Where(c => c.Scenario == d.Scenario).Select(c => new
            {
                c.Kind, c.Cause, c.Detail,
                Effects = Experiments.Comparison.Headline.Select((m, i) => new { Measure = m.Name, Contribution = c.Effects[i], WholeDifference = c.Total[i] }).ToList(),
            }).ToList(),
        }).ToList(), Json));
        var files = new List<string> { "compare.csv", "windows.csv", Codebook.FileName, "divergence.json", "manifest.json" };
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), stream => JsonSerializer.Serialize(stream, new
        {
            Model = "OneCountry",
            Version = RunManifest.ModelVersion,
            Kind = "comparison",
            Scenarios = report.Scenarios.Select(s => new { s.Name, File = Path.GetFileName(s.SourcePath), s.Sha256, s.Extends, ParameterOverrides = s.ParameterOverrides }).ToList(),
            Parameters = "registry defaults (onecountry params) with each scenario's parameter_overrides",
            report.Runs,
            report.Scale,
            World = WorldModes.Name(report.World),
            Seeds = $"{report.FirstSeed} to {report.FirstSeed + (ulong)report.Runs - 1} (the same for every scenario: common random numbers)",
            Files = files,
        }, Json));
        return files.Select(f => Path.Combine(folder, f)).ToList();
    }
}
