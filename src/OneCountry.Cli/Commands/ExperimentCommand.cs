using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using OneCountry.Experiments;
using OneCountry.Reporting;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class ReplicatesConverter() : NumberOptionConverter("--replicates", $"a whole number of replicates from 1 to {ExperimentDesigns.MaxReplicates}", Whole<int>);

/// <summary><c>onecountry experiment DESIGN</c>: every point of a design (a CSV or Parquet table of
/// rows, or a YAML experiment with factors and a sampler) on its replicates, on common random
/// numbers, with a row per run in runs.parquet.</summary>
public sealed class ExperimentCommand(IAnsiConsole console) : AsyncCommand<ExperimentCommand.Settings>
{
    public sealed class Settings() : SimulationSettings(runs: 1, scale: CompareCommand.Settings.DefaultScale)
    {
        [CommandArgument(0, "<DESIGN>")]
        [Description("The design: a .csv or .parquet table (a row per point; columns: parameter names, lever@YYYY-MM, optionally seed and replicates) or a .yaml experiment (factors with levels or ranges; sampler grid, latin_hypercube or sobol).")]
        public string Design { get; init; } = "";

        [CommandOption("--scenario <SCENARIO>")]
        [Description("The base scenario (default: the YAML experiment's 'scenario', else historical).")]
        public string? Scenario { get; init; }

        [CommandOption("--replicates <N>")]
        [TypeConverter(typeof(ReplicatesConverter))]
        [Description("Seeds per point where the design does not say (default: the YAML experiment's, else 1); replicate r of every point runs the same seed.")]
        public int? Replicates { get; init; }

        [CommandOption("--seed <SEED>")]
        [TypeConverter(typeof(SeedConverter))]
        [Description("The first seed: replicate r runs seed + r (default: the YAML experiment's, else the scenario's).")]
        public ulong? Seed { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output folder (default: out/experiment).")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } error) return error;
            if (Runs != 1) return ValidationResult.Error("experiment runs the design's points: give --replicates N (seeds per point), not --runs");
            if (Replicates is < 1 or > ExperimentDesigns.MaxReplicates) return ValidationResult.Error($"--replicates must be from 1 to {ExperimentDesigns.MaxReplicates}, not {Replicates}");
            if (Out is not null && Out.Trim().Length == 0) return ValidationResult.Error("--out must name a folder, not ''");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ExperimentDesign design;
        try { design = ExperimentDesigns.Load(settings.Design); }
        catch (DesignException e) { return Task.FromResult(Invalid(e.Message)); }

        Scenario scenario;
        try { scenario = ScenarioCatalog.Load(settings.Scenario ?? design.Scenario ?? "historical"); }
        catch (ScenarioException e) { return Task.FromResult(ScenarioErrors.Report(console, e)); }
        if (PerRunOutput.Apply(console, scenario, settings.Inputs) is not { } baseline) return Task.FromResult(ExitCodes.InvalidInput);

        var plan = RunPlan.Resolve(baseline, new RunOptions(settings.Seed ?? design.Seed, settings.Scale, settings.Threads, World: settings.World));
        int replicates = settings.Replicates ?? design.Replicates ?? 1;
        IReadOnlyList<PlannedRun> runs;
        try { runs = Experiment.Plan(baseline, design, plan.FirstSeed, replicates, settings.Inputs); }
        catch (DesignException e) { return Task.FromResult(Invalid(e.Message)); }

        string shown = settings.Out ?? Path.Combine("out", "experiment");
        using var output = StagedOutput.Open(console, shown);
        if (output is null) return Task.FromResult(ExitCodes.InvalidInput);
        PartFolder parts;
        try { parts = output.OpenParts(design.Columns, baseline.Windows.Select(w => RunRecords.WindowColumn(w.Name)), settings.Inputs); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(Invalid($"--out {shown}: cannot prepare the part folder beside it: {e.Message}"));
        }
        console.MarkupLineInterpolated($"Experiment {Path.GetFileName(design.File)} ({design.Kind}{(design.Sampler is { } s ? $", {s}" : "")}) on [bold]{baseline.Name}[/]: {design.Points.Count} point(s), {runs.Count} runs (replicate r of every point on seed {plan.FirstSeed} + r), {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s); finished batches of {Experiment.BatchSize} go to {parts.Path}");

        int step = Math.Max(1, runs.Count / 10);
        try
        {
            Experiment.Run(runs, plan, settings.PerRunSeries, parts.Write, (done, all) =>
            {
                if (done % step == 0 || done == all) console.WriteLine($"  {done}/{all} runs");
            });
        }
        catch (AggregateException e) when (e.InnerException is OneCountry.Model.Engine.BalanceViolationException b)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] {b.Message}; {parts.Kept()}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {parts.Path}: {(e.InnerException ?? e).Message}");
            return Task.FromResult(ExitCodes.RunFailure);
        }

        var records = parts.Records;
        Summary(records);
        try
        {
            var files = parts.Finish(output.Folder).ToList();
            TableWriters.WriteCodebook(output.Folder, settings.PerRunSeries ? [.. RunsCodebook.Of(parts.Columns, parts.Windows), .. Codebook.Series] : RunsCodebook.Of(parts.Columns, parts.Windows));
            files.Add(Codebook.FileName);
            files.Add(ManifestStamp.FileName);
            AtomicFile.Write(Path.Combine(output.Folder, ManifestStamp.FileName), stream => JsonSerializer.Serialize(stream, new
            {
                Model = "OneCountry",
                Version = RunManifest.ModelVersion,
                Kind = "experiment",
                Design = new { File = Path.GetFileName(design.File), design.Sha256, design.Kind, design.Sampler, Inputs = design.Columns, Points = design.Points.Count },
                Scenario = new { baseline.Name, File = Path.GetFileName(baseline.SourcePath), baseline.Sha256 },
                Parameters = "registry defaults (onecountry params) with the scenario's parameter_overrides, the --set inputs and each point's",
                Replicates = replicates,
                Runs = runs.Count,
                FirstSeed = plan.FirstSeed,
                plan.Scale,
                World = WorldModes.Name(plan.World),
                RowGroups = $"one per batch of {Experiment.BatchSize} runs, in run order",
                Files = files,
            }, TableWriters.ManifestJson));
            output.Record = new ManifestRecord(Invocation.From(context.Arguments), settings.Inputs, runs.Select(r => r.Seed).Distinct().Order().ToList());
            output.Commit();
            console.MarkupLineInterpolated($"Wrote {files.Count} files to {shown}: {string.Join(", ", files)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {shown}: {e.Message}; {parts.Kept()}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        return Task.FromResult(ExitCodes.Success);
    }

    private int Invalid(string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitCodes.InvalidInput;
    }

    /// <summary>The key outcomes over all runs: median and 5-95% band.</summary>
    private void Summary(IReadOnlyList<RunRecord> records)
    {
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 120);
        var table = new Table().Border(TableBorder.Simple).Title($"Key outcomes over the {records.Count} runs: median (5-95%); every run is a row of runs.parquet");
        table.AddColumns("outcome", "median (5-95%)");
        for (int m = 0; m < RunRecords.Outcomes.Count; m++)
        {
            var (median, low, high) = Ensemble.Band(records.Select(r => r.Outcomes[m]));
            table.AddRow(Markup.Escape($"{RunRecords.Outcomes[m].Name} ({RunRecords.Outcomes[m].Unit})"), $"{HtmlReport.F(median)} ({HtmlReport.F(low)}-{HtmlReport.F(high)})");
        }
        console.Write(table);
    }
}
