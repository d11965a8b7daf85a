using OneCountry.Model.Engine;
using System.ComponentModel;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Reporting;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary><c>onecountry sensitivity SCENARIO</c>: each parameter from the low to the high end of
/// its range on common random numbers, and which ones move the outcomes most.</summary>
public sealed class SensitivityCommand(IAnsiConsole console) : AsyncCommand<SensitivityCommand.Settings>
{
    public sealed class Settings() : ExperimentSettings(runs: 10, scale: CompareCommand.Settings.DefaultScale)
    {
        [CommandArgument(0, "<SCENARIO>")]
        [Description("A shipped scenario's name or the path to a scenario file.")]
        public string Scenario { get; init; } = "";

        [CommandOption("--params <NAMES>")]
        [Description("Comma-separated parameter names (default: every parameter of the registry, or of --group).")]
        public string? Params { get; init; }

        [CommandOption("--group <GROUP>")]
        [Description("Only the parameters of one registry group (farm, demography, labour, world, …; see 'onecountry params').")]
        public string? Group { get; init; }

        [CommandOption("--method <METHOD>")]
        [Description("oat: each parameter at the two ends of its range (default); morris: elementary effects along random trajectories (mu*, mu, sigma); sobol: first- and total-order Sobol indices on a Saltelli design (at most 10 parameters).")]
        public string Method { get; init; } = "oat";

        [CommandOption("--trajectories <R>")]
        [TypeConverter(typeof(TrajectoriesConverter))]
        [Description("morris: trajectories, each of (parameters + 1) runs on its own seed (default 10).")]
        public int Trajectories { get; init; } = 10;

        [CommandOption("--samples <N>")]
        [TypeConverter(typeof(SamplesConverter))]
        [Description("sobol: base rows of the Saltelli design, a power of two from 8 (default 64); the model runs N x (parameters + 2) x replicates times.")]
        public int Samples { get; init; } = 64;

        [CommandOption("--replicates <R>")]
        [TypeConverter(typeof(ReplicatesOptionConverter))]
        [Description("sobol: seeds per design row, the same for every row (common random numbers); a row's output is their mean (default 1).")]
        public int Replicates { get; init; } = 1;

        [CommandOption("--bootstrap <B>")]
        [TypeConverter(typeof(BootstrapConverter))]
        [Description("sobol and morris: bootstrap resamples for the 95% intervals (of the base rows; of the trajectories), drawn from the first seed (default 1000).")]
        public int Bootstrap { get; init; } = 1000;

        [CommandOption("--groups <GROUPS>")]
        [Description("morris: move parameters in groups (Campolongo et al. 2007) and screen the groups: 'registry' groups the chosen parameters by their registry group; or NAME=a+b;NAME2=c+d names each group and its parameters (then --params is not needed).")]
        public string? Groups { get; init; }

        [CommandOption("--top <N>")]
        [TypeConverter(typeof(TopConverter))]
        [Description("Parameters shown per measure on the console (default 5; the CSV has them all).")]
        public int Top { get; init; } = 5;

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } error) return error;
            if (Top is < 1 or > 1000) return ValidationResult.Error($"--top must be from 1 to 1000, not {Top}");
            if (Params is not null && Group is not null) return ValidationResult.Error("give --params or --group, not both");
            if (Method is not ("oat" or "morris" or "sobol")) return ValidationResult.Error($"--method must be oat, morris or sobol, not '{Method}'");
            if (SobolIndices.DesignError(1, Samples) is { } samples) return ValidationResult.Error($"--samples: {samples}");
            if (Replicates is < 1 or > 10_000) return ValidationResult.Error($"--replicates must be from 1 to 10000, not {Replicates}");
            if (Groups is not null && Method != "morris") return ValidationResult.Error("--groups is for --method morris");
            if (Groups is not null && Groups != "registry" && (Params is not null || Group is not null)) return ValidationResult.Error("--groups NAME=a+b;… names the parameters itself; give it without --params or --group");
            if (Bootstrap is < 10 or > 100_000) return ValidationResult.Error($"--bootstrap must be from 10 to 100000, not {Bootstrap}");
            if (Trajectories is < 2 or > 10_000) return ValidationResult.Error($"--trajectories must be from 2 to 10000, not {Trajectories}");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario;
        try { scenario = ScenarioCatalog.Load(settings.Scenario); }
        catch (ScenarioException e) { return Task.FromResult(ScenarioErrors.Report(console, e)); }
        if (PerRunOutput.Apply(console, scenario, settings.Inputs) is not { } set) return Task.FromResult(ExitCodes.InvalidInput);
        scenario = set;

        IReadOnlyList<OneCountry.Model.ParameterSpec> parameters;
        IReadOnlyList<MorrisGroup>? groups = null;
        try
        {
            var names = settings.Params?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (settings.Groups is { } spec && spec != "registry")
                (parameters, groups) = ParseGroups(spec);
            else
            {
                parameters = Sensitivity.Select(names, settings.Group);
                if (settings.Groups == "registry")
                    groups = parameters.Select((p, j) => (p.Group, j)).GroupBy(x => x.Group, StringComparer.Ordinal)
                        .Select(g => new MorrisGroup(g.Key, g.Select(x => x.j).ToList())).ToList();
            }
        }
        catch (ArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return Task.FromResult(ExitCodes.InvalidInput);
        }

        if (settings.Method == "sobol" && SobolIndices.DesignError(parameters.Count, settings.Samples) is { } design)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --method sobol: {design}; name them with --params");
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        var plan = RunPlan.Resolve(scenario, settings.Options);
        int seeds = settings.Method switch { "morris" => settings.Trajectories, "sobol" => settings.Replicates, _ => settings.Runs };
        if (ExperimentSettings.SeedRangeError(plan.FirstSeed, seeds) is { } range)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {range}");
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        string shown = settings.Out ?? Path.Combine("out", "sensitivity");
        using var output = StagedOutput.Open(console, shown);
        if (output is null) return Task.FromResult(ExitCodes.InvalidInput);
        string folder = output.Folder;
        var parts = output.OpenParts(parameters.Select(p => p.Name), scenario.Windows.Select(w => RunRecords.WindowColumn(w.Name)), settings.Inputs);
        if (settings.Method == "morris") return Task.FromResult(RunMorris(context, scenario, parameters, groups, settings, plan, folder, shown, output));
        if (settings.Method == "sobol") return Task.FromResult(RunSobol(context, scenario, parameters, settings, plan, folder, shown, output));
        int total = (1 + 2 * parameters.Count) * settings.Runs, step = Math.Max(1, total / 10);
        console.MarkupLineInterpolated($"Sensitivity of [bold]{scenario.Name}[/]: {parameters.Count} parameter(s) at the ends of their ranges, {settings.Runs} seeds each (common random numbers), scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}: {total} runs on {plan.Threads} thread(s)");
        var report = Sensitivity.Run(scenario, parameters, Sensitivity.DefaultMeasures, settings.Runs, plan, (done, all) =>
        {
            if (done % step == 0 || done == all) console.WriteLine($"  {done}/{all} runs");
        }, settings.PerRunSeries, parts.Write);

        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 150);
        foreach (var measure in report.Measures)
        {
            var ranked = report.Ranked(measure.Name).Take(settings.Top).ToList();
            if (ranked.Count == 0 || ranked.All(e => double.IsNaN(e.EffectMedian))) continue;
            var table = new Table().Border(TableBorder.Simple)
                .Title($"{measure.Name} ({measure.Unit}): baseline median {F(ranked[0].BaseMedian)}");
            table.AddColumns("parameter", "range", "at low end", "at high end", "effect high - low (5-95%)");
            foreach (var e in ranked)
                table.AddRow(Markup.Escape(e.Parameter), $"{F(e.Low)} - {F(e.High)}", F(e.LowMedian), F(e.HighMedian), $"{F(e.EffectMedian)} ({F(e.EffectLow)} to {F(e.EffectHigh)})");
            console.Write(table);
        }

        return Task.FromResult(WriteOutputs(context, settings, shown, output, PerRunOutput.Seeds(plan.FirstSeed, settings.Runs), () => SensitivityWriter.Write(report, folder),
            () => Reports.Sensitivity(report, Math.Max(settings.Top, 10), folder)));
    }

    /// <summary>Writes the tables, then (unless --no-report) the report; an unwritable folder is an error, not a trace.</summary>
    private int WriteOutputs(CommandContext context, Settings settings, string folder, StagedOutput output, IEnumerable<ulong> seeds,
        Func<IReadOnlyList<string>> tables, Func<IReadOnlyList<string>> report)
    {
        try
        {
            var files = tables().ToList();
            var added = output.Parts!.Finish(output.Folder);
            files.AddRange(added);
            output.Record = PerRunOutput.Record(context, settings, seeds, added);
            if (!settings.NoReport) files.AddRange(report());
            output.Commit();
            string open = settings.NoReport ? "" : $"; open {Path.Combine(folder, HtmlReport.FileName)}";
            console.MarkupLineInterpolated($"Wrote {files.Count} files to {folder}{open}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] cannot write to {folder}: {e.Message}");
            return ExitCodes.RunFailure;
        }
    }

    private int RunMorris(CommandContext context, Scenario scenario, IReadOnlyList<OneCountry.Model.ParameterSpec> parameters, IReadOnlyList<MorrisGroup>? groups, Settings settings, RunPlan plan, string folder, string shown, StagedOutput output)
    {
        int total = settings.Trajectories * ((groups?.Count ?? parameters.Count) + 1), step = Math.Max(1, total / 10);
        string grouped = groups is null ? "" : $" in {groups.Count} group(s)";
        console.MarkupLineInterpolated($"Morris screening of [bold]{scenario.Name}[/]: {parameters.Count} parameter(s){grouped}, {settings.Trajectories} trajectories, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}: {total} runs on {plan.Threads} thread(s)");
        var report = MorrisScreening.Run(scenario, parameters, Sensitivity.DefaultMeasures, settings.Trajectories, plan, progress: (done, all) =>
        {
            if (done % step == 0 || done == all) console.WriteLine($"  {done}/{all} runs");
        }, keepSeries: settings.PerRunSeries, finished: output.Parts!.Write, groups: groups, resamples: settings.Bootstrap);
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 150);
        foreach (var measure in report.Measures)
        {
            var ranked = report.Ranked(measure.Name).Take(settings.Top).ToList();
            if (ranked.Count == 0 || ranked.All(e => double.IsNaN(e.MuStar) || e.MuStar == 0)) continue;
            var table = new Table().Border(TableBorder.Simple).Title($"{measure.Name} ({measure.Unit}): elementary effects per whole range");
            table.AddColumns("parameter", "mu*", "mu", "sigma");
            foreach (var e in ranked) table.AddRow(Markup.Escape(e.Parameter), F(e.MuStar), F(e.Mu), F(e.Sigma));
            console.Write(table);
        }
        return WriteOutputs(context, settings, shown, output, PerRunOutput.Seeds(plan.FirstSeed, settings.Trajectories), () => SensitivityWriter.WriteMorris(report, folder), () => Reports.Morris(report, Math.Max(settings.Top, 10), folder));
    }

    private int RunSobol(CommandContext context, Scenario scenario, IReadOnlyList<OneCountry.Model.ParameterSpec> parameters, Settings settings, RunPlan plan, string folder, string shown, StagedOutput output)
    {
        int rows = settings.Samples * SobolIndices.RowsPerBase(parameters.Count);
        int total = rows * settings.Replicates, step = Math.Max(1, total / 10);
        console.MarkupLineInterpolated($"Sobol indices of [bold]{scenario.Name}[/]: {parameters.Count} parameter(s), {settings.Samples} base rows ({rows} design rows), {settings.Replicates} seed(s) each (common random numbers), scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}: {total} runs on {plan.Threads} thread(s)");
        var report = SobolAnalysis.Run(scenario, parameters, Sensitivity.DefaultMeasures, settings.Samples, settings.Replicates, plan, settings.Bootstrap, (done, all) =>
        {
            if (done % step == 0 || done == all) console.WriteLine($"  {done}/{all} runs");
        }, settings.PerRunSeries, output.Parts!.Write);
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 150);
        for (int m = 0; m < report.Measures.Count; m++)
        {
            var ranked = report.Ranked(m).Take(settings.Top).ToList();
            if (ranked.Count == 0 || ranked.All(e => double.IsNaN(e.ST))) continue;
            var measure = report.Measures[m];
            var table = new Table().Border(TableBorder.Simple).Title($"{measure.Name} ({measure.Unit}): Sobol indices, N = {ranked[0].N}");
            table.AddColumns("parameter", "S1 (95%)", "ST (95%)", "ST at N/4, N/2");
            foreach (var e in ranked)
                table.AddRow(Markup.Escape(parameters[e.Parameter].Name), $"{F(e.S1)} ({F(e.S1Low)} to {F(e.S1High)})", $"{F(e.ST)} ({F(e.STLow)} to {F(e.STHigh)})",
                    string.Join(", ", report.Convergence[m].SkipLast(1).Select(c => F(c.Indices[e.Parameter].ST))));
            console.Write(table);
        }
        return WriteOutputs(context, settings, shown, output, PerRunOutput.Seeds(plan.FirstSeed, settings.Replicates), () => SensitivityWriter.WriteSobol(report, folder), () => Reports.Sobol(report, Math.Max(settings.Top, 10), folder));
    }

    /// <summary>Groups written NAME=a+b;NAME2=c+d: the parameters in the order named and each group's members.</summary>
    private static (IReadOnlyList<OneCountry.Model.ParameterSpec>, IReadOnlyList<MorrisGroup>) ParseGroups(string spec)
    {
        var names = new List<string>();
        var groups = new List<MorrisGroup>();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1) throw new ArgumentException($"--groups: '{part}' is not NAME=parameter+parameter");
            string name = part[..eq].Trim();
            if (groups.Any(g => g.Name == name)) throw new ArgumentException($"--groups: group '{name}' is named twice");
            var members = new List<int>();
            foreach (var p in part[(eq + 1)..].Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (names.Contains(p)) throw new ArgumentException($"--groups: parameter {p} is in two groups");
                members.Add(names.Count);
                names.Add(p);
            }
            if (members.Count == 0) throw new ArgumentException($"--groups: group '{name}' has no parameters");
            groups.Add(new MorrisGroup(name, members));
        }
        if (groups.Count == 0) throw new ArgumentException("--groups: no groups given");
        return (Sensitivity.Select(names, null), groups);
    }

    private static string F(double v) => HtmlReport.F(v);
}
