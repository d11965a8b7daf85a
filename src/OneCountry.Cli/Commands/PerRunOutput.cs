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

    /// <summary>Writes runs.parquet and, when the runs kept them, series.parquet into <paramref name="folder"/>; returns their names.
    /// The inputs every run shares (<paramref name="common"/>, the --set ones) are columns of every row.</summary>
    public static IReadOnlyList<string> Write(string folder, PerRun perRun, IReadOnlyList<InputAssignment>? common = null)
    {
        if (perRun.Records.Count == 0) return [];
        var records = perRun.Records;
        if (common is { Count: > 0 })
            records = records.Select(r =>
            {
                var inputs = new Dictionary<string, double?>(r.Inputs);
                foreach (var a in common) inputs.TryAdd(a.Key, a.Value);
                return r with { Inputs = inputs };
            }).ToList();
        RunTables.WriteRuns(Path.Combine(folder, RunTables.RunsFile), records, Experiment.BatchSize);
        if (perRun.Series is null) return [RunTables.RunsFile];
        RunTables.WriteSeries(Path.Combine(folder, RunTables.SeriesFile), perRun.Series.Chunk(Experiment.BatchSize).Select(b => (IReadOnlyList<RunSeriesRow>)b.SelectMany(r => r).ToArray()));
        return [RunTables.RunsFile, RunTables.SeriesFile];
    }

    /// <summary>The manifest's record of this command: its arguments, --set inputs and seeds.</summary>
    public static ManifestRecord Record(CommandContext context, SimulationSettings settings, IEnumerable<ulong> seeds, IReadOnlyList<string> added) =>
        new(Invocation.From(context.Arguments), settings.Inputs, seeds.Distinct().Order().ToList()) { AddedFiles = added };

    /// <summary>Seeds first to first + count − 1.</summary>
    public static IEnumerable<ulong> Seeds(ulong first, int count) => Enumerable.Range(0, count).Select(i => first + (ulong)i);
}
