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
        [Description("Output folder (default: out/experiment; a shard: out/experiment-shard-I-of-N).")]
        public string? Out { get; init; }

        [CommandOption("--shard <I/N>")]
        [Description("Run shard I of N of the plan (I from 1 to N; batch b of 16 runs is shard b mod N + 1) into a shard folder for 'onecountry merge'. Default: from a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, ONECOUNTRY_SHARD_COUNT), else none; 'off': none.")]
        public string? Shard { get; init; }

        [CommandOption("--resume")]
        [Description("Keep the runs that an interrupted run of the same command finished (in DIR.partial) and run only the others; the output is the same byte for byte.")]
        public bool Resume { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } error) return error;
            if (Shard is { } shard && !shard.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
            {
                try { ShardSpec.Parse(shard); }
                catch (ShardException e) { return ValidationResult.Error(e.Message); }
            }
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

        ShardSpec? shard;
        try { shard = ShardSpec.Resolve(settings.Shard, Environment.GetEnvironmentVariable); }
        catch (ShardException e) { return Task.FromResult(Invalid(e.Message)); }
        var mine = shard is null ? runs : runs.Where(r => shard.HoldsRun(r.RunId)).ToList();

        // Shards of one plan never share a default folder (they may run at once, on machines whose shared file system does not lock).
        string shown = settings.Out ?? Path.Combine("out", shard is null ? "experiment" : $"experiment-shard-{shard.Index + 1}-of-{shard.Count}");
        using var output = StagedOutput.Open(console, shown);
        if (output is null) return Task.FromResult(ExitCodes.InvalidInput);
        var windows = baseline.Windows.Select(w => RunRecords.WindowColumn(w.Name)).ToList();
        var layout = PartFolder.LayoutOf(design.Columns, windows, settings.Inputs);
        bool series = settings.PerRunSeries;
        List<string> files = [RunTables.RunsFile, .. series ? [RunTables.SeriesFile] : Array.Empty<string>(), Codebook.FileName, ManifestStamp.FileName];
        string[] planFiles = [Codebook.FileName, ManifestStamp.FileName];

        // The files that do not depend on the runs' results come first: a shard keeps them in merge/
        // for 'onecountry merge', and their hash identifies the plan (for merge and for --resume).
        string planFolder = shard is null ? output.Folder : Path.Combine(output.Folder, ShardFolder.MergeFolder);
        string planHash;
        try
        {
            Directory.CreateDirectory(planFolder);
            TableWriters.WriteCodebook(planFolder, series ? [.. RunsCodebook.Of(layout.Inputs, layout.Windows), .. Codebook.Series] : RunsCodebook.Of(layout.Inputs, layout.Windows));
            AtomicFile.Write(Path.Combine(planFolder, ManifestStamp.FileName), stream => JsonSerializer.Serialize(stream, new
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
            ManifestStamp.Apply(planFolder, new ManifestRecord(Invocation.From(context.Arguments), settings.Inputs, runs.Select(r => r.Seed).Distinct().Order().ToList()));
            planHash = ShardFolder.PlanHash(planFolder, planFiles);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {shown}: {e.Message}");
            return Task.FromResult(ExitCodes.RunFailure);
        }

        if (settings.Resume && !Directory.Exists(PartFolder.PathOf(shown)) && Finished(output.Target, shard, planHash, planFolder))
        {
            console.MarkupLineInterpolated($"--resume: {shown} already holds the finished output of this {(shard is null ? "experiment" : $"shard {shard}")}; nothing to run");
            return Task.FromResult(ExitCodes.Success);
        }
        string partsPlan = JsonSerializer.Serialize(new { PlanSha256 = planHash, Shard = shard?.ToString(), Series = series }, TableWriters.ManifestJson);
        PartFolder parts;
        try { parts = output.OpenParts(design.Columns, windows, settings.Inputs, partsPlan, settings.Resume, series); }
        catch (PartsException e) { return Task.FromResult(Invalid(e.Message)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(Invalid($"--out {shown}: cannot prepare the part folder beside it: {e.Message}"));
        }
        var todo = mine.Where(r => !parts.Resumed.Contains(r.RunId / Experiment.BatchSize)).ToList();
        string part = shard is null ? "" : $"; shard {shard} ({(shard.Source == "--shard" ? "--shard" : "from " + shard.Source)}): {mine.Count} of the runs, {shard.Batches(runs.Count).Count()} batch(es)";
        string resumed = settings.Resume ? $"; --resume: {mine.Count - todo.Count} finished run(s) kept from {parts.Path}, {todo.Count} to run" : "";
        console.MarkupLineInterpolated($"Experiment {Path.GetFileName(design.File)} ({design.Kind}{(design.Sampler is { } s ? $", {s}" : "")}) on [bold]{baseline.Name}[/]: {design.Points.Count} point(s), {runs.Count} runs (replicate r of every point on seed {plan.FirstSeed} + r), {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s){part}{resumed}; finished batches of {Experiment.BatchSize} go to {parts.Path}");

        int step = Math.Max(1, todo.Count / 10);
        try
        {
            Experiment.Run(todo, plan, series, parts.Write, (done, all) =>
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
            parts.Finish(output.Folder, series);
            var written = files;
            if (shard is not null)
            {
                ShardFolder.Write(output.Folder, new ShardInfo("experiment", shard.Index + 1, shard.Count, planHash, BuildInfo.Version, runs.Count,
                    shard.Batches(runs.Count).ToList(), layout.Inputs, layout.Windows, series, files, planFiles));
                written = [ShardFolder.FileName, RunTables.RunsFile, .. series ? [RunTables.SeriesFile] : Array.Empty<string>(), .. planFiles.Select(f => $"{ShardFolder.MergeFolder}/{f}")];
            }
            output.Commit();
            console.MarkupLineInterpolated($"Wrote {written.Count} files to {shown}: {string.Join(", ", written)}");
            if (shard is not null) console.MarkupLineInterpolated($"This is shard {shard}: when all {shard.Count} are done, join them with 'onecountry merge OUT SHARD_DIR...'");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {shown}: {e.Message}; {parts.Kept()}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        return Task.FromResult(ExitCodes.Success);
    }

    /// <summary>Whether <paramref name="target"/> already holds the finished output of this plan (or shard of it).</summary>
    private static bool Finished(string target, ShardSpec? shard, string planHash, string planFolder)
    {
        try
        {
            if (shard is not null)
                return File.Exists(Path.Combine(target, ShardFolder.FileName)) && ShardFolder.Read(target) is var info
                    && info.PlanSha256 == planHash && info.Shard == shard.Index + 1 && info.Shards == shard.Count;
            string manifest = Path.Combine(target, ManifestStamp.FileName);
            return File.Exists(manifest) && File.ReadAllBytes(manifest).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(planFolder, ManifestStamp.FileName)))
                && File.Exists(Path.Combine(target, RunTables.RunsFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ShardFolderException) { return false; }
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
