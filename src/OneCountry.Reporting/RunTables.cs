using OneCountry.Experiments;
using OneCountry.Scenarios;
using Parquet;
using Parquet.Schema;

namespace OneCountry.Reporting;

/// <summary>The columns of a runs table: the fixed ones, each input under its key with the type of
/// its values (a number double, a switch boolean, a category its name), each window's outcome, the
/// key outcomes and the verdict.</summary>
public sealed record RunsLayout(IReadOnlyList<string> Inputs, IReadOnlyList<string> Windows);

/// <summary>
/// Writes the per-run tables as Parquet: <c>runs.parquet</c>, a row per run (run_id, point,
/// replicate, seed, scenario, the inputs, the windows' outcomes, the key outcomes, the verdict), and
/// <c>series.parquet</c>, the yearly series of every run (run_id, year, country, variable, value).
/// Years and ids are 32-bit integers, seeds unsigned 64-bit, values doubles; an input a run leaves
/// at the scenario's value is null. Row groups follow the batches the runs finished in, so the bytes
/// depend on the batches (fixed in size), never on the thread count.
/// </summary>
public static class RunTables
{
    public const string RunsFile = "runs.parquet";
    public const string SeriesFile = "series.parquet";

    /// <summary>The runs table, one row group per batch, written atomically.</summary>
    public static void WriteRuns(string path, RunsLayout layout, IEnumerable<IReadOnlyList<RunRecord>> batches) =>
        AtomicFile.WriteAsync(path, async stream =>
        {
            var fields = Fields(layout);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields.Select(f => (Field)f).ToArray()), stream);
            foreach (var batch in batches)
            {
                if (batch.Count == 0) continue;
                using var group = writer.CreateRowGroup();
                await WriteBatch(group, fields, layout, batch);
            }
        }).GetAwaiter().GetResult();

    private static List<DataField> Fields(RunsLayout layout)
    {
        var fields = new List<DataField>
        {
            new DataField<int>("run_id"), new DataField<int>("point"), new DataField<int>("replicate"),
            new DataField<ulong>("seed"), new DataField<string>("scenario"),
        };
        foreach (var key in layout.Inputs)
        {
            var target = InputTarget.Parse(key, out _);
            fields.Add(target?.ValueKind switch
            {
                "switch" => new DataField<bool?>(key),
                "category" => new DataField<string>(key, nullable: true),
                _ => new DataField<double?>(key),
            });
        }
        foreach (var w in layout.Windows) fields.Add(new DataField<string>(w, nullable: true));
        foreach (var o in RunRecords.OutcomeColumns) fields.Add(new DataField<double>(o));
        foreach (var v in RunRecords.VerdictNames) fields.Add(new DataField<double>("verdict_" + v));
        return fields;
    }

    private static async Task WriteBatch(ParquetRowGroupWriter group, List<DataField> fields, RunsLayout layout, IReadOnlyList<RunRecord> batch)
    {
        int f = 0;
        await group.WriteAsync<int>(fields[f++], batch.Select(r => r.RunId).ToArray().AsMemory());
        await group.WriteAsync<int>(fields[f++], batch.Select(r => r.Point).ToArray().AsMemory());
        await group.WriteAsync<int>(fields[f++], batch.Select(r => r.Replicate).ToArray().AsMemory());
        await group.WriteAsync<ulong>(fields[f++], batch.Select(r => r.Seed).ToArray().AsMemory());
        await group.WriteAsync(fields[f++], batch.Select(r => r.Scenario).ToArray());
        foreach (var key in layout.Inputs)
        {
            var field = fields[f++];
            double? Value(RunRecord r) => r.Inputs.TryGetValue(key, out var v) ? v : null;
            var target = InputTarget.Parse(key, out _);
            switch (target?.ValueKind)
            {
                case "switch":
                    await group.WriteAsync<bool>(field, batch.Select(r => Value(r) is { } v ? v != 0 : (bool?)null).ToArray().AsMemory());
                    break;
                case "category":
                    await group.WriteAsync(field, batch.Select(r => Value(r) is { } v ? target!.Format(v) : null).ToArray()!);
                    break;
                default:
                    await group.WriteAsync<double>(field, batch.Select(Value).ToArray().AsMemory());
                    break;
            }
        }
        foreach (var w in layout.Windows)
            await group.WriteAsync(fields[f++], batch.Select(r => r.Windows.TryGetValue(w, out var o) ? o : null).ToArray()!);
        for (int m = 0; m < RunRecords.OutcomeColumns.Count; m++)
            await group.WriteAsync<double>(fields[f++], batch.Select(r => r.Outcomes[m]).ToArray().AsMemory());
        for (int v = 0; v < RunRecords.VerdictNames.Count; v++)
            await group.WriteAsync<double>(fields[f++], batch.Select(r => r.Verdict[v]).ToArray().AsMemory());
    }

    /// <summary>Reads a runs table written by <see cref="WriteRuns"/> with <paramref name="layout"/>
    /// back into its records, a list per row group (batch), such that writing them again with the
    /// same layout gives the same bytes: numbers exactly, a switch as 1 or 0, a category as its
    /// value's index, an input or window left null as absent.</summary>
    /// <exception cref="InvalidDataException">the file's columns are not the layout's, or it is not Parquet.</exception>
    public static IReadOnlyList<IReadOnlyList<RunRecord>> ReadRuns(string path, RunsLayout layout) =>
        ReadRunsAsync(path, layout).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<IReadOnlyList<RunRecord>>> ReadRunsAsync(string path, RunsLayout layout)
    {
        var fields = Fields(layout);
        _ = new ParquetSchema(fields.Select(f => (Field)f).ToArray()); // attaches the fields (their paths) to read them by
        await using var file = File.OpenRead(path);
        ParquetReader reader;
        try { reader = await ParquetReader.CreateAsync(file); }
        catch (Exception e) when (e is not IOException and not UnauthorizedAccessException) { throw new InvalidDataException($"{path}: not a Parquet file ({e.Message})", e); }
        await using var owned = reader;
        var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
        if (!names.SequenceEqual(fields.Select(f => f.Name)))
            throw new InvalidDataException($"{path}: its columns ({string.Join(", ", names)}) are not the runs table's ({string.Join(", ", fields.Select(f => f.Name))})");
        var batches = new List<IReadOnlyList<RunRecord>>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            int n = checked((int)rg.RowCount);
            int f = 0;
            var ids = new int[n]; var points = new int[n]; var replicates = new int[n]; var seeds = new ulong[n]; var scenarios = new string?[n];
            await rg.ReadAsync<int>(fields[f++], ids.AsMemory());
            await rg.ReadAsync<int>(fields[f++], points.AsMemory());
            await rg.ReadAsync<int>(fields[f++], replicates.AsMemory());
            await rg.ReadAsync<ulong>(fields[f++], seeds.AsMemory());
            await rg.ReadAsync(fields[f++], scenarios.AsMemory());
            var inputs = new Dictionary<string, double?>[n];
            for (int i = 0; i < n; i++) inputs[i] = [];
            foreach (var key in layout.Inputs)
            {
                var field = fields[f++];
                var target = InputTarget.Parse(key, out _);
                switch (target?.ValueKind)
                {
                    case "switch":
                        var flags = new bool?[n];
                        await rg.ReadAsync<bool>(field, flags.AsMemory());
                        for (int i = 0; i < n; i++) if (flags[i] is { } b) inputs[i][key] = b ? 1 : 0;
                        break;
                    case "category":
                        var names2 = new string?[n];
                        await rg.ReadAsync(field, names2.AsMemory());
                        for (int i = 0; i < n; i++)
                            if (names2[i] is { } text)
                                inputs[i][key] = IndexOf(target!.Categories!, text) is var c and >= 0 ? c
                                    : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v
                                    : throw new InvalidDataException($"{path}: column {key}: '{text}' is not one of its values");
                        break;
                    default:
                        var values = new double?[n];
                        await rg.ReadAsync<double>(field, values.AsMemory());
                        for (int i = 0; i < n; i++) if (values[i] is { } v) inputs[i][key] = v;
                        break;
                }
            }
            var windows = new Dictionary<string, string>[n];
            for (int i = 0; i < n; i++) windows[i] = [];
            foreach (var w in layout.Windows)
            {
                var outcomes = new string?[n];
                await rg.ReadAsync(fields[f++], outcomes.AsMemory());
                for (int i = 0; i < n; i++) if (outcomes[i] is { } o) windows[i][w] = o;
            }
            var measures = new double[n][];
            var verdicts = new double[n][];
            for (int i = 0; i < n; i++) { measures[i] = new double[RunRecords.OutcomeColumns.Count]; verdicts[i] = new double[RunRecords.VerdictNames.Count]; }
            var column = new double[n];
            for (int m = 0; m < RunRecords.OutcomeColumns.Count; m++)
            {
                await rg.ReadAsync<double>(fields[f++], column.AsMemory());
                for (int i = 0; i < n; i++) measures[i][m] = column[i];
            }
            for (int v = 0; v < RunRecords.VerdictNames.Count; v++)
            {
                await rg.ReadAsync<double>(fields[f++], column.AsMemory());
                for (int i = 0; i < n; i++) verdicts[i][v] = column[i];
            }
            var batch = new RunRecord[n];
            for (int i = 0; i < n; i++)
                batch[i] = new RunRecord(ids[i], points[i], replicates[i], seeds[i], scenarios[i] ?? "", inputs[i], windows[i], measures[i], verdicts[i]);
            batches.Add(batch);
        }
        return batches;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (int i = 0; i < values.Count; i++) if (values[i] == value) return i;
        return -1;
    }

    /// <summary>The run ids in each row group of a per-run series file (for checking a shard's).</summary>
    public static IReadOnlyList<int[]> SeriesRunIds(string path) =>
        Task.Run(async () =>
        {
            await using var file = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(file);
            var groups = new List<int[]>();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                var ids = new int[checked((int)rg.RowCount)];
                await rg.ReadAsync<int>(RunId, ids.AsMemory());
                groups.Add(ids.Distinct().ToArray());
            }
            return (IReadOnlyList<int[]>)groups;
        }).GetAwaiter().GetResult();

    private static readonly DataField<int> RunId = new("run_id");
    private static readonly DataField<int> Year = new("year");
    private static readonly DataField<string> Country = new("country");
    private static readonly DataField<string> Variable = new("variable");
    private static readonly DataField<double> Value = new("value");
    private static readonly ParquetSchema SeriesSchema = new(RunId, Year, Country, Variable, Value);

    /// <summary>The per-run yearly series, one row group per batch, written atomically.</summary>
    public static void WriteSeries(string path, IEnumerable<IReadOnlyList<RunSeriesRow>> batches) =>
        AtomicFile.WriteAsync(path, async stream =>
        {
            await using var writer = await ParquetWriter.CreateAsync(SeriesSchema, stream);
            foreach (var batch in batches)
            {
                if (batch.Count == 0) continue;
                using var group = writer.CreateRowGroup();
                await WriteSeriesGroup(group, batch);
            }
        }).GetAwaiter().GetResult();

    private static async Task WriteSeriesGroup(ParquetRowGroupWriter group, IReadOnlyList<RunSeriesRow> rows)
    {
        await group.WriteAsync<int>(RunId, rows.Select(r => r.RunId).ToArray().AsMemory());
        await group.WriteAsync<int>(Year, rows.Select(r => r.Year).ToArray().AsMemory());
        await group.WriteAsync(Country, rows.Select(r => r.Country).ToArray());
        await group.WriteAsync(Variable, rows.Select(r => r.Variable).ToArray());
        await group.WriteAsync<double>(Value, rows.Select(r => r.Value).ToArray().AsMemory());
    }

    /// <summary>Joins part files of the per-run series (each written by <see cref="WriteSeries"/>)
    /// into one file, a row group per part row group, in the order given; atomically.</summary>
    public static void MergeSeries(string path, IReadOnlyList<string> parts) =>
        MergeSeries(path, parts.Select(p => (p, (int?)null)).ToList());

    /// <summary>Joins row groups of per-run series files into one file, in the order given: of each
    /// (file, group) that row group, or every row group of the file where group is null; atomically.</summary>
    public static void MergeSeries(string path, IReadOnlyList<(string File, int? Group)> parts) =>
        AtomicFile.WriteAsync(path, async stream =>
        {
            await using var writer = await ParquetWriter.CreateAsync(SeriesSchema, stream);
            foreach (var (part, only) in parts)
            {
                await using var file = File.OpenRead(part);
                await using var reader = await ParquetReader.CreateAsync(file);
                for (int g = only ?? 0; g < (only is { } o ? o + 1 : reader.RowGroupCount); g++)
                {
                    using var rg = reader.OpenRowGroupReader(g);
                    int n = checked((int)rg.RowCount);
                    var ids = new int[n]; var years = new int[n]; var countries = new string?[n]; var variables = new string?[n]; var values = new double[n];
                    await rg.ReadAsync<int>(RunId, ids.AsMemory());
                    await rg.ReadAsync<int>(Year, years.AsMemory());
                    await rg.ReadAsync(Country, countries.AsMemory());
                    await rg.ReadAsync(Variable, variables.AsMemory());
                    await rg.ReadAsync<double>(Value, values.AsMemory());
                    var rows = new RunSeriesRow[n];
                    for (int i = 0; i < n; i++) rows[i] = new RunSeriesRow(ids[i], years[i], countries[i] ?? "", variables[i] ?? "", values[i]);
                    using var group = writer.CreateRowGroup();
                    await WriteSeriesGroup(group, rows);
                }
            }
        }).GetAwaiter().GetResult();
}
