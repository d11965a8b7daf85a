using System.Text;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>One run of a multi-run command as a row of the runs table (runs.parquet): which run it
/// was, its inputs, how each revolutionary window ended, the key outcomes and the verdict.</summary>
/// <param name="RunId">The run's place in the command's order of runs (0, 1, …); the per-run series name it too.</param>
/// <param name="Point">The design point, scenario or setting the run belongs to (0, 1, …).</param>
/// <param name="Replicate">Which of the point's seeds it ran (0, 1, …); replicate r of every point runs the same seed.</param>
/// <param name="Inputs">Every varied or set input by column name (a parameter, <c>lever@YYYY-MM</c>), null where the run leaves it at the scenario's value.</param>
/// <param name="Windows">Per window, by its column name (<see cref="RunRecords.WindowColumn"/>), the outcome.</param>
/// <param name="Outcomes">The key outcomes (<see cref="RunRecords.Outcomes"/>), in that order.</param>
/// <param name="Verdict">The verdict's values (<see cref="Verdict.From"/>), in its order.</param>
public sealed record RunRecord(int RunId, int Point, int Replicate, ulong Seed, string Scenario,
    IReadOnlyDictionary<string, double?> Inputs, IReadOnlyDictionary<string, string> Windows, double[] Outcomes, double[] Verdict);

/// <summary>One row of the per-run yearly series (series.parquet).</summary>
public readonly record struct RunSeriesRow(int RunId, int Year, string Country, string Variable, double Value);

/// <summary>Builds <see cref="RunRecord"/>s from finished runs.</summary>
public static class RunRecords
{
    /// <summary>The key outcomes of every run: the comparison's measures.</summary>
    public static IReadOnlyList<ComparedMeasure> Outcomes => Comparison.Measures;

    /// <summary>The column names of the key outcomes (the measure's name in lower snake case).</summary>
    public static IReadOnlyList<string> OutcomeColumns { get; } = Outcomes.Select(m => Column(m.Name)).ToArray();

    /// <summary>The verdict's measures, in order (each a column <c>verdict_NAME</c>).</summary>
    public static IReadOnlyList<string> VerdictNames { get; } =
        ["technique", "gini_consumption", "privilege_share", "privileged_and_exploiting_share", "defence_share", "hostile_power_ratio"];

    /// <summary>A name as a column: lower case, every run of other characters one underscore.</summary>
    public static string Column(string name)
    {
        var b = new StringBuilder();
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) b.Append(c);
            else if (b.Length > 0 && b[^1] != '_') b.Append('_');
        }
        return b.ToString().TrimEnd('_');
    }

    /// <summary>The column of a window's outcome: <c>window_</c> and its name as a column.</summary>
    public static string WindowColumn(string window) => "window_" + Column(window);

    /// <summary>The record of one finished run.</summary>
    public static RunRecord From(int runId, int point, int replicate, ulong seed, string scenario, IReadOnlyDictionary<string, double?> inputs, SimulationResult r)
    {
        var windows = new Dictionary<string, string>();
        for (int i = 0; i < r.Windows.Count; i++) windows[WindowColumn(r.Windows[i].Name)] = Comintern.Name(r.Outcomes[i]);
        var outcomes = new double[Outcomes.Count];
        for (int m = 0; m < outcomes.Length; m++)
        {
            try { outcomes[m] = Outcomes[m].Measure(r); }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException) { outcomes[m] = double.NaN; }
        }
        var verdict = Verdict.From(r);
        var values = VerdictNames.Select(n => verdict.FirstOrDefault(v => v.Name == n)?.Value ?? double.NaN).ToArray();
        return new RunRecord(runId, point, replicate, seed, scenario, inputs, windows, outcomes, values);
    }

    /// <summary>The inputs of a run as columns: each assignment under its key.</summary>
    public static Dictionary<string, double?> Inputs(IEnumerable<InputAssignment> inputs)
    {
        var d = new Dictionary<string, double?>();
        foreach (var a in inputs) d[a.Key] = a.Value;
        return d;
    }

    /// <summary>The yearly series of one run (the USSR's and every country's), named by its run id.</summary>
    public static IEnumerable<RunSeriesRow> Series(int runId, SimulationResult r) =>
        SeriesTables.From(r).Yearly.Select(row => new RunSeriesRow(runId, int.Parse(row.Period, System.Globalization.CultureInfo.InvariantCulture), row.Country, row.Variable, row.Value));
}

/// <summary>The per-run data of a multi-run command: a record per run and, when asked for, each
/// run's yearly series (by run id).</summary>
public sealed record PerRun(IReadOnlyList<RunRecord> Records, IReadOnlyList<RunSeriesRow[]>? Series)
{
    public static PerRun None { get; } = new([], null);
}

/// <summary>Collects the per-run data of runs that finish on several threads, by run id, so
/// that what is kept does not depend on the order they finish in; and hands on each batch of
/// <see cref="BatchSize"/> consecutive runs, whole and in order, as soon as its runs and every
/// earlier batch's have finished (for the part files of an interrupted command).</summary>
public sealed class PerRunCollector
{
    public const int BatchSize = 16;

    private readonly RunRecord[] _records;
    private readonly RunSeriesRow[][]? _series;
    private readonly int[] _filled;
    private readonly Action<FinishedBatch>? _finished;
    private readonly object _gate = new();
    private int _nextBatch;

    public PerRunCollector(int jobs, bool series, Action<FinishedBatch>? finished = null)
    {
        _records = new RunRecord[jobs];
        _series = series ? new RunSeriesRow[jobs][] : null;
        _filled = new int[(jobs + BatchSize - 1) / BatchSize];
        _finished = finished;
    }

    /// <summary>Keeps run <paramref name="runId"/> (called from the thread that ran it).</summary>
    public void Add(int runId, int point, int replicate, ulong seed, string scenario, IReadOnlyDictionary<string, double?> inputs, SimulationResult r) =>
        Add(runId, runId, point, replicate, seed, scenario, inputs, r);

    /// <summary>Keeps run <paramref name="runId"/> in place <paramref name="slot"/> of the
    /// collector's runs (a shard or a resumed plan collects some of a plan's runs, under their ids
    /// in the plan).</summary>
    public void Add(int slot, int runId, int point, int replicate, ulong seed, string scenario, IReadOnlyDictionary<string, double?> inputs, SimulationResult r)
    {
        _records[slot] = RunRecords.From(runId, point, replicate, seed, scenario, inputs, r);
        if (_series is not null) _series[slot] = RunRecords.Series(runId, r).ToArray();
        lock (_gate)
        {
            _filled[slot / BatchSize]++;
            while (_nextBatch < _filled.Length && _filled[_nextBatch] == Size(_nextBatch))
            {
                int b = _nextBatch++;
                if (_finished is null) continue;
                var range = Enumerable.Range(b * BatchSize, Size(b));
                _finished(new FinishedBatch(b, range.Select(i => _records[i]).ToList(), _series is null ? null : range.Select(i => _series[i]).ToList()));
            }
        }
    }

    private int Size(int batch) => Math.Min(BatchSize, _records.Length - batch * BatchSize);

    public PerRun Result() => new(_records, _series);
}
