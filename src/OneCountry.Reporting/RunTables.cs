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
        AtomicFile.WriteAsync(path, async stream =>
        {
            await using var writer = await ParquetWriter.CreateAsync(SeriesSchema, stream);
            foreach (var part in parts)
            {
                await using var file = File.OpenRead(part);
                await using var reader = await ParquetReader.CreateAsync(file);
                for (int g = 0; g < reader.RowGroupCount; g++)
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
