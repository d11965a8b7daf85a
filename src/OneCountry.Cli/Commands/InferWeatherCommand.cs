using System.ComponentModel;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Model.Countryside;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary>Infers the recorded weather of a scenario's crop years from the recorded harvests in
/// <c>data/</c> (Experiments/WeatherInference) and writes it as the scenario's recorded-weather CSV.</summary>
public sealed class InferWeatherCommand(IAnsiConsole console) : AsyncCommand<InferWeatherCommand.Settings>
{
    public sealed class Settings() : SimulationSettings(runs: 5, scale: 2000)
    {
        [CommandOption("--scenario <SCENARIO>")]
        [Description("The scenario whose harvests are matched (default: historical). Its own recorded weather is not used.")]
        public string Scenario { get; init; } = "historical";

        [CommandOption("--out <FILE>")]
        [Description("The CSV to write (default: scenarios/historical-weather.csv in the working folder).")]
        public string Out { get; init; } = Path.Combine("scenarios", "historical-weather.csv");

        [CommandOption("--droughts <FILE>")]
        [Description("The drought geography (default: drought_geography_1921_1940.csv in the data folder).")]
        public string? Droughts { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } error) return error;
            if (Out.Trim().Length == 0 || Directory.Exists(Out)) return ValidationResult.Error("--out must name a file");
            if (World == WorldMode.Drawn) return ValidationResult.Error("--world drawn: the recorded weather is inferred in the recorded world (its windows fixed to the record)");
            if (PerRunSeries) return ValidationResult.Error("--per-run-series: infer-weather writes the inferred weather, not per-run tables");
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
        if (DataInput.TryLoad(console, out var folder, out var data) is { } failed) return Task.FromResult(failed);
        var records = WeatherInference.Records(data);
        IReadOnlyList<DroughtYear> droughts;
        try
        {
            droughts = WeatherInference.Droughts(settings.Droughts ?? Path.Combine(folder, "drought_geography_1921_1940.csv"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or KeyNotFoundException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        var plan = RunPlan.Resolve(scenario, new RunOptions(Scale: settings.Scale, Threads: settings.Threads, World: WorldMode.Recorded));
        console.MarkupLineInterpolated($"Inferring the weather of {records.Count} crop years of [bold]{scenario.Name}[/] from the recorded harvests: {settings.Runs} runs a step, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s)");
        var years = WeatherInference.Infer(scenario, records, droughts, settings.Runs, plan, (y, steps) =>
            console.WriteLine(FormattableString.Invariant(
                $"  {y.Year}: target {y.Record.TargetMt:0.0} {y.Record.Unit} ({y.Record.LowMt:0.0}-{y.Record.HighMt:0.0}), reached {y.InferredMt:0.00} {y.Record.Unit} in {steps} steps; factor {(y.Drought is null ? y.Factors[0] : y.Factors[y.Drought.Zones[0]]):0.000}")
                + (y.Drought is null ? "" : $" in {string.Join("+", y.Drought.Zones.Select(z => Zones.All[z].Name))}, 1 elsewhere")));
        try
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(settings.Out));
            if (dir is not null) Directory.CreateDirectory(dir);
            string csv = WeatherInference.ToCsv(years, scenario.Name, settings.Runs, plan, new OneCountry.Model.Parameters(scenario.ToConfig().Parameters));
            OneCountry.Reporting.AtomicFile.Write(settings.Out, s => { using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true); w.Write(csv); });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] cannot write {settings.Out}: {e.Message}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        console.MarkupLineInterpolated($"Wrote {settings.Out}");
        return Task.FromResult(ExitCodes.Success);
    }
}
