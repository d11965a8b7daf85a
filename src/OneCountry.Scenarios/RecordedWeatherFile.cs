using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;
using OneCountry.Model.World;

namespace OneCountry.Scenarios;

/// <summary>
/// The recorded weather of a scenario (its <c>recorded_weather</c> key): a CSV with one row per
/// crop year, the year in <c>crop_year</c>, the yield factor of each zone in a column named after
/// the zone, and columns that document the row (<see cref="DocumentColumns"/>: the recorded
/// harvest it was inferred from, its source, the harvest the inference reached). Lines starting
/// with '#' before the header are comments (the file's method and sources). A year the file does
/// not list is drawn. Every problem is reported with file, line, column and column name.
/// </summary>
public static class RecordedWeatherFile
{
    public const string YearColumn = "crop_year";

    /// <summary>Columns that document a row and are not read by the model.</summary>
    public static IReadOnlyList<string> DocumentColumns { get; } = ["record_low_mt", "record_high_mt", "target_mt", "inferred_mt", "record_unit", "weather_z", "drought_zones", "source", "note"];

    public const double MinFactor = 0.05, MaxFactor = 3;
    public const int MaxBytes = 1 << 20;

    /// <summary>The weather and the SHA-256 of the file's bytes (it is part of the scenario's hash).</summary>
    public static (RecordedWeather Weather, string Sha256) Load(string path)
    {
        static ScenarioException Fail(string path, string message) => new([new ScenarioError(path, 0, 0, "", message)]);
        if (!File.Exists(path)) throw Fail(path, "file not found");
        if (!FileKind.IsRegular(path)) throw Fail(path, "not a regular file");
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) throw Fail(path, $"larger than {MaxBytes} bytes");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw Fail(path, $"cannot read the file: {e.Message}"); }
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { throw Fail(path, "not UTF-8 text"); }
        var weather = Parse(text, path);
        return (weather, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    public static RecordedWeather Parse(string text, string path)
    {
        var errors = new List<ScenarioError>();
        void Error(int line, int column, string field, string message) { if (errors.Count < ScenarioLoader.MaxErrors) errors.Add(new ScenarioError(path, line, column, field, message)); }
        var lines = text.Split('\n');
        int i = 0;
        while (i < lines.Length && (lines[i].TrimEnd('\r').Length == 0 || lines[i].StartsWith('#'))) i++;
        if (i == lines.Length) throw new ScenarioException([new ScenarioError(path, 1, 1, "", $"no header: the first line that is not a comment must name the columns ({YearColumn}, the zones {string.Join(", ", Zones.All.Select(z => z.Name))})")]);
        var header = Split(lines[i].TrimEnd('\r'), i + 1, path, errors);
        var zoneColumn = new int[Zones.Count];
        Array.Fill(zoneColumn, -1);
        int yearColumn = -1;
        for (int c = 0; c < header.Count; c++)
        {
            var (name, col) = header[c];
            if (name == YearColumn) yearColumn = c;
            else if (Zones.IndexOf(name) is var z and >= 0) zoneColumn[z] = c;
            else if (!DocumentColumns.Contains(name))
                Error(i + 1, col, Clip(name), $"unknown column '{Clip(name)}'; columns: {YearColumn}, the zones ({string.Join(", ", Zones.All.Select(x => x.Name))}) and {string.Join(", ", DocumentColumns)}");
        }
        if (yearColumn < 0) Error(i + 1, 1, YearColumn, $"missing column '{YearColumn}'");
        for (int z = 0; z < Zones.Count; z++)
            if (zoneColumn[z] < 0) Error(i + 1, 1, Zones.All[z].Name, $"missing column '{Zones.All[z].Name}' (every zone's factor is needed)");
        if (errors.Count > 0) throw new ScenarioException(errors);

        var factors = new Dictionary<(int, int), double>();
        var seen = new Dictionary<int, int>();
        for (int li = i + 1; li < lines.Length; li++)
        {
            string line = lines[li].TrimEnd('\r');
            if (line.Length == 0) continue;
            var cells = Split(line, li + 1, path, errors);
            if (cells.Count != header.Count)
            {
                Error(li + 1, 1, "", $"{cells.Count} cells where the header has {header.Count}");
                continue;
            }
            var (yearText, yearCol) = cells[yearColumn];
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1913 || year > Month.LatestYear)
            {
                Error(li + 1, yearCol, YearColumn, $"'{Clip(yearText)}' is not a year from 1913 to {Month.LatestYear}");
                continue;
            }
            if (seen.TryGetValue(year, out int first)) { Error(li + 1, yearCol, YearColumn, $"{year} is listed twice (first on line {first})"); continue; }
            seen[year] = li + 1;
            for (int z = 0; z < Zones.Count; z++)
            {
                var (t, col) = cells[zoneColumn[z]];
                if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double f) || !double.IsFinite(f))
                    Error(li + 1, col, Zones.All[z].Name, $"'{Clip(t)}' is not a number; expected a yield factor from {MinFactor} to {MaxFactor} (1 = a normal year)");
                else if (f < MinFactor || f > MaxFactor)
                    Error(li + 1, col, Zones.All[z].Name, $"{t} is out of range; a yield factor is from {MinFactor} to {MaxFactor} (1 = a normal year)");
                else factors[(year, z)] = f;
            }
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new RecordedWeather(factors, path);
    }

    /// <summary>The cells of one CSV line (RFC 4180 quoting, no line breaks inside a cell) with the column each starts at.</summary>
    private static List<(string Text, int Column)> Split(string line, int lineNumber, string path, List<ScenarioError> errors)
    {
        var cells = new List<(string, int)>();
        int pos = 0;
        while (true)
        {
            int start = pos;
            var sb = new StringBuilder();
            if (pos < line.Length && line[pos] == '"')
            {
                pos++;
                bool closed = false;
                while (pos < line.Length)
                {
                    if (line[pos] == '"')
                    {
                        if (pos + 1 < line.Length && line[pos + 1] == '"') { sb.Append('"'); pos += 2; continue; }
                        pos++; closed = true; break;
                    }
                    sb.Append(line[pos++]);
                }
                if (!closed) { errors.Add(new ScenarioError(path, lineNumber, start + 1, "", "a quoted cell is not closed on its line")); cells.Add((sb.ToString(), start + 1)); return cells; }
                if (pos < line.Length && line[pos] != ',') { errors.Add(new ScenarioError(path, lineNumber, pos + 1, "", "text after a quoted cell; put a comma after the closing quote")); }
            }
            else
                while (pos < line.Length && line[pos] != ',') sb.Append(line[pos++]);
            cells.Add((sb.ToString().Trim(), start + 1));
            if (pos < line.Length && line[pos] == ',') { pos++; continue; }
            if (pos >= line.Length) return cells;
            while (pos < line.Length && line[pos] != ',') pos++;
            if (pos >= line.Length) return cells;
            pos++;
        }
    }

    private static string Clip(string s) => ScenarioLoader.Clip(s, 40);
}
