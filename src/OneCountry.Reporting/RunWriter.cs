using OneCountry.Model.Engine;
using System.Text.Json;
using OneCountry.Experiments;

namespace OneCountry.Reporting;

/// <summary>Writes everything a run produces into a folder: monthly, yearly and crop-year series
/// (CSV and Parquet), the event log and the manifest. Every file is written atomically; the
/// manifest goes last, so a folder with a manifest holds a complete run.</summary>
public static class RunWriter
{
    public static readonly string[] FileNames =
    [
        "monthly.csv", "monthly.parquet", "yearly.csv", "yearly.parquet", "crop_years.csv", "crop_years.parquet", Codebook.FileName, "events.csv", "verdict.json",
    ];

    private static readonly JsonSerializerOptions Json = TableWriters.ManifestJson;

    public static async Task<IReadOnlyList<string>> WriteAsync(RunOutput run, string folder)
    {
        Directory.CreateDirectory(folder);
        var t = run.Tables;
        TableWriters.WriteCsv(Path.Combine(folder, "monthly.csv"), "month", t.Monthly);
        await TableWriters.WriteParquetAsync(Path.Combine(folder, "monthly.parquet"), "month", t.Monthly);
        TableWriters.WriteCsv(Path.Combine(folder, "yearly.csv"), "year", t.Yearly);
        await TableWriters.WriteParquetAsync(Path.Combine(folder, "yearly.parquet"), "year", t.Yearly);
        TableWriters.WriteCsv(Path.Combine(folder, "crop_years.csv"), "crop_year", t.CropYears);
        await TableWriters.WriteParquetAsync(Path.Combine(folder, "crop_years.parquet"), "crop_year", t.CropYears);
        TableWriters.WriteCodebook(folder, Codebook.Series);
        TableWriters.WriteEvents(Path.Combine(folder, "events.csv"), run.Result.Events.Entries);
        var verdict = new
        {
            Windows = run.Result.Windows.Select((w, i) => new { w.Name, w.Country, Start = w.Start.ToString(), End = w.End.ToString(),
                Outcome = OneCountry.Model.World.Comintern.Name(run.Result.Outcomes[i]), Historical = OneCountry.Model.World.Comintern.Name(w.Historical) }).ToList(),
            Verdict = Verdict.From(run.Result),
        };
        AtomicFile.Write(Path.Combine(folder, "verdict.json"), s => JsonSerializer.Serialize(s, verdict, Json));

        var files = FileNames.Append("manifest.json").ToList();
        var manifest = RunManifest.Build(run.Scenario, run.Config, run.Result, files);
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), s => JsonSerializer.Serialize(s, manifest, Json));
        return files.Select(f => Path.Combine(folder, f)).ToList();
    }
}
