using OneCountry.Model.Engine;
using System.Globalization;
using System.Text;

namespace OneCountry.Experiments;

/// <summary>One observation from the data folder: country, period as the source gives it
/// (a year, a date, a span), variable, value, unit and source id.</summary>
public sealed record Observation(string Country, string Period, string Variable, double Value, string Unit, string Source);

/// <summary>
/// The historical data shipped in <c>data/</c> (see <c>data/SOURCES.md</c>), read from their CSV
/// files. Validation compares the model with these figures; nothing here feeds the model.
/// </summary>
public sealed class HistoricalData
{
    private readonly List<Observation> _rows;

    private HistoricalData(List<Observation> rows) => _rows = rows;

    public IReadOnlyList<Observation> Rows => _rows;

    /// <summary>The <c>data/</c> folder: beside the program (the installation's), else in the
    /// working folder; parent folders are not searched (a planted <c>data/</c> above is never used).</summary>
    public static string? FindFolder()
    {
        foreach (var candidate in new[] { Path.Combine(AppContext.BaseDirectory, "data"), Path.Combine(Directory.GetCurrentDirectory(), "data") })
            if (File.Exists(Path.Combine(candidate, "ussr_economy_1913_1941.csv"))) return candidate;
        return null;
    }

    /// <summary>Reads the Soviet series, the Maddison file, the published counterfactual results (the
    /// study as the country; optional) and the registry's single figures (parameters.csv; rows
    /// whose value is not a number, such as ranges, are skipped there). Throws <see cref="FileNotFoundException"/>
    /// or <see cref="InvalidDataException"/> naming the file and line when they cannot be read.</summary>
    public static HistoricalData Load(string folder)
    {
        var rows = new List<Observation>();
        string ussr = Path.Combine(folder, "ussr_economy_1913_1941.csv");
        foreach (var r in ReadCsv(ussr, ["country", "year", "variable", "value", "unit", "source_id"]))
            rows.Add(new Observation(r["country"], r["year"], r["variable"], Number(r, "value", ussr), r["unit"], r["source_id"]));
        string maddison = Path.Combine(folder, "maddison_gdp_population_1913_1941.csv");
        foreach (var r in ReadCsv(maddison, ["country", "year", "variable", "value", "unit", "source_id"]))
            rows.Add(new Observation(r["country"], r["year"], r["variable"], Number(r, "value", maddison), r["unit"], r["source_id"]));
        // Published model results (a study's counterfactual): read with the study as the country.
        string published = Path.Combine(folder, "published_counterfactual_results.csv");
        foreach (var r in ReadCsv(published, ["study", "period", "variable", "value", "unit", "source_id"]))
            rows.Add(new Observation(r["study"], r["period"], r["variable"], Number(r, "value", published), r["unit"], r["source_id"]));
        // Single figures gathered for the parameter registry (topic, parameter, period): read as
        // Soviet observations so that validation can use them too.
        string parameters = Path.Combine(folder, "parameters.csv");
        foreach (var r in ReadCsv(parameters, ["topic", "parameter", "value", "unit", "period", "source_id"]))
            if (double.TryParse(r["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                rows.Add(new Observation("USSR", r["period"], r["parameter"], v, r["unit"], r["source_id"]));
        return new HistoricalData(rows);
    }

    public Observation Get(string country, string period, string variable, string? source = null) =>
        _rows.FirstOrDefault(o => o.Country == country && o.Period == period && o.Variable == variable && (source is null || o.Source == source))
        ?? throw new KeyNotFoundException($"no observation {country} {period} {variable}{(source is null ? "" : " " + source)} in the data");

    public double Value(string country, string period, string variable, string? source = null) => Get(country, period, variable, source).Value;

    private static double Number(Dictionary<string, string> row, string column, string file)
    {
        if (double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new InvalidDataException($"{file}:{row["#line"]}: column '{column}': '{row[column]}' is not a number");
    }

    /// <summary>RFC 4180 CSV with a header row; quoted fields may contain commas and doubled quotes.</summary>
    public static IEnumerable<Dictionary<string, string>> ReadCsv(string path, string[] required)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: data file not found", path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        string? header = reader.ReadLine() ?? throw new InvalidDataException($"{path}:1: empty file");
        var columns = Split(header);
        foreach (var need in required)
            if (!columns.Contains(need)) throw new InvalidDataException($"{path}:1: missing column '{need}'");
        int line = 1;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Length == 0) continue;
            var fields = Split(text);
            if (fields.Count != columns.Count) throw new InvalidDataException($"{path}:{line}: expected {columns.Count} fields, found {fields.Count}");
            var row = new Dictionary<string, string>(columns.Count + 1) { ["#line"] = line.ToString(CultureInfo.InvariantCulture) };
            for (int i = 0; i < columns.Count; i++) row[columns[i]] = fields[i];
            yield return row;
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
