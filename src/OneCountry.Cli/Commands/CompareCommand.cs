using OneCountry.Model.Engine;
using System.ComponentModel;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Reporting;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary><c>onecountry compare A B [C…]</c>: the scenarios on common random numbers, side by side.</summary>
public sealed class CompareCommand(IAnsiConsole console) : AsyncCommand<CompareCommand.Settings>
{
    public sealed class Settings() : ExperimentSettings(runs: 20, scale: DefaultScale)
    {
        [CommandArgument(0, "<SCENARIOS>")]
        [Description("Two or more scenarios: shipped names (historical, german-october, …) or paths to YAML files. The first is the baseline.")]
        public string[] Scenarios { get; init; } = [];

        /// <summary>Comparisons run many seeds; a coarser default scale keeps 4 scenarios x 100 runs near a minute on 2 cores.</summary>
        public const double DefaultScale = 5000;

        public override ValidationResult Validate()
        {
            if (Scenarios.Length < 2) return ValidationResult.Error("compare needs at least two scenarios, for example: compare historical german-october");
            return base.Validate();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenarios = new List<Scenario>();
        foreach (var name in settings.Scenarios)
        {
            try { scenarios.Add(ScenarioCatalog.Load(name)); }
            catch (ScenarioException e) { return Task.FromResult(ScenarioErrors.Report(console, e)); }
            if (PerRunOutput.Apply(console, scenarios[^1], settings.Inputs) is not { } set) return Task.FromResult(ExitCodes.InvalidInput);
            scenarios[^1] = set;
        }
        var plan = RunPlan.Resolve(scenarios[0], settings.Options);
        if (ExperimentSettings.SeedRangeError(plan.FirstSeed, settings.Runs) is { } range)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {range}");
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        string folder = settings.Out ?? Path.Combine("out", "compare");
        using var output = StagedOutput.Open(console, folder);
        if (output is null) return Task.FromResult(ExitCodes.InvalidInput);
        console.MarkupLineInterpolated($"Comparing {string.Join(", ", scenarios.Select(s => s.Name))}: {settings.Runs} runs each on the same seeds, in the {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s)");
        int total = settings.Runs * scenarios.Count, step = Math.Max(1, total / 10);
        var parts = output.OpenParts([], scenarios.SelectMany(s => s.Windows).Select(w => RunRecords.WindowColumn(w.Name)), settings.Inputs);
        var perRun = new PerRunCollector(total, settings.PerRunSeries, parts.Write);
        var common = PerRunOutput.Columns(settings.Inputs);
        var report = Comparison.Run(scenarios, settings.Runs, plan, (done, all) =>
        {
            if (done % step == 0 || done == all) console.WriteLine($"  {done}/{all} runs");
        }, (s, i, r) => perRun.Add(s * settings.Runs + i, s, i, plan.FirstSeed + (ulong)i, scenarios[s].Name, common, r));

        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 160);
        string baseline = scenarios[0].Name;
        var table = new Table().Border(TableBorder.Simple).Title($"Key outcomes: median (5-95%) over {settings.Runs} seeds; difference from {baseline}, paired by seed");
        table.AddColumn("measure");
        foreach (var s in scenarios) table.AddColumn(Markup.Escape(s.Name));
        foreach (var m in Comparison.Measures)
        {
            var cells = new List<string> { Markup.Escape($"{m.Name} ({m.Unit})") };
            foreach (var s in scenarios)
            {
                var v = report.Values.First(x => x.Measure == m.Name && x.Scenario == s.Name);
                string cell = $"{F(v.Median)} ({F(v.Low)}-{F(v.High)})";
                if (s.Name != baseline) cell += $"\n[grey]diff {Signed(v.DifferenceMedian)} ({Signed(v.DifferenceLow)} to {Signed(v.DifferenceHigh)})[/]";
                cells.Add(cell);
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);

        var windows = new Table().Border(TableBorder.Simple).Title("Revolutionary windows: share of runs ending in victory / defeat / fascist victory (overtaken)");
        windows.AddColumn("window");
        foreach (var s in scenarios) windows.AddColumn(Markup.Escape(s.Name));
        foreach (var name in report.Windows.SelectMany(w => w.Odds).Select(o => o.Window).Distinct())
        {
            var cells = new List<string> { Markup.Escape(name) };
            foreach (var w in report.Windows)
            {
                double overtaken = w.Share(name, "overtaken");
                cells.Add($"{w.Share(name, "victory"):0.00} / {w.Share(name, "defeat"):0.00} / {w.Share(name, "fascist_victory"):0.00}" + (overtaken > 0 ? $" ({overtaken:0.00})" : ""));
            }
            windows.AddRow(cells.ToArray());
        }
        console.Write(windows);

        foreach (var d in report.Divergences)
        {
            console.MarkupLineInterpolated($"[bold]Where {d.Scenario} parts from {baseline}[/] (the first differing event of {d.SameInRuns} of {d.Runs} paired runs, shown for seed {report.FirstSeed + (ulong)d.Run}):");
            console.MarkupLineInterpolated($"  first levers that differ: {(d.FirstLeverMonth is { } fm ? $"{fm}: {string.Join("; ", d.Levers)}" : "none")}");
            if (d.FirstEventA is not null || d.FirstEventB is not null)
            {
                console.MarkupLine("  first event that differs:");
                console.MarkupLineInterpolated($"    {baseline}: {Describe(d.FirstEventA)}");
                console.MarkupLineInterpolated($"    {d.Scenario}: {Describe(d.FirstEventB)}");
            }
            else console.WriteLine("  the event logs are identical");
            if (d.WindowsThatDiffer.Count > 0) console.MarkupLineInterpolated($"  windows ending differently over the paired runs: {string.Join("; ", d.WindowsThatDiffer)}");
        }

        if (report.Contributions.Count > 0)
        {
            var attribution = new Table().Border(TableBorder.Simple).Title($"What accounts for the differences from {baseline}: each cause's part of the mean paired difference (the whole difference after the slash)");
            attribution.AddColumns(["scenario", "cause", .. Comparison.Headline.Select(m => Markup.Escape(m.Name))]);
            foreach (var c in report.Contributions.OrderBy(c => c.Scenario).ThenByDescending(c => Math.Abs(c.Effects[0])))
                attribution.AddRow([Markup.Escape(c.Scenario), Markup.Escape($"{c.Kind} {c.Cause}: {c.Detail}"), .. c.Effects.Select((e, i) => $"{Signed(e)} / {Signed(c.Total[i])}")]);
            console.Write(attribution);
        }

        try
        {
            var files = ComparisonWriter.Write(report, output.Folder).ToList();
            var added = parts.Finish(output.Folder);
            files.AddRange(added.Select(f => Path.Combine(folder, f)));
            output.Record = PerRunOutput.Record(context, settings, PerRunOutput.Seeds(report.FirstSeed, report.Runs), added);
            if (!settings.NoReport)
            {
                var data = HistoricalData.FindFolder() is { } dataFolder ? HistoricalData.Load(dataFolder) : null;
                files.AddRange(Reports.Comparison(report, data, output.Folder).Select(f => Path.Combine(folder, f)));
            }
            output.Commit();
            console.MarkupLineInterpolated($"Wrote {files.Count} files to {folder}; open {Path.Combine(folder, HtmlReport.FileName)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] cannot write to {folder}: {e.Message}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        return Task.FromResult(ExitCodes.Success);
    }

    private static string Describe(LoggedEvent? e) => e is null ? "(none)" : $"{e.Month} {e.Kind}: {e.Description}";
    private static string F(double v) => Math.Abs(v) >= 100 ? v.ToString("0", CultureInfo.InvariantCulture) : Math.Abs(v) >= 1 ? v.ToString("0.00", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Signed(double v) => (v >= 0 ? "+" : "") + F(v);
}
