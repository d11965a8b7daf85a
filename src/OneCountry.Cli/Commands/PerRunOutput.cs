using OneCountry.Experiments;
using OneCountry.Reporting;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary>What every model command does with --set, the per-run tables and the manifest's record
/// of the command.</summary>
internal static class PerRunOutput
{
    /// <summary>The scenario with the --set inputs applied, or null with the error printed (exit code 2).</summary>
    public static Scenario? Apply(IAnsiConsole console, Scenario scenario, IReadOnlyList<InputAssignment> inputs)
    {
        try { return InputAssignments.Apply(scenario, inputs); }
        catch (InputException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --set {e.Message}");
            return null;
        }
    }

    /// <summary>The inputs every run shares, as runs-table columns.</summary>
    public static IReadOnlyDictionary<string, double?> Columns(IReadOnlyList<InputAssignment> inputs) => RunRecords.Inputs(inputs);

    /// <summary>The records with the inputs every run shares added where a record does not set them itself.</summary>
    public static IReadOnlyList<RunRecord> WithCommon(IReadOnlyList<RunRecord> records, IReadOnlyList<InputAssignment> common) =>
        common.Count == 0 ? records : records.Select(r =>
        {
            var inputs = new Dictionary<string, double?>(r.Inputs);
            foreach (var a in common) inputs.TryAdd(a.Key, a.Value);
            return r with { Inputs = inputs };
        }).ToList();

    /// <summary>The manifest's record of this command: its arguments, --set inputs and seeds.</summary>
    public static ManifestRecord Record(CommandContext context, SimulationSettings settings, IEnumerable<ulong> seeds, IReadOnlyList<string> added) =>
        new(Invocation.From(context.Arguments), settings.Inputs, seeds.Distinct().Order().ToList()) { AddedFiles = added };

    /// <summary>Seeds first to first + count − 1.</summary>
    public static IEnumerable<ulong> Seeds(ulong first, int count) => Enumerable.Range(0, count).Select(i => first + (ulong)i);
}

/// <summary>
/// The part files of a multi-run command's per-run tables, written as its runs finish:
/// <c>DIR.partial/runs-NNNNN.parquet</c> (and <c>series-NNNNN.parquet</c>), one per batch of
/// runs, each atomically, beside the output folder <c>DIR</c>. At the end <see cref="Finish"/>
/// joins them into the staged folder's runs.parquet and series.parquet (one row group per batch)
/// and, once the folder is in place, <see cref="Remove"/> deletes them. A command killed or
/// interrupted leaves every finished batch in <c>DIR.partial</c>, one table to any Parquet
/// reader, while <c>DIR</c> keeps what it held before.
/// </summary>
internal sealed class PartFolder
{
    private readonly RunsLayout _layout;
    private readonly IReadOnlyList<InputAssignment> _common;
    private readonly List<IReadOnlyList<RunRecord>> _batches = [];
    private readonly List<string> _seriesParts = [];
    private int _finished;

    public string Path { get; }

    private PartFolder(string path, RunsLayout layout, IReadOnlyList<InputAssignment> common) => (Path, _layout, _common) = (path, layout, common);

    /// <summary>A new, empty DIR.partial for the output folder <paramref name="target"/> (an earlier
    /// command's parts are removed), with the layout every part shares: the inputs (the --set ones
    /// first), the windows.</summary>
    public static PartFolder Open(string target, IEnumerable<string> inputs, IEnumerable<string> windows, IReadOnlyList<InputAssignment> common)
    {
        string path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(target)) + ".partial";
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        var columns = common.Select(a => a.Key).Concat(inputs).Distinct().ToList();
        return new PartFolder(path, new RunsLayout(columns, windows.Distinct().ToList()), common);
    }

    /// <summary>Says where the finished runs are (for an interruption).</summary>
    public string Kept() =>
        $"the {Volatile.Read(ref _finished)} finished runs are in {Path} (runs-*.parquet, one table: read_parquet('{Path}/runs-*.parquet') in DuckDB)";

    /// <summary>Writes one finished batch as its part files (batches come one at a time, in order).</summary>
    public void Write(FinishedBatch batch)
    {
        var records = PerRunOutput.WithCommon(batch.Records, _common);
        RunTables.WriteRuns(System.IO.Path.Combine(Path, $"runs-{batch.Index:D5}.parquet"), _layout, [records]);
        if (batch.Series is { } rows)
        {
            string part = System.IO.Path.Combine(Path, $"series-{batch.Index:D5}.parquet");
            RunTables.WriteSeries(part, [rows.SelectMany(r => r).ToArray()]);
            _seriesParts.Add(part);
        }
        _batches.Add(records);
        Volatile.Write(ref _finished, _finished + records.Count);
    }

    /// <summary>The input columns of every part (the --set ones first).</summary>
    public IReadOnlyList<string> Columns => _layout.Inputs;

    /// <summary>The window columns of every part.</summary>
    public IReadOnlyList<string> Windows => _layout.Windows;

    /// <summary>The finished runs, in order.</summary>
    public IReadOnlyList<RunRecord> Records => _batches.SelectMany(b => b).ToList();

    /// <summary>Writes runs.parquet (and series.parquet) into <paramref name="folder"/> from the parts; returns their names.</summary>
    public IReadOnlyList<string> Finish(string folder)
    {
        RunTables.WriteRuns(System.IO.Path.Combine(folder, RunTables.RunsFile), _layout, _batches);
        if (_seriesParts.Count == 0) return [RunTables.RunsFile];
        RunTables.MergeSeries(System.IO.Path.Combine(folder, RunTables.SeriesFile), _seriesParts);
        return [RunTables.RunsFile, RunTables.SeriesFile];
    }

    /// <summary>Deletes the parts once the output folder holds the whole tables.</summary>
    public void Remove()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
