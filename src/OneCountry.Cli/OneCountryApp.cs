using OneCountry.Model.Engine;
using OneCountry.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli;

/// <summary>Exit codes of the command line.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int RunFailure = 1;
    public const int InvalidInput = 2;
}

/// <summary>The <c>onecountry</c> command line. Commands are thin: parse, call the experiment and
/// reporting layers, print. The console is injected so that tests can read what a user sees.</summary>
public static class OneCountryApp
{
    public static Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("onecountry");
            c.SetApplicationVersion(OneCountry.Experiments.RunManifest.ModelVersion);
            c.UseStrictParsing();
            if (console is not null) c.ConfigureConsole(console);
            c.AddCommand<RunCommand>("run")
                .WithDescription("Run a scenario and write its monthly, yearly and crop-year series, event log and manifest.")
                .WithExample("run", "scenarios/historical.yaml")
                .WithExample("run", "historical", "--seed", "7", "--scale", "100", "--out", "out/h7");
            c.AddCommand<CompareCommand>("compare")
                .WithDescription("Run two or more scenarios on the same seeds (common random numbers) and show them side by side, with where they part.")
                .WithExample("compare", "historical", "german-october", "--runs", "20");
            c.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a scenario file and report every problem with file, line and field.")
                .WithExample("validate", "scenarios/historical.yaml");
            c.AddCommand<ValidateHistoryCommand>("validate-history")
                .WithDescription("Run the historical scenario as an ensemble and check it against the data: targets (figures something was set from) and checks (figures nothing was set from) apart; exit 0 only if every check passes.")
                .WithExample("validate-history", "--runs", "20");
            c.AddCommand<SensitivityCommand>("sensitivity")
                .WithDescription("Set each parameter to the low and the high end of its range on the same seeds and rank the parameters by how far they move the outcomes.")
                .WithExample("sensitivity", "historical", "--group", "demography", "--runs", "10");
            c.AddCommand<ExperimentCommand>("experiment")
                .WithDescription("Run every point of a design - a CSV or Parquet table of rows (parameters, lever@YYYY-MM, seed, replicates) or a YAML experiment (factors; sampler grid, latin_hypercube or sobol) - on common random numbers, and write a row per run to runs.parquet.")
                .WithExample("experiment", "design.csv", "--replicates", "5")
                .WithExample("experiment", "lhs.yaml", "--per-run-series");
            c.AddCommand<DiscoverCommand>("discover")
                .WithDescription("Scenario discovery by PRIM over a runs table: the box of the varied inputs in which the runs answer a question (--where), with its coverage, density and the peeling trajectory.")
                .WithExample("discover", "out/experiment/runs.parquet", "--where", "verdict_technique >= 0.45");
            c.AddCommand<CalibrateCommand>("calibrate")
                .WithDescription("Calibrate parameters by ABC-SMC against the validation patterns tagged target (priors from their registry ranges), then evaluate the checks at the posterior.")
                .WithExample("calibrate", "calibration.yaml", "--population", "60", "--generations", "3");
            c.AddCommand<MergeCommand>("merge")
                .WithDescription("Join the output folders of all the shards of one experiment (run with --shard i/n, in a Slurm job array or a Kubernetes Indexed Job) into exactly the files one machine writes.")
                .WithExample("merge", "out/experiment", "out/shard-1", "out/shard-2");
            c.AddCommand<ReplayCommand>("replay")
                .WithDescription("Run the command a manifest.json records again, with its inputs checked unchanged, and compare the files with the manifest's folder byte for byte.")
                .WithExample("replay", "out/compare/manifest.json");
            c.AddCommand<InferWeatherCommand>("infer-weather")
                .WithDescription("Infer the recorded weather of every crop year from the recorded harvests in data/ and write it as the scenario's recorded-weather CSV.")
                .WithExample("infer-weather", "--out", "scenarios/historical-weather.csv");
            c.AddCommand<ParamsCommand>("params")
                .WithDescription("List the parameter registry: meaning, unit, default, range and source.");
            c.AddCommand<ScenariosCommand>("scenarios")
                .WithDescription("List the shipped scenarios.");
            c.AddCommand<ServeCommand>("serve").WithDescription("Start the classroom web app: build a history in the browser, run it against history and see why it turned out otherwise.").WithExample("serve", "--port", "5021");
            c.AddCommand<DocsCommand>("docs")
                .WithDescription("Print a table of docs/model.md generated from the model: schedule, levers or outputs.")
                .WithExample("docs", "schedule");
            c.SetExceptionHandler((ex, _) =>
            {
                var target = console ?? AnsiConsole.Console;
                // A number option's own converter says which option and what it wants.
                var bad = ex;
                while (bad is not null and not OptionValueException) bad = bad.InnerException;
                if (bad is not null)
                {
                    target.MarkupLineInterpolated($"[red]error:[/] {bad.Message}");
                    return ExitCodes.InvalidInput;
                }
                target.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return ex is CommandParseException or CommandRuntimeException ? ExitCodes.InvalidInput : ExitCodes.RunFailure;
            });
        });
        return app.RunAsync(args);
    }
}
