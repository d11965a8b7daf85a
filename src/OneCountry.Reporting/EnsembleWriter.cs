using OneCountry.Model.Engine;
using System.Text.Json;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Reporting;

/// <summary>Writes an ensemble's tables: every USSR series' yearly median and 5-95% band
/// (ensemble_yearly.csv), the windows' outcome frequencies with Wilson intervals (windows.csv)
/// and a manifest naming the scenario, its hash, the seeds and the parameters. Atomic files; the
/// manifest last.</summary>
public static class EnsembleWriter
{
    private static readonly JsonSerializerOptions Json = TableWriters.ManifestJson;

    public static List<string> Write(Scenario scenario, IReadOnlyList<SimulationResult> runs, double scale, ulong firstSeed, IReadOnlyList<WindowOdds> odds, string folder, WorldMode world = WorldMode.Recorded)
    {
        Directory.CreateDirectory(folder);
        static string N(double v) => CsvWriter.Number(v);
        static string I(int v) => CsvWriter.Number(v);
        static string Csv(string s) => CsvWriter.Field(s);
        CsvWriter.Write(Path.Combine(folder, "ensemble_yearly.csv"), "year,country,variable,unit,median,low_5,high_95,runs", w =>
        {
            foreach (var r in EnsembleSeries.All(runs))
                w.Row(r.Year, Csv(r.Country), r.Variable, Csv(r.Unit), N(r.Median), N(r.Low), N(r.High), I(runs.Count));
        });
        TableWriters.WriteWindows(Path.Combine(folder, "windows.csv"), [(scenario.Name, odds)]);
        TableWriters.WriteCodebook(folder, Codebook.Series);
        var config = scenario.ToConfig(firstSeed, scale);
        var files = new List<string> { "ensemble_yearly.csv", "windows.csv", Codebook.FileName, "manifest.json" };
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), stream => JsonSerializer.Serialize(stream, new
        {
            Model = "OneCountry",
            Version = RunManifest.ModelVersion,
            Kind = "ensemble",
            Scenario = scenario.Name,
            ScenarioFile = Path.GetFileName(scenario.SourcePath),
            ScenarioSha256 = scenario.Sha256,
            scenario.Extends,
            Runs = runs.Count,
            Seeds = $"{firstSeed} to {firstSeed + (ulong)runs.Count - 1}",
            Scale = scale,
            World = WorldModes.Name(world),
            Parameters = config.Parameters.Entries().Select(e => new { e.Spec.Name, e.Value, e.Spec.Unit, Overridden = scenario.ParameterOverrides.ContainsKey(e.Spec.Name) }).ToList(),
            Files = files,
        }, Json));
        return files.Select(f => Path.Combine(folder, f)).ToList();
    }
}
