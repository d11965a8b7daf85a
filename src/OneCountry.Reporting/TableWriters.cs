using OneCountry.Model.Engine;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using Parquet;
using Parquet.Schema;
using static OneCountry.Reporting.CsvWriter;

namespace OneCountry.Reporting;

/// <summary>Writes tidy long tables (period, country, variable, value, unit) as CSV and Parquet,
/// and the event log as CSV. Numbers use the invariant culture and round-trip formatting, so the
/// same run always writes the same bytes.</summary>
public static class TableWriters
{
    public static void WriteCsv(string path, string periodColumn, IReadOnlyList<SeriesRow> rows) =>
        CsvWriter.Write(path, $"{periodColumn},country,variable,value,unit", w =>
        {
            foreach (var r in rows)
                w.Row(Field(r.Period), Field(r.Country), Field(r.Variable), Number(r.Value), Field(r.Unit));
        });

    /// <summary>The table as Parquet, its columns of the CSV's types: the period as text ("1921-03",
    /// "1927/28") except a calendar year, which is a whole number (32-bit) as the CSV writes it.</summary>
    public static Task WriteParquetAsync(string path, string periodColumn, IReadOnlyList<SeriesRow> rows) =>
        AtomicFile.WriteAsync(path, async stream =>
        {
            bool years = periodColumn == "year";
            DataField period = years ? new DataField<int>(periodColumn) : new DataField<string>(periodColumn);
            var country = new DataField<string>("country");
            var variable = new DataField<string>("variable");
            var value = new DataField<double>("value");
            var unit = new DataField<string>("unit");
            var schema = new ParquetSchema(period, country, variable, value, unit);
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            using var group = writer.CreateRowGroup();
            if (years)
                await group.WriteAsync<int>((DataField<int>)period, rows.Select(r => int.Parse(r.Period, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)).ToArray().AsMemory());
            else
                await group.WriteAsync((DataField<string>)period, rows.Select(r => r.Period).ToArray());
            await group.WriteAsync(country, rows.Select(r => r.Country).ToArray());
            await group.WriteAsync(variable, rows.Select(r => r.Variable).ToArray());
            await group.WriteAsync<double>(value, rows.Select(r => r.Value).ToArray().AsMemory());
            await group.WriteAsync(unit, rows.Select(r => r.Unit).ToArray());
        });

    /// <summary>variables.csv, the codebook of a folder's tables: one row per variable or measure.</summary>
    public static void WriteCodebook(string folder, IEnumerable<CodebookEntry> entries) =>
        CsvWriter.Write(Path.Combine(folder, Codebook.FileName), Codebook.Header, w =>
        {
            foreach (var e in entries)
                w.Row(Field(e.Name), Field(e.Unit), Field(e.Values), Field(e.Meaning), Field(e.Aggregation), e.ByCropYear ? "true" : "false", e.PerCountry ? "true" : "false");
        });

    /// <summary>The header of every windows.csv (run --runs N and compare write the same layout).</summary>
    public const string WindowsHeader = "scenario,window,outcome,count,runs,share,wilson_low_95,wilson_high_95";

    /// <summary>windows.csv: per scenario, window and outcome, how many runs ended that way, of how
    /// many, the share and its Wilson 95% interval - one layout whatever the command.</summary>
    public static void WriteWindows(string path, IEnumerable<(string Scenario, IReadOnlyList<WindowOdds> Odds)> scenarios) =>
        CsvWriter.Write(path, WindowsHeader, w =>
        {
            foreach (var (scenario, odds) in scenarios)
                foreach (var o in odds)
                    w.Row(Field(scenario), Field(o.Window), Field(o.Outcome), CsvWriter.Number(o.Count), CsvWriter.Number(o.Runs), Number(o.Share), Number(o.Low), Number(o.High));
        });

    public static void WriteEvents(string path, IReadOnlyList<LoggedEvent> events) =>
        CsvWriter.Write(path, "month,country,kind,subject,description,probability,value", w =>
        {
            foreach (var e in events)
                w.Row(e.Month.ToString(), Field(e.Country), Field(e.Kind), Field(e.Subject), Field(e.Description), double.IsNaN(e.Probability) ? "" : Number(e.Probability), Number(e.Value));
        });


    /// <summary>The JSON settings of every manifest and summary file: indented, snake_case names,
    /// and NaN ("not defined in this run", e.g. a series the run ends before) written as "NaN".</summary>
    public static readonly System.Text.Json.JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
