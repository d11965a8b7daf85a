using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OneCountry.Scenarios;
using Parquet;
using Parquet.Schema;
using YamlDotNet.RepresentationModel;

namespace OneCountry.Experiments;

/// <summary>One point of an experiment: the inputs it sets (the others keep the scenario's values),
/// its own first seed if it names one, and how many replicates it runs.</summary>
/// <param name="Where">Where the point is written ("line 4", "row 12", or the sampler), for errors.</param>
public sealed record DesignPoint(int Index, IReadOnlyList<InputAssignment> Inputs, ulong? Seed, int? Replicates, string Where);

/// <summary>An experiment: the inputs it varies (columns) and its points, read from a CSV or
/// Parquet table of rows or from a YAML experiment with factors and a sampler.</summary>
/// <param name="Columns">The inputs the design varies, in its order (parameter names, <c>lever@YYYY-MM</c>).</param>
/// <param name="Scenario">The base scenario a YAML experiment names (null: the command line's).</param>
/// <param name="Seed">The first seed a YAML experiment names (replicate r runs seed + r).</param>
/// <param name="Replicates">The replicates per point a YAML experiment names.</param>
public sealed record ExperimentDesign(string File, string Sha256, string Kind, IReadOnlyList<string> Columns, IReadOnlyList<DesignPoint> Points,
    string? Scenario = null, ulong? Seed = null, int? Replicates = null, string? Sampler = null);

/// <summary>An error in a design file, with its place: file, line (or row) and column, and the field.</summary>
public sealed class DesignException(string file, string where, string field, string message)
    : Exception($"{file}:{where}: {field}: {message}")
{
    public string File { get; } = file;
    public string Where { get; } = where;
    public string Field { get; } = field;
    public string Problem { get; } = message;
}

/// <summary>Reads experiment designs. A table (CSV with a header, or Parquet) has a row per point
/// and a column per input: a parameter's name or <c>lever@YYYY-MM</c>, plus optionally <c>seed</c>
/// (the row's first seed) and <c>replicates</c> (its number of seeds); an empty cell leaves the
/// input at the scenario's value. A YAML experiment names factors with levels or ranges and a
/// sampler (grid, latin_hypercube or sobol).</summary>
public static class ExperimentDesigns
{
    public const int MaxPoints = 1_000_000;
    public const int MaxReplicates = 10_000;
    public static readonly string[] SamplerNames = ["grid", "latin_hypercube", "sobol"];

    public static ExperimentDesign Load(string path)
    {
        byte[] bytes;
        try { bytes = System.IO.File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DesignException(path, "1:1", "file", $"cannot be read: {e.Message}");
        }
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".csv" => FromCsv(path, sha, Encoding.UTF8.GetString(bytes)),
            ".parquet" => FromParquet(path, sha, bytes),
            ".yaml" or ".yml" => FromYaml(path, sha, Encoding.UTF8.GetString(bytes)),
            _ => throw new DesignException(path, "1:1", "file", $"'{ext}' is not a design: give a .csv or .parquet table of rows, or a .yaml experiment"),
        };
    }

    // ---------------------------------------------------------------- tables

    private sealed class Table(string file, string sha, string kind)
    {
        public readonly List<string> Inputs = [];
        public readonly List<DesignPoint> Points = [];
        private readonly List<(int Column, InputTarget Target)> _inputs = [];
        private int _seed = -1, _replicates = -1;

        public void Header(IReadOnlyList<string> names, Func<int, string> at)
        {
            var seen = new HashSet<string>();
            for (int c = 0; c < names.Count; c++)
            {
                string name = names[c].Trim();
                if (name.Length == 0) throw new DesignException(file, at(c), "header", "an empty column name");
                if (!seen.Add(name)) throw new DesignException(file, at(c), name, "this column is named twice");
                if (name == "seed") { _seed = c; continue; }
                if (name == "replicates") { _replicates = c; continue; }
                var target = InputTarget.Parse(name, out var error) ?? throw new DesignException(file, at(c), name, error + "; or seed, replicates");
                _inputs.Add((c, target));
                Inputs.Add(target.Key);
            }
            if (_inputs.Count == 0 && _seed < 0 && _replicates < 0)
                throw new DesignException(file, at(0), "header", "no column names an input: give parameter names, lever@YYYY-MM, seed or replicates");
        }

        /// <summary>One row; a null cell is empty.</summary>
        public void Row(IReadOnlyList<string?> cells, string where, Func<int, string> at)
        {
            var inputs = new List<InputAssignment>();
            foreach (var (c, target) in _inputs)
            {
                string? text = c < cells.Count ? cells[c] : null;
                if (string.IsNullOrWhiteSpace(text)) continue;
                double v = target.Read(text, out var error) ?? throw new DesignException(file, at(c), target.Key, error!);
                inputs.Add(new InputAssignment(target.Name, target.From, v));
            }
            ulong? seed = null;
            if (_seed >= 0 && _seed < cells.Count && !string.IsNullOrWhiteSpace(cells[_seed]))
            {
                if (!ulong.TryParse(cells[_seed]!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
                    throw new DesignException(file, at(_seed), "seed", $"'{Clip(cells[_seed]!)}' is not a seed: a whole number from 0 to {ulong.MaxValue}");
                seed = s;
            }
            int? replicates = null;
            if (_replicates >= 0 && _replicates < cells.Count && !string.IsNullOrWhiteSpace(cells[_replicates]))
            {
                if (!int.TryParse(cells[_replicates]!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r is < 1 or > MaxReplicates)
                    throw new DesignException(file, at(_replicates), "replicates", $"'{Clip(cells[_replicates]!)}' is not a number of replicates from 1 to {MaxReplicates}");
                replicates = r;
            }
            if (Points.Count >= MaxPoints) throw new DesignException(file, where, "rows", $"more than {MaxPoints} points");
            Points.Add(new DesignPoint(Points.Count, inputs, seed, replicates, where));
        }

        public ExperimentDesign Done(string whereEmpty)
        {
            if (Points.Count == 0) throw new DesignException(file, whereEmpty, "rows", "the design has no rows");
            return new ExperimentDesign(file, sha, kind, Inputs, Points);
        }
    }

    /// <summary>A CSV design (RFC 4180: a header row, commas, fields in double quotes where they hold commas or quotes).</summary>
    public static ExperimentDesign FromCsv(string file, string sha, string text)
    {
        var rows = CsvRows(file, text);
        if (rows.Count == 0) throw new DesignException(file, "1:1", "header", "the file is empty: the first line names the columns");
        var table = new Table(file, sha, "csv");
        var header = rows[0];
        table.Header(header.Cells.Select(c => c.Text).ToList(), c => $"{header.Line}:{header.Cells[c].Column}");
        foreach (var row in rows.Skip(1))
        {
            if (row.Cells.All(c => c.Text.Length == 0)) continue;
            if (row.Cells.Count != header.Cells.Count)
                throw new DesignException(file, $"{row.Line}:1", "row", $"{row.Cells.Count} fields where the header has {header.Cells.Count}");
            table.Row(row.Cells.Select(c => (string?)c.Text).ToList(), $"line {row.Line}", c => $"{row.Line}:{row.Cells[c].Column}");
        }
        return table.Done($"{rows.Count + 1}:1");
    }

    private sealed record CsvCell(string Text, int Column);
    private sealed record CsvRow(int Line, List<CsvCell> Cells);

    private static List<CsvRow> CsvRows(string file, string text)
    {
        var rows = new List<CsvRow>();
        int i = 0, line = 1, col = 1;
        if (text.StartsWith('\uFEFF')) i = 1;
        while (i < text.Length)
        {
            var cells = new List<CsvCell>();
            int rowLine = line;
            while (true)
            {
                int startCol = col;
                var b = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    int quoteLine = line;
                    i++; col++;
                    while (true)
                    {
                        if (i >= text.Length) throw new DesignException(file, $"{quoteLine}:{startCol}", "field", "a quoted field is not closed");
                        char c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { b.Append('"'); i += 2; col += 2; continue; }
                            i++; col++;
                            break;
                        }
                        if (c == '\n') { line++; col = 1; } else col++;
                        b.Append(c);
                        i++;
                    }
                    if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                        throw new DesignException(file, $"{line}:{col}", "field", "text after a closing quote");
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\n' or '\r')) { b.Append(text[i]); i++; col++; }
                }
                cells.Add(new CsvCell(b.ToString(), startCol));
                if (i < text.Length && text[i] == ',') { i++; col++; continue; }
                if (i < text.Length && text[i] == '\r') i++;
                if (i < text.Length && text[i] == '\n') i++;
                line++; col = 1;
                break;
            }
            rows.Add(new CsvRow(rowLine, cells));
        }
        return rows;
    }

    /// <summary>A Parquet design: a column per input (numbers, booleans or text), a row per point.</summary>
    public static ExperimentDesign FromParquet(string file, string sha, byte[] bytes)
    {
        try { return FromParquetAsync(file, sha, bytes).GetAwaiter().GetResult(); }
        catch (Exception e) when (e is not DesignException and not OutOfMemoryException)
        {
            // A damaged file can fail anywhere in the reader (its footer, a page, a column's encoding).
            throw new DesignException(file, "row 0", "file", $"not a readable Parquet file: {e.Message}");
        }
    }

    private static async Task<ExperimentDesign> FromParquetAsync(string file, string sha, byte[] bytes)
    {
        var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        await using (reader)
        {
            var fields = reader.Schema.GetDataFields();
            var table = new Table(file, sha, "parquet");
            table.Header(fields.Select(f => f.Name).ToList(), c => $"row 0, column {c + 1}");
            int rowBase = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                int n = checked((int)rg.RowCount);
                var columns = new string?[fields.Length][];
                for (int c = 0; c < fields.Length; c++) columns[c] = await ReadAsText(rg, fields[c], n, file, c);
                for (int r = 0; r < n; r++)
                {
                    int row = rowBase + r + 1;
                    table.Row(columns.Select(col => col[r]).ToList(), $"row {row}", c => $"row {row}, column {c + 1}");
                }
                rowBase += n;
            }
            return table.Done("row 1");
        }
    }

    /// <summary>A column's values as text (numbers round-trip), null where empty.</summary>
    private static async Task<string?[]> ReadAsText(ParquetRowGroupReader rg, DataField f, int n, string file, int c)
    {
        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var t = f.ClrType;
        if (t == typeof(decimal)) return f.IsNullable ? (await Nullable<decimal>(rg, f, n)).Select(v => v?.ToString(CultureInfo.InvariantCulture)).ToArray() : (await Plain<decimal>(rg, f, n)).Select(v => (string?)v.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>)) { var a = new string?[n]; await rg.ReadAsync(f, a.AsMemory()); return a; }
        if (t == typeof(double)) return f.IsNullable ? (await Nullable<double>(rg, f, n)).Select(v => v is { } x ? N(x) : null).ToArray() : (await Plain<double>(rg, f, n)).Select(v => (string?)N(v)).ToArray();
        if (t == typeof(float)) return f.IsNullable ? (await Nullable<float>(rg, f, n)).Select(v => v is { } x ? N(x) : null).ToArray() : (await Plain<float>(rg, f, n)).Select(v => (string?)N(v)).ToArray();
        if (t == typeof(int)) return f.IsNullable ? (await Nullable<int>(rg, f, n)).Select(v => v?.ToString(CultureInfo.InvariantCulture)).ToArray() : (await Plain<int>(rg, f, n)).Select(v => (string?)v.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (t == typeof(long)) return f.IsNullable ? (await Nullable<long>(rg, f, n)).Select(v => v?.ToString(CultureInfo.InvariantCulture)).ToArray() : (await Plain<long>(rg, f, n)).Select(v => (string?)v.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (t == typeof(ulong)) return f.IsNullable ? (await Nullable<ulong>(rg, f, n)).Select(v => v?.ToString(CultureInfo.InvariantCulture)).ToArray() : (await Plain<ulong>(rg, f, n)).Select(v => (string?)v.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (t == typeof(bool)) return f.IsNullable ? (await Nullable<bool>(rg, f, n)).Select(v => v is { } x ? (x ? "true" : "false") : null).ToArray() : (await Plain<bool>(rg, f, n)).Select(v => (string?)(v ? "true" : "false")).ToArray();
        throw new DesignException(file, $"row 0, column {c + 1}", f.Name, $"a column of {t.Name} values; a design column holds numbers, booleans or text");
    }

    private static async Task<T[]> Plain<T>(ParquetRowGroupReader rg, DataField f, int n) where T : struct
    {
        var a = new T[n];
        await rg.ReadAsync<T>(f, a.AsMemory());
        return a;
    }

    private static async Task<T?[]> Nullable<T>(ParquetRowGroupReader rg, DataField f, int n) where T : struct
    {
        var a = new T?[n];
        await rg.ReadAsync<T>(f, a.AsMemory());
        return a;
    }

    // ---------------------------------------------------------------- YAML experiments

    private static readonly string[] TopKeys = ["scenario", "description", "seed", "replicates", "sampler", "points", "factors"];
    private static readonly string[] FactorKeys = ["levels", "range", "steps"];

    private sealed record Factor(InputTarget Target, IReadOnlyList<double>? Levels, double Low, double High, int? Steps, string Where);

    /// <summary>A YAML experiment:
    /// <code>
    /// scenario: historical          # the base scenario (default: the command line's --scenario)
    /// seed: 1                       # replicate r of every point runs seed + r
    /// replicates: 5
    /// sampler: latin_hypercube      # grid | latin_hypercube | sobol
    /// points: 200                   # latin_hypercube and sobol
    /// factors:
    ///   base_yield: {range: [6, 9]}
    ///   famine_mortality: {}        # the registry's range
    ///   collectivization_drive@1929-10: {levels: [0.005, 0.01, 0.02]}
    /// </code></summary>
    public static ExperimentDesign FromYaml(string file, string sha, string text)
    {
        var (root, f) = YamlMapping.Read(file, text, TopKeys, "experiment", "expected a mapping with factors and a sampler");
        string At(YamlNode n) => YamlMapping.At(n);
        string Scalar(string key) => f[key] is YamlScalarNode { Value: { } s } ? s : throw new DesignException(file, At(f[key]), key, "expected a single value");
        string? scenario = f.ContainsKey("scenario") ? Scalar("scenario") : null;
        ulong? seed = null;
        if (f.ContainsKey("seed"))
            seed = ulong.TryParse(Scalar("seed"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s
                : throw new DesignException(file, At(f["seed"]), "seed", $"'{Clip(Scalar("seed"))}' is not a seed: a whole number from 0 to {ulong.MaxValue}");
        int? replicates = null;
        if (f.ContainsKey("replicates"))
            replicates = int.TryParse(Scalar("replicates"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= MaxReplicates ? r
                : throw new DesignException(file, At(f["replicates"]), "replicates", $"'{Clip(Scalar("replicates"))}' is not a number of replicates from 1 to {MaxReplicates}");
        if (!f.ContainsKey("sampler")) throw new DesignException(file, At(root), "sampler", $"missing: one of {string.Join(", ", SamplerNames)}");
        string sampler = Scalar("sampler");
        if (!SamplerNames.Contains(sampler)) throw new DesignException(file, At(f["sampler"]), "sampler", $"'{Clip(sampler)}' is not a sampler; expected one of {string.Join(", ", SamplerNames)}");
        int? points = null;
        if (f.ContainsKey("points"))
            points = int.TryParse(Scalar("points"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= MaxPoints ? p
                : throw new DesignException(file, At(f["points"]), "points", $"'{Clip(Scalar("points"))}' is not a number of points from 1 to {MaxPoints}");
        if (sampler == "grid" && points is not null) throw new DesignException(file, At(f["points"]), "points", "a grid has a point per combination of levels; points is for latin_hypercube and sobol");
        if (sampler != "grid" && points is null) throw new DesignException(file, At(f["sampler"]), "points", $"missing: how many points {sampler} draws");

        if (!f.TryGetValue("factors", out var factorsNode) || factorsNode is not YamlMappingNode factorMap || factorMap.Children.Count == 0)
            throw new DesignException(file, At(f.GetValueOrDefault("factors") ?? root), "factors", "missing or empty: a mapping of inputs (a parameter, lever@YYYY-MM) to {levels: [...]} or {range: [low, high]}");
        var factors = new List<Factor>();
        foreach (var (k, v) in factorMap.Children)
        {
            string key = (k as YamlScalarNode)?.Value ?? "";
            string field = $"factors.{Clip(key)}";
            var target = InputTarget.Parse(key, out var error) ?? throw new DesignException(file, At(k), field, error!);
            if (factors.Any(x => x.Target.Key == target.Key)) throw new DesignException(file, At(k), field, "given twice");
            if (v is not YamlMappingNode spec) throw new DesignException(file, At(v), field, "expected {levels: [...]}, {range: [low, high]} or {} for the registry's range");
            var sf = new Dictionary<string, YamlNode>();
            foreach (var (sk, sv) in spec.Children)
            {
                string name = (sk as YamlScalarNode)?.Value ?? "";
                if (!FactorKeys.Contains(name)) throw new DesignException(file, At(sk), $"{field}.{Clip(name)}", $"unknown key; allowed: {string.Join(", ", FactorKeys)}");
                sf[name] = sv;
            }
            IReadOnlyList<double>? levels = null;
            double low = target.Min, high = target.Max;
            int? steps = null;
            if (sf.TryGetValue("levels", out var ln))
            {
                if (sf.ContainsKey("range")) throw new DesignException(file, At(ln), field, "give levels or range, not both");
                if (ln is not YamlSequenceNode seq || seq.Children.Count == 0) throw new DesignException(file, At(ln), $"{field}.levels", "expected a list of values");
                levels = seq.Children.Select((c, i) => c is YamlScalarNode { Value: { } t } ? target.Read(t, out var e) ?? throw new DesignException(file, At(c), $"{field}.levels[{i}]", e!)
                    : throw new DesignException(file, At(c), $"{field}.levels[{i}]", "expected a value")).ToList();
            }
            else
            {
                if (target.ValueKind != "number" && sf.ContainsKey("range"))
                    throw new DesignException(file, At(sf["range"]), $"{field}.range", $"{target.Name} is a {target.ValueKind}: give its levels");
                if (target.ValueKind != "number")
                    levels = Enumerable.Range((int)target.Min, (int)(target.Max - target.Min) + 1).Select(i => (double)i).ToList();
                if (sf.TryGetValue("range", out var rn))
                {
                    if (rn is not YamlSequenceNode rs || rs.Children.Count != 2) throw new DesignException(file, At(rn), $"{field}.range", "expected [low, high]");
                    double Bound(int i) => rs.Children[i] is YamlScalarNode { Value: { } t } ? target.Read(t, out var e) ?? throw new DesignException(file, At(rs.Children[i]), $"{field}.range[{i}]", e!)
                        : throw new DesignException(file, At(rs.Children[i]), $"{field}.range[{i}]", "expected a number");
                    (low, high) = (Bound(0), Bound(1));
                    if (!(low < high)) throw new DesignException(file, At(rn), $"{field}.range", $"the low end {target.Format(low)} must be below the high end {target.Format(high)}");
                }
                if (sf.TryGetValue("steps", out var sn))
                    steps = sn is YamlScalarNode { Value: { } st } && int.TryParse(st, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 1000 ? n
                        : throw new DesignException(file, At(sn), $"{field}.steps", "expected a whole number of steps from 2 to 1000");
                if (sampler == "grid" && levels is null && steps is null)
                    throw new DesignException(file, At(k), field, "a grid needs the factor's levels, or its range and steps (equally spaced levels, both ends included)");
            }
            factors.Add(new Factor(target, levels, low, high, steps, At(k)));
        }
        if (sampler == "sobol" && factors.Count > SobolSequence.MaxDimensions)
            throw new DesignException(file, At(factorsNode), "factors", $"{factors.Count} factors; the Sobol sequence here has at most {SobolSequence.MaxDimensions} dimensions");

        var designPoints = new List<DesignPoint>();
        if (sampler == "grid")
        {
            var levelLists = factors.Select(x => x.Levels ?? Enumerable.Range(0, x.Steps!.Value).Select(i => Math.Clamp(x.Low + (x.High - x.Low) * i / (x.Steps!.Value - 1), x.Low, x.High)).ToList()).ToList();
            long total = 1;
            foreach (var l in levelLists) total *= l.Count;
            if (total > MaxPoints) throw new DesignException(file, At(factorsNode), "factors", $"the grid has {total} points, more than {MaxPoints}");
            foreach (var idx in Samplers.Grid(levelLists.Select(l => l.Count).ToList()))
                designPoints.Add(Point(designPoints.Count, factors, idx.Select((j, d) => levelLists[d][j]).ToArray(), "grid"));
        }
        else
        {
            var unit = sampler == "sobol"
                ? new SobolSequence(factors.Count).Points(points!.Value)
                : Samplers.LatinHypercube(points!.Value, factors.Count, seed ?? 1);
            foreach (var u in unit)
                designPoints.Add(Point(designPoints.Count, factors, u.Select((x, d) => Scale(factors[d], x)).ToArray(), sampler));
        }
        return new ExperimentDesign(file, sha, "yaml", factors.Select(x => x.Target.Key).ToList(), designPoints, scenario, seed, replicates, sampler);
    }

    /// <summary>A unit coordinate as a factor's value: within its range, or the level of its stratum.</summary>
    private static double Scale(Factor f, double u)
    {
        if (f.Levels is { } levels) return levels[Math.Min(levels.Count - 1, (int)(u * levels.Count))];
        return Math.Clamp(f.Low + u * (f.High - f.Low), f.Low, f.High);
    }

    private static DesignPoint Point(int index, List<Factor> factors, double[] values, string sampler) =>
        new(index, factors.Select((f, d) => new InputAssignment(f.Target.Name, f.Target.From, values[d])).ToList(), null, null, $"{sampler} point {index}");

    private static string Clip(string s) => YamlMapping.Clip(s);
}
