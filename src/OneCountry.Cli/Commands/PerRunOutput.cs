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
/// reader, while <c>DIR</c> keeps what it held before. A command given the plan it runs writes
/// it to <c>DIR.partial/plan.json</c>, and on <c>--resume</c> takes the batches finished under
/// that same plan instead of running them again (a batch is finished when its runs part is there:
/// it is written last, after the batch's series part).
/// </summary>
internal sealed class PartFolder
{
    public const string PlanFile = "plan.json";

    private readonly RunsLayout _layout;
    private readonly IReadOnlyList<InputAssignment> _common;
    private readonly SortedDictionary<int, IReadOnlyList<RunRecord>> _batches = [];
    private readonly SortedDictionary<int, string> _seriesParts = [];
    private readonly object _gate = new();
    private int _finished;

    public string Path { get; }

    /// <summary>The batches taken from an earlier, interrupted command of the same plan (--resume).</summary>
    public IReadOnlySet<int> Resumed { get; private set; } = new HashSet<int>();

    private PartFolder(string path, RunsLayout layout, IReadOnlyList<InputAssignment> common) => (Path, _layout, _common) = (path, layout, common);

    /// <summary>A new, empty DIR.partial for the output folder <paramref name="target"/> (an earlier
    /// command's parts are removed), with the layout every part shares: the inputs (the --set ones
    /// first), the windows. With <paramref name="plan"/> (what identifies the command's plan of
    /// runs) and <paramref name="resume"/>, an earlier command's parts of the same plan are kept and
    /// their batches taken as finished (<see cref="Resumed"/>).</summary>
    /// <exception cref="PartsException">--resume over parts of another plan.</exception>
    public static PartFolder Open(string target, IEnumerable<string> inputs, IEnumerable<string> windows, IReadOnlyList<InputAssignment> common,
        string? plan = null, bool resume = false, bool series = false)
    {
        string path = PathOf(target);
        var parts = new PartFolder(path, LayoutOf(inputs, windows, common), common);
        string planFile = System.IO.Path.Combine(path, PlanFile);
        if (resume && plan is not null && Directory.Exists(path))
        {
            string? earlier = File.Exists(planFile) ? File.ReadAllText(planFile) : null;
            if (earlier != plan)
                throw new PartsException(earlier is null
                    ? $"--resume: {path} holds parts without a plan ({PlanFile}); they cannot be checked against this command: run without --resume to start over"
                    : $"--resume: {path} holds the runs of another plan (another design, scenario, --set, seed, scale, shard or build; its {PlanFile} differs): run without --resume to start over, or give the command that wrote them");
            parts.Load(series);
            return parts;
        }
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        if (plan is not null) AtomicFile.Write(planFile, s => s.Write(System.Text.Encoding.UTF8.GetBytes(plan)));
        return parts;
    }

    /// <summary>The part folder of the output folder <paramref name="target"/>: DIR.partial beside it.</summary>
    public static string PathOf(string target) => System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(target)) + ".partial";

    /// <summary>The layout of the parts: the inputs (the --set ones first), the windows.</summary>
    public static RunsLayout LayoutOf(IEnumerable<string> inputs, IEnumerable<string> windows, IReadOnlyList<InputAssignment> common) =>
        new(common.Select(a => a.Key).Concat(inputs).Distinct().ToList(), windows.Distinct().ToList());

    /// <summary>Takes every finished batch of the folder (its runs part readable, and its series
    /// part there when the series are asked for); what an unfinished batch left is deleted.</summary>
    private void Load(bool series)
    {
        var resumed = new HashSet<int>();
        foreach (var file in Directory.EnumerateFiles(Path))
        {
            string name = System.IO.Path.GetFileName(file);
            if (name == PlanFile) continue;
            if (!TryBatch(name, "runs-", out int b))
            {
                if (!TryBatch(name, "series-", out _)) TryDelete(file); // a temporary file of a write that was killed
                continue;
            }
            string seriesPart = System.IO.Path.Combine(Path, $"series-{b:D5}.parquet");
            IReadOnlyList<IReadOnlyList<RunRecord>> groups;
            try { groups = RunTables.ReadRuns(file, _layout); }
            catch (InvalidDataException) { groups = []; }
            if (groups.Count != 1 || series && !File.Exists(seriesPart))
            {
                TryDelete(file);
                continue;
            }
            _batches[b] = groups[0];
            if (series) _seriesParts[b] = seriesPart;
            _finished += groups[0].Count;
            resumed.Add(b);
        }
        foreach (var file in Directory.EnumerateFiles(Path, "series-*.parquet"))
            if (TryBatch(System.IO.Path.GetFileName(file), "series-", out int b) && !resumed.Contains(b)) TryDelete(file);
        Resumed = resumed;
    }

    private static bool TryBatch(string name, string prefix, out int batch)
    {
        batch = -1;
        return name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".parquet", StringComparison.Ordinal)
            && int.TryParse(name[prefix.Length..^".parquet".Length], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out batch);
    }

    private static void TryDelete(string file)
    {
        try { File.Delete(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Says where the finished runs are (for an interruption).</summary>
    public string Kept() =>
        $"the {Volatile.Read(ref _finished)} finished runs are in {Path} (runs-*.parquet, one table: read_parquet('{Path}/runs-*.parquet') in DuckDB)";

    /// <summary>Writes one finished batch as its part files (batches come one at a time): the series
    /// part first, then the runs part, which marks the batch finished.</summary>
    public void Write(FinishedBatch batch)
    {
        var records = PerRunOutput.WithCommon(batch.Records, _common);
        string? part = null;
        if (batch.Series is { } rows)
        {
            part = System.IO.Path.Combine(Path, $"series-{batch.Index:D5}.parquet");
            RunTables.WriteSeries(part, [rows.SelectMany(r => r).ToArray()]);
        }
        RunTables.WriteRuns(System.IO.Path.Combine(Path, $"runs-{batch.Index:D5}.parquet"), _layout, [records]);
        lock (_gate)
        {
            if (part is not null) _seriesParts[batch.Index] = part;
            _batches[batch.Index] = records;
        }
        Volatile.Write(ref _finished, _finished + records.Count);
    }

    /// <summary>The input columns of every part (the --set ones first).</summary>
    public IReadOnlyList<string> Columns => _layout.Inputs;

    /// <summary>The window columns of every part.</summary>
    public IReadOnlyList<string> Windows => _layout.Windows;

    /// <summary>The layout of every part.</summary>
    public RunsLayout Layout => _layout;

    /// <summary>The finished runs, in order.</summary>
    public IReadOnlyList<RunRecord> Records { get { lock (_gate) return _batches.Values.SelectMany(b => b).ToList(); } }

    /// <summary>The finished batches by index, in order.</summary>
    public IReadOnlyList<int> Batches { get { lock (_gate) return _batches.Keys.ToList(); } }

    /// <summary>Writes runs.parquet (and series.parquet, when any run wrote its series) into
    /// <paramref name="folder"/> from the parts; returns their names.</summary>
    public IReadOnlyList<string> Finish(string folder) => Finish(folder, _seriesParts.Count > 0);

    /// <summary>Writes runs.parquet (and series.parquet when <paramref name="series"/>, empty if no
    /// batch is finished) into <paramref name="folder"/> from the parts; returns their names.</summary>
    public IReadOnlyList<string> Finish(string folder, bool series)
    {
        lock (_gate)
        {
            RunTables.WriteRuns(System.IO.Path.Combine(folder, RunTables.RunsFile), _layout, _batches.Values);
            if (!series) return [RunTables.RunsFile];
            RunTables.MergeSeries(System.IO.Path.Combine(folder, RunTables.SeriesFile), _seriesParts.Values.ToList());
            return [RunTables.RunsFile, RunTables.SeriesFile];
        }
    }

    /// <summary>Deletes the parts once the output folder holds the whole tables.</summary>
    public void Remove()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}

/// <summary>Part files that cannot be resumed (exit code 2); the message says why and what to do.</summary>
internal sealed class PartsException(string message) : Exception(message);
