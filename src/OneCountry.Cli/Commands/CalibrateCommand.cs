using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OneCountry.Experiments;
using OneCountry.Reporting;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class PopulationConverter() : NumberOptionConverter("--population", "a whole number of particles from 2 to 1000000", Whole<int>);
public sealed class GenerationsConverter() : NumberOptionConverter("--generations", "a whole number of generations from 0 to 1000", Whole<int>);
public sealed class BudgetConverter() : NumberOptionConverter("--budget", "a whole number of simulations", Whole<long>);
public sealed class ToleranceConverter() : NumberOptionConverter("--final-tolerance", "a tolerance of 0 or more", s => Real(s) is double v && v >= 0 ? v : null);

/// <summary><c>onecountry calibrate SPEC.yaml</c>: ABC-SMC over the parameters a calibration file
/// names, against the validation patterns tagged target; the checks evaluated at the posterior.</summary>
public sealed class CalibrateCommand(IAnsiConsole console) : AsyncCommand<CalibrateCommand.Settings>
{
    public const int DefaultPopulation = 50, DefaultGenerations = 3;
    public const double DefaultQuantile = 0.5;

    public sealed class Settings() : SimulationSettings(runs: 1, scale: null)
    {
        [CommandArgument(0, "<SPEC>")]
        [Description("The calibration: a .yaml file naming the parameters (with {} for a uniform prior over the registry range, {range: [a, b]} or {normal: [mean, sd]}) and optionally scenario, population, generations, quantile, final_tolerance, budget, seed, scale.")]
        public string Spec { get; init; } = "";

        [CommandOption("--scenario <SCENARIO>")]
        [Description("The scenario calibrated (default: the file's 'scenario', else historical).")]
        public string? Scenario { get; init; }

        [CommandOption("--population <N>")]
        [TypeConverter(typeof(PopulationConverter))]
        [Description("Particles a generation (default: the file's, else 50).")]
        public int? Population { get; init; }

        [CommandOption("--generations <G>")]
        [TypeConverter(typeof(GenerationsConverter))]
        [Description("Generations after the prior's (default: the file's, else 3).")]
        public int? Generations { get; init; }

        [CommandOption("--final-tolerance <E>")]
        [TypeConverter(typeof(ToleranceConverter))]
        [Description("Stop once the tolerance reaches E (default: the file's, else run every generation).")]
        public double? FinalTolerance { get; init; }

        [CommandOption("--budget <B>")]
        [TypeConverter(typeof(BudgetConverter))]
        [Description("At most B simulations in the fit: the calibration ends with the last generation that finished within it (default: the file's, else no limit).")]
        public long? Budget { get; init; }

        [CommandOption("--seed <SEED>")]
        [TypeConverter(typeof(SeedConverter))]
        [Description("The seed every random draw of the calibration is keyed on (default: the file's, else the scenario's).")]
        public ulong? Seed { get; init; }

        [CommandOption("--resume")]
        [Description("Continue from the generations an interrupted calibration with the same file and settings left in DIR.partial.")]
        public bool Resume { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output folder (default: out/calibrate).")]
        public string? Out { get; init; }

        [CommandOption("--no-report")]
        [Description("Do not write report.html and its charts.")]
        public bool NoReport { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } error) return error;
            if (Runs != 1) return ValidationResult.Error("calibrate draws its own runs: give --population and --generations, not --runs");
            if (Population is < 2 or > 1_000_000) return ValidationResult.Error($"--population must be from 2 to 1000000, not {Population}");
            if (Generations is < 0 or > 1000) return ValidationResult.Error($"--generations must be from 0 to 1000, not {Generations}");
            if (Budget is < 2) return ValidationResult.Error($"--budget must be at least 2 simulations, not {Budget}");
            if (Out is not null && Out.Trim().Length == 0) return ValidationResult.Error("--out must name a folder, not ''");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        CalibrationSpec spec;
        try { spec = CalibrationSpecs.Load(settings.Spec); }
        catch (DesignException e) { return Task.FromResult(Invalid(e.Message)); }

        Scenario scenario;
        try { scenario = ScenarioCatalog.Load(settings.Scenario ?? spec.Scenario ?? HistoryValidation.HistoricalName); }
        catch (ScenarioException e) { return Task.FromResult(ScenarioErrors.Report(console, e)); }
        if (PerRunOutput.Apply(console, scenario, settings.Inputs) is not { } baseline) return Task.FromResult(ExitCodes.InvalidInput);
        if (settings.Inputs.FirstOrDefault(i => i.From is null && spec.Priors.Any(p => p.Name == i.Name)) is { } clash)
            return Task.FromResult(Invalid($"--set {clash.Name}: the calibration draws that parameter; leave it out of --set or of {Path.GetFileName(spec.File)}"));
        if (DataInput.TryLoad(console, out _, out var data) is { } dataError) return Task.FromResult(dataError);

        var plan = RunPlan.Resolve(baseline, new RunOptions(settings.Seed ?? spec.Seed, settings.Scale ?? spec.Scale ?? CompareCommand.Settings.DefaultScale, settings.Threads, World: settings.World));
        var abc = new AbcSettings(settings.Population ?? spec.Population ?? DefaultPopulation, settings.Generations ?? spec.Generations ?? DefaultGenerations,
            spec.Quantile ?? DefaultQuantile, settings.FinalTolerance ?? spec.FinalTolerance, settings.Budget ?? spec.Budget ?? long.MaxValue, plan.FirstSeed, plan.Threads);
        if (abc.Error() is { } settingsError) return Task.FromResult(Invalid(settingsError));
        var targets = ModelCalibration.Targets(data);

        string shown = settings.Out ?? Path.Combine("out", "calibrate");
        using var output = StagedOutput.Open(console, shown);
        if (output is null) return Task.FromResult(ExitCodes.InvalidInput);

        // The finished generations go to DIR.partial as they finish, with the settings they were made under.
        string partial = Path.TrimEndingDirectorySeparator(Path.GetFullPath(shown)) + ".partial";
        string stateFile = Path.Combine(partial, "calibration.json");
        string key = JsonSerializer.Serialize(new
        {
            Spec = spec.Sha256, Scenario = baseline.Sha256, Set = settings.Inputs.Select(i => i.ToString()).ToList(),
            Priors = spec.Priors.Select(p => new { p.Name, p.Low, p.High, p.Mean, p.Sd }).ToList(),
            abc.Population, abc.Quantile, abc.FinalTolerance, Seed = plan.FirstSeed, plan.Scale, World = WorldModes.Name(plan.World),
        });
        var done = new List<AbcGeneration>();
        try
        {
            if (settings.Resume && File.Exists(stateFile))
            {
                if (File.ReadAllText(stateFile) != key)
                    return Task.FromResult(Invalid($"--resume: {partial} holds generations of another calibration (another file, scenario, --set, population, quantile, final tolerance, seed, scale or world); run without --resume to start again"));
                for (int g = 0; File.Exists(Path.Combine(partial, CalibrationWriter.GenerationFile(g))); g++)
                    done.Add(CalibrationWriter.ReadGeneration(Path.Combine(partial, CalibrationWriter.GenerationFile(g)), spec.Priors));
                console.MarkupLineInterpolated($"Resuming from {partial}: {done.Count} finished generation(s)");
            }
            else
            {
                if (settings.Resume) console.MarkupLineInterpolated($"--resume: no earlier calibration in {partial}; starting from the prior");
                if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
                Directory.CreateDirectory(partial);
                AtomicFile.Write(stateFile, s => { using var w = new StreamWriter(s, leaveOpen: true); w.Write(key); });
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException)
        {
            return Task.FromResult(Invalid($"--out {shown}: cannot use the generations folder {partial}: {e.Message}"));
        }

        console.MarkupLineInterpolated($"Calibrating [bold]{baseline.Name}[/] by ABC-SMC: {spec.Priors.Count} parameters ({string.Join(", ", spec.Priors.Select(p => p.Name))}), population {abc.Population}, up to {abc.Generations} generation(s) after the prior's, against {targets.Count} targets; {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s); generations go to {partial} as they finish");
        var clock = Stopwatch.StartNew();
        AbcResult result;
        try
        {
            result = AbcSmc.Run(spec.Priors, ModelCalibration.Simulator(baseline, plan, spec.Priors, targets), abc, done, g =>
            {
                CalibrationWriter.WriteGeneration(Path.Combine(partial, CalibrationWriter.GenerationFile(g.Index)), g, spec.Priors);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  generation {g.Index}: tolerance {(double.IsInfinity(g.Tolerance) ? "inf (prior)" : g.Tolerance.ToString("0.000", CultureInfo.InvariantCulture))}, {g.Simulations} simulations, acceptance {g.AcceptanceRate:P1}, ESS {g.EffectiveSize:0}, best distance {g.Particles.Min(p => p.Distance):0.000} ({clock.Elapsed.TotalSeconds:0} s)"));
            });
        }
        catch (AggregateException e) when (e.InnerException is OneCountry.Model.Engine.BalanceViolationException b)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] {b.Message}; the finished generations are in {partial} (--resume continues)");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {partial}: {e.Message}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        catch (Exception e) when (e is InvalidOperationException || e is AggregateException { InnerException: InvalidOperationException })
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] {(e.InnerException ?? e).Message}; the finished generations are in {partial}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        var fit = clock.Elapsed;
        console.WriteLine($"  stopped: {result.Stop} after generation {result.Final.Index} ({result.Simulations} simulations, {fit.TotalSeconds:0} s); posterior predictive: {result.Final.Particles.Count} runs");
        var predictive = ModelCalibration.Predict(baseline, data, plan, spec.Priors, result.Final, plan.FirstSeed, settings.Inputs);
        console.WriteLine($"  posterior predictive done ({clock.Elapsed.TotalSeconds:0} s in all)");
        var report = new CalibrationReport(baseline.Name, spec.Priors, abc, result, predictive, targets, plan.Scale, WorldModes.Name(plan.World));
        Summary(report);
        try
        {
            var files = CalibrationWriter.Write(report, output.Folder, !settings.NoReport).ToList();
            files.Add(ManifestStamp.FileName);
            AtomicFile.Write(Path.Combine(output.Folder, ManifestStamp.FileName), stream => JsonSerializer.Serialize(stream, new
            {
                Model = "OneCountry",
                Version = RunManifest.ModelVersion,
                Kind = "calibration (ABC-SMC)",
                Calibration = new { File = Path.GetFileName(spec.File), spec.Sha256 },
                Scenario = new { baseline.Name, File = Path.GetFileName(baseline.SourcePath), baseline.Sha256 },
                Priors = spec.Priors.Select(p => new { p.Name, Prior = p.Kind, p.Low, p.High }).ToList(),
                abc.Population, abc.Generations, abc.Quantile, abc.FinalTolerance, Budget = abc.Budget == long.MaxValue ? (long?)null : abc.Budget,
                Method = "ABC-SMC (Beaumont et al. 2009 weights, Gaussian kernel of twice the weighted covariance; tolerance the quantile of the last generation's distances, Del Moral et al. 2012); every draw from SplitMix64 keyed by (seed, generation, candidate)",
                Distance = $"root mean square of the misses of the {targets.Count} targets (the validation patterns tagged target); checks are not in the fit",
                Targets = targets.Select(t => t.Name).ToList(),
                Stopped = result.Stop.ToString(),
                Simulations = result.Simulations,
                Predictive = $"one run per particle of the final generation on seed PredictiveSeed(seed, particle), the comparison checks' counterfactuals on the same seed and values",
                Seed = plan.FirstSeed,
                plan.Scale,
                World = WorldModes.Name(plan.World),
                Files = files,
            }, TableWriters.ManifestJson));
            output.Record = new ManifestRecord(Invocation.From(context.Arguments.Where(a => a != "--resume")), settings.Inputs, result.Final.Particles.Select(p => p.Seed).Distinct().Order().ToList());
            output.Commit();
            Directory.Delete(partial, recursive: true);
            console.MarkupLineInterpolated($"Wrote {files.Count} files to {shown}: {string.Join(", ", files.Where(f => !f.StartsWith("charts", StringComparison.Ordinal)))}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {shown}: {e.Message}; the generations are in {partial} (--resume continues)");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        return Task.FromResult(ExitCodes.Success);
    }

    private void Summary(CalibrationReport report)
    {
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 150);
        var table = new Table().Border(TableBorder.Simple).Title("Posterior (weighted over the final generation) against the prior");
        table.AddColumns("parameter", "prior", "prior range", "mean", "sd (prior sd)", "5% - 95%");
        foreach (var (s, p) in AbcSmc.Summarise(report.Result.Final, report.Priors).Zip(report.Priors))
            table.AddRow(Markup.Escape(s.Name), Markup.Escape(p.Kind), $"{HtmlReport.F(p.Low)} - {HtmlReport.F(p.High)}", HtmlReport.F(s.Mean),
                $"{HtmlReport.F(s.Sd)} ({HtmlReport.F(CalibrationWriter.PriorSd(p))})", $"{HtmlReport.F(s.Q05)} - {HtmlReport.F(s.Q95)}");
        console.Write(table);
        foreach (var role in new[] { PatternRole.Target, PatternRole.Check })
        {
            var rows = report.Predictive.Patterns.Where(p => p.Pattern.Role == role && p.Runs > 0).ToList();
            var t = new Table().Border(TableBorder.Simple).Title(role == PatternRole.Check ? "Checks at the posterior (not in the fit)" : "Targets at the posterior (the fit)");
            t.AddColumns("pattern", "data", "tolerance", "posterior median (5-95%)", "pass rate");
            foreach (var p in rows)
                t.AddRow(Markup.Escape(p.Pattern.Name), Markup.Escape(p.Pattern.Data), Markup.Escape(p.Pattern.Tolerance),
                    $"{HtmlReport.F(p.Median)} ({HtmlReport.F(p.Low)} - {HtmlReport.F(p.High)})", p.PassRate.ToString("P0", CultureInfo.InvariantCulture));
            console.Write(t);
            console.MarkupLineInterpolated($"{(role == PatternRole.Check ? "Checks" : "Targets")} at the posterior: {rows.Count(p => p.PassRate >= 0.5)} of {rows.Count} pass in at least half the predictive runs.");
        }
    }

    private int Invalid(string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitCodes.InvalidInput;
    }
}
