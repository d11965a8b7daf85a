using OneCountry.Model.Engine;
using System.ComponentModel;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class ValidateHistoryCommand(IAnsiConsole console) : AsyncCommand<ValidateHistoryCommand.Settings>
{
    public sealed class Settings() : SimulationSettings(runs: 20)
    {
        [CommandOption("--report <DIR>")]
        [Description("Also write report.html with the table and charts of model against data (and the charts as PNG and SVG) into DIR.")]
        public string? Report { get; init; }

        [CommandOption("--scenario <SCENARIO>")]
        [Description("The scenario to validate (default: historical).")]
        public string Scenario { get; init; } = "historical";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario;
        try { scenario = ScenarioCatalog.Load(settings.Scenario); }
        catch (ScenarioException e) { return Task.FromResult(ScenarioErrors.Report(console, e)); }
        if (PerRunOutput.Apply(console, scenario, settings.Inputs) is not { } set) return Task.FromResult(ExitCodes.InvalidInput);
        scenario = set;

        if (DataInput.TryLoad(console, out var folder, out var data) is { } failed) return Task.FromResult(failed);

        var plan = RunPlan.Resolve(scenario, new RunOptions(Scale: settings.Scale, Threads: settings.Threads, World: settings.World));
        console.MarkupLineInterpolated($"Validating [bold]{scenario.Name}[/] against the data in {folder}: {settings.Runs} runs in the {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s)");
        var counterfactuals = HistoryValidation.Patterns(data).Select(p => p.Against?.Scenario).OfType<string>().Distinct().ToList();
        if (scenario.Name == HistoryValidation.HistoricalName)
            console.MarkupLineInterpolated($"  and, for the comparison checks, {string.Join(" and ", counterfactuals)} on the same seeds");
        else
            console.MarkupLineInterpolated($"  the comparison checks ({string.Join(", ", counterfactuals)} against {HistoryValidation.HistoricalName}) are not run for another scenario and fail");
        ValidationReport report;
        PartFolder? parts = null;
        try
        {
            // With --report DIR, the runs go to DIR.partial as they finish, then to DIR/runs.parquet:
            // the validated scenario's (point 0), then each counterfactual's on the same seeds.
            Action<int, int, OneCountry.Model.Country.SimulationResult>? onRun = null;
            if (settings.Report is { } reportDir)
            {
                var ensembles = new List<Scenario> { scenario };
                if (scenario.Name == HistoryValidation.HistoricalName)
                    ensembles.AddRange(counterfactuals.Select(n => InputAssignments.Apply(HistoryValidation.Counterfactual(scenario, n), settings.Inputs)));
                parts = PartFolder.Open(reportDir, [], ensembles.SelectMany(s => s.Windows).Select(w => RunRecords.WindowColumn(w.Name)), settings.Inputs);
                var collector = new PerRunCollector(settings.Runs * ensembles.Count, settings.PerRunSeries, parts.Write);
                var common = PerRunOutput.Columns(settings.Inputs);
                onRun = (e, i, r) => collector.Add(e * settings.Runs + i, e, i, plan.FirstSeed + (ulong)i, ensembles[e].Name, common, r);
            }
            report = HistoryValidation.Run(scenario, data, settings.Runs, plan, (done, total) =>
            {
                // The scenario's runs and those of the counterfactuals the comparison checks name.
                if (done % Math.Max(1, total / 10) == 0 || done == total) console.WriteLine($"  {done}/{total} runs");
            }, settings.Inputs, onRun);
        }
        catch (InputException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --set {e.Message}");
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        catch (ScenarioException e) { return Task.FromResult(ScenarioErrors.Report(console, e)); }

        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 150); // a log file, not a screen
        console.Write(PatternTable("Checks (nothing was set from these figures): ensemble median (5-95%) against the data", report.Checks, withSetFrom: false));
        console.MarkupLineInterpolated($"Checks: {Tally(report.Checks)}.");
        console.Write(PatternTable("Targets (a parameter, lever or input was set from each of these figures): the fit, not a test", report.Targets, withSetFrom: true));
        console.MarkupLineInterpolated($"Targets: {Tally(report.Targets)}. Targets are reported but do not decide the exit code: only the checks test the model.");
        var unsettled = report.Unsettled.ToList();
        if (unsettled.Count > 0)
            console.MarkupLineInterpolated($"{unsettled.Count} verdict(s) unsettled - the median's 95% interval over {report.Runs} runs reaches across the tolerance, so more runs could turn them: {string.Join("; ", unsettled.Select(r => r.Pattern.Name))}.");
        console.MarkupLineInterpolated($"Exit code {ExitCode(report)}: {(report.ChecksPass ? "every check passes" : $"{report.Checks.Count(r => !r.Pass)} check(s) fail")} (0 only if every check passes, whatever the targets).");
        if (settings.Report is { } dir)
        {
            try
            {
                var files = OneCountry.Reporting.Reports.Validation(report, scenario, data, dir).ToList();
                files.AddRange(parts!.Finish(dir).Select(f => Path.Combine(dir, f)));
                parts.Remove();
                console.MarkupLineInterpolated($"Wrote {files.Count} files to {dir}; open {Path.Combine(dir, OneCountry.Reporting.HtmlReport.FileName)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] cannot write the report to {dir}: {e.Message}");
                return Task.FromResult(ExitCodes.RunFailure);
            }
        }
        return Task.FromResult(ExitCode(report));
    }

    /// <summary>0 if every check passes, else 1; targets do not enter it.</summary>
    public static int ExitCode(ValidationReport report) => report.ChecksPass ? ExitCodes.Success : ExitCodes.RunFailure;

    private static string Tally(IReadOnlyList<PatternResult> results) =>
        $"{results.Count(r => r.Pass)} of {results.Count} pass ({results.Count(r => !r.Modelled)} not modelled yet or not run)";

    private static Table PatternTable(string title, IReadOnlyList<PatternResult> results, bool withSetFrom)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumns("pattern", "model", "median 95% CI", "data", "tolerance", "result");
        if (withSetFrom) table.AddColumn("set from it");
        foreach (var r in results)
        {
            string model = r.NotRun is { } why ? $"not run: {why}" : r.Modelled ? $"{Format(r.Median, r.Pattern.Unit)} ({Format(r.Low, r.Pattern.Unit)} – {Format(r.High, r.Pattern.Unit)})" : "not modelled yet";
            string ci = r.Modelled && double.IsFinite(r.MedianLow) ? $"{Format(r.MedianLow, r.Pattern.Unit)} – {Format(r.MedianHigh, r.Pattern.Unit)}" : "-";
            string colour = !r.Pass ? "red" : r.Settled ? "green" : "yellow";
            var cells = new List<string> { Markup.Escape(r.Pattern.Name), Markup.Escape(model), Markup.Escape(ci), Markup.Escape(r.Pattern.Data), Markup.Escape(r.Pattern.Tolerance), $"[{colour}]{r.Verdict}[/]" };
            if (withSetFrom) cells.Add(Markup.Escape(r.Pattern.SetFrom));
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    private static string Format(double v, string unit) => unit switch
    {
        "share" => v.ToString("P1", CultureInfo.InvariantCulture),
        "change" => v.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture),
        "$" => v.ToString("0", CultureInfo.InvariantCulture),
        "ratio" or "index" or "margin" => v.ToString("0.000", CultureInfo.InvariantCulture),
        _ => v.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
