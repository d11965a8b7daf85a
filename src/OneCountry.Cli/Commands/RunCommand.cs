using OneCountry.Model.Engine;
using System.ComponentModel;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Reporting;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class RunCommand(IAnsiConsole console) : AsyncCommand<RunCommand.Settings>
{
    public sealed class Settings() : ExperimentSettings(runs: 1)
    {
        [CommandArgument(0, "<SCENARIO>")]
        [Description("A scenario file, or the name of a shipped scenario (see 'onecountry scenarios').")]
        public string Scenario { get; init; } = "";

        [CommandOption("--no-balance-check")]
        [Description("Skip the monthly stock-flow checks (they cost little; on by default).")]
        public bool NoBalanceCheck { get; init; }

        protected override bool NamesRejectedScale => true;

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } error) return error;
            if (PerRunSeries && Runs == 1) return ValidationResult.Error("--per-run-series is for an ensemble (--runs N, N > 1); one run writes its yearly series as yearly.parquet");
            return ValidationResult.Success();
        }

        public override RunOptions Options => base.Options with { CheckBalances = !NoBalanceCheck };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario;
        try { scenario = ScenarioCatalog.Load(settings.Scenario); }
        catch (ScenarioException e) { return ScenarioErrors.Report(console, e); }
        if (PerRunOutput.Apply(console, scenario, settings.Inputs) is not { } set) return ExitCodes.InvalidInput;
        scenario = set;

        var plan = RunPlan.Resolve(scenario, settings.Options);
        if (ExperimentSettings.SeedRangeError(plan.FirstSeed, settings.Runs) is { } range)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {range}");
            return ExitCodes.InvalidInput;
        }
        string? outDir = settings.Out ?? ExperimentSettings.DefaultOut(scenario.Name);
        if (outDir is null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] the scenario's name '{scenario.Name}' cannot be the output folder out/<name>; give --out");
            return ExitCodes.InvalidInput;
        }
        using var output = StagedOutput.Open(console, outDir);
        if (output is null) return ExitCodes.InvalidInput;
        if (settings.Runs > 1) return RunEnsemble(context, settings, scenario, plan, outDir, output);
        console.MarkupLineInterpolated($"Running [bold]{scenario.Name}[/] ({scenario.Start} to {scenario.End}), seed {plan.FirstSeed}, {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s)");

        RunOutput run;
        try
        {
            run = console.Profile.Capabilities.Interactive
                ? await RunWithBar(scenario, plan)
                : RunWithLines(scenario, plan);
        }
        catch (BalanceViolationException e)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] {e.Message}");
            return ExitCodes.RunFailure;
        }
        catch (OutOfMemoryException)
        {
            console.MarkupLine("[red]run failed:[/] out of memory; use a larger --scale");
            return ExitCodes.RunFailure;
        }
        catch (ArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }

        IReadOnlyList<string> files;
        try
        {
            string staging = output.Folder;
            files = await RunWriter.WriteAsync(run, staging);
            if (!settings.NoReport)
            {
                var data = HistoricalData.FindFolder() is { } folder ? HistoricalData.Load(folder) : null;
                files = [.. files, .. Reports.Ensemble(scenario, [run.Result], plan.Scale, plan.FirstSeed, data, staging, plan.World).Select(f => Path.Combine(outDir, f))];
            }
            output.Record = PerRunOutput.Record(context, settings, [plan.FirstSeed], []);
            output.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {outDir}: {e.Message}");
            return ExitCodes.RunFailure;
        }

        Summary(run, plan.Threads);
        console.MarkupLineInterpolated($"Wrote {files.Count} files to [bold]{outDir}[/]: {string.Join(", ", files.Select(Path.GetFileName))}");
        return ExitCodes.Success;
    }

    /// <summary>An ensemble: N seeds in parallel (bit-identical to running them one by one),
    /// the medians and 5-95% bands of every yearly series, the windows' outcome frequencies with
    /// Wilson intervals, a manifest and the report.</summary>
    private int RunEnsemble(CommandContext context, Settings settings, Scenario scenario, RunPlan plan, string outDir, StagedOutput output)
    {
        int count = settings.Runs;
        bool noReport = settings.NoReport;
        ulong first = plan.FirstSeed;
        console.MarkupLineInterpolated($"Running [bold]{scenario.Name}[/] ({scenario.Start} to {scenario.End}): {count} runs, seeds {first} to {first + (ulong)count - 1}, {WorldModes.Name(plan.World)} world, scale {plan.Scale.ToString(CultureInfo.InvariantCulture)}, {plan.Threads} thread(s)");
        int step = Math.Max(1, count / 10);
        IReadOnlyList<SimulationResult> runs;
        var parts = output.OpenParts([], scenario.Windows.Select(w => RunRecords.WindowColumn(w.Name)), settings.Inputs);
        var perRun = new PerRunCollector(count, settings.PerRunSeries, parts.Write);
        var common = PerRunOutput.Columns(settings.Inputs);
        try
        {
            runs = Ensemble.Run(scenario, count, plan, (done, total) =>
            {
                if (done % step == 0 || done == total) console.WriteLine($"  {done}/{total} runs");
            }, (i, r) => perRun.Add(i, 0, i, first + (ulong)i, scenario.Name, common, r));
        }
        catch (AggregateException e) when (e.InnerException is BalanceViolationException b)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] {b.Message}");
            return ExitCodes.RunFailure;
        }
        var odds = EnsembleSeries.Windows(runs);
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 140);
        var table = new Table().Border(TableBorder.Simple).Title($"The economy: median (5-95%) of {runs.Count} runs");
        var years = new[] { 1928, 1932, 1937, 1940 }.Where(y => Month.Of(y, 12) <= scenario.End && Month.Of(y, 1) >= scenario.Start).ToArray();
        table.AddColumn("");
        foreach (var y in years) table.AddColumn(y.ToString(CultureInfo.InvariantCulture));
        foreach (var (variable, title, _, scaleBy) in ReportContent.KeySeries)
        {
            var band = EnsembleSeries.Yearly(runs, variable, scaleBy);
            table.AddRow([Markup.Escape(title), .. years.Select(y => { int i = Array.IndexOf(band.Years, y); return i < 0 ? "-" : $"{HtmlReport.F(band.Median[i])} ({HtmlReport.F(band.Low[i])}-{HtmlReport.F(band.High[i])})"; })]);
        }
        console.Write(table);
        var windows = new Table().Border(TableBorder.Simple).Title("Revolutionary windows: share of runs (Wilson 95% interval)");
        windows.AddColumns("window", "victory", "defeat", "fascist victory", "overtaken");
        foreach (var w in odds.Select(o => o.Window).Distinct())
            windows.AddRow([w, .. new[] { "victory", "defeat", "fascist_victory", "overtaken" }.Select(o => { var x = odds.First(a => a.Window == w && a.Outcome == o); return $"{HtmlReport.F(x.Share)} ({HtmlReport.F(x.Low)}-{HtmlReport.F(x.High)})"; })]);
        console.Write(windows);
        try
        {
            var files = EnsembleWriter.Write(scenario, runs, plan.Scale, first, odds, output.Folder, plan.World);
            var added = parts.Finish(output.Folder);
            files = [.. files, .. added.Select(f => Path.Combine(outDir, f))];
            output.Record = PerRunOutput.Record(context, settings, PerRunOutput.Seeds(first, count), added);
            if (!noReport)
            {
                var data = HistoricalData.FindFolder() is { } folder ? HistoricalData.Load(folder) : null;
                files = [.. files, .. Reports.Ensemble(scenario, runs, plan.Scale, first, data, output.Folder, plan.World).Select(f => Path.Combine(outDir, f))];
            }
            output.Commit();
            console.MarkupLineInterpolated($"Wrote {files.Count} files to [bold]{outDir}[/]");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {outDir}: {e.Message}");
            return ExitCodes.RunFailure;
        }
        return ExitCodes.Success;
    }

    private async Task<RunOutput> RunWithBar(Scenario scenario, RunPlan plan)
    {
        RunOutput? result = null;
        await console.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("simulating", maxValue: scenario.End - scenario.Start + 1);
            result = await Task.Run(() => RunExecutor.Run(scenario, plan, (done, _) => task.Value = done));
        });
        return result!;
    }

    private RunOutput RunWithLines(Scenario scenario, RunPlan plan)
    {
        int lastYear = -1;
        return RunExecutor.Run(scenario, plan, (done, total) =>
        {
            var month = scenario.Start.Plus(done - 1);
            if (month.CalendarMonth == 12 || done == total)
            {
                if (month.Year == lastYear) return;
                lastYear = month.Year;
                console.WriteLine($"  simulated to {month} ({done}/{total} months)");
            }
        });
    }

    private void Summary(RunOutput run, int threads)
    {
        var crop = run.Tables.CropYears;
        var table = new Table().Border(TableBorder.Simple).Title("Crop years (July-June): grain in million tonnes, area in million ha, deaths in thousands");
        table.AddColumns("crop year", "harvest", "marketed", "procured", "sown", "famine", "kulak %", "poor %");
        foreach (var period in crop.Select(r => r.Period).Distinct())
        {
            double V(string v) => crop.First(r => r.Period == period && r.Variable == v).Value;
            var july = Month.Of(int.Parse(period[..4], CultureInfo.InvariantCulture) + 1, 6);
            double shareKulak = run.Result.Get(july, "share_kulak"), sharePoor = run.Result.Get(july, "share_poor");
            table.AddRow(period, F(V("grain_harvest") / 1e6), F(V("grain_marketed") / 1e6), F(V("grain_procurement") / 1e6),
                F(V("sown_area_harvested") / 1e6), F(V("famine_deaths") / 1e3, 0), F(100 * shareKulak), F(100 * sharePoor));
        }
        console.Write(table);

        // The economy in the years the debate and the data turn on (calendar-year values).
        var years = new[] { 1928, 1932, 1937, 1940 }.Where(y => run.Tables.Yearly.Any(r => r.Period == y.ToString(CultureInfo.InvariantCulture))).ToArray();
        if (years.Length > 0)
        {
            var economy = new Table().Border(TableBorder.Simple).Title("The economy, calendar years (money at 1913 prices)");
            economy.AddColumn("");
            foreach (var y in years) economy.AddColumn(y.ToString(CultureInfo.InvariantCulture), c => c.RightAligned());
            foreach (var (label, variable, scale, digits) in new (string, string, double, int)[]
            {
                ("GDP per head (2011 int. $)", "gdp_per_capita", 1, 0),
                ("industrial output (1913 = 1)", "industrial_output_index", 1, 2),
                ("  producer goods (1913 = 1)", "producer_goods_output", 1, 2),
                ("collectivized share (%)", "collectivized_share", 100, 1),
                ("tractors (thousand)", "tractors", 1e-3, 0),
                ("workers and employees (million)", "workers_and_employees", 1e-6, 1),
                ("state apparatus (million)", "state_apparatus", 1e-6, 2),
                ("unemployed (million)", "unemployed", 1e-6, 2),
                ("real wage (rubles/month)", "real_wage", 1, 2),
                ("collective farmers' consumption (rubles/head)", "consumption_collective_farmers", 1, 2),
                ("Gini of consumption", "gini_consumption", 1, 2),
                ("shortage index", "shortage_index", 1, 2),
                ("gold and currency reserves (million rubles)", "gold_currency_reserves", 1e-6, 0),
            })
                economy.AddRow([label, .. years.Select(y => F(scale * run.Tables.Find(run.Tables.Yearly, y.ToString(CultureInfo.InvariantCulture), variable), digits))]);
            console.Write(economy);
        }

        var facts = new Table().Border(TableBorder.Simple).HideHeaders();
        facts.AddColumns("", "");
        foreach (var (label, month) in new[] { ("price ratio industry/agriculture, Oct 1923", Month.Of(1923, 10)), ("price ratio industry/agriculture, Apr 1924", Month.Of(1924, 4)) })
            if (month >= run.Config.Start && month <= run.Config.End)
                facts.AddRow(label, F(run.Result.Get(month, "price_ratio_industry_agriculture")));
        var last = run.Config.End;
        facts.AddRow($"households, {last}", $"{F(run.Result.Get(last, "households") / 1e6)} million");
        facts.AddRow($"rural / urban population, {last}", $"{F(run.Result.Get(last, "rural_population") / 1e6)} / {F(run.Result.Get(last, "urban_population") / 1e6)} million");
        facts.AddRow("simulated households", run.Result.SimulatedHouseholds.ToString("N0", CultureInfo.InvariantCulture));
        facts.AddRow("simulation time", $"{run.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s on {threads} thread(s)");
        facts.AddRow("peak memory", $"{(Environment.WorkingSet / 1e6).ToString("F0", CultureInfo.InvariantCulture)} MB now, {(System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6).ToString("F0", CultureInfo.InvariantCulture)} MB peak");
        console.Write(facts);

        // The revolutionary windows: the probabilities at their opening and what was drawn.
        if (run.Result.Windows.Count > 0)
        {
            var windows = new Table().Border(TableBorder.Simple).Title("Revolutionary windows (probabilities over the window at its opening)");
            windows.AddColumns("window", "line in force", "P(victory)", "P(defeat)", "P(fascist)", "outcome");
            foreach (var (w, i) in run.Result.Windows.Select((w, i) => (w, i)))
            {
                var opened = run.Result.Events.Entries.FirstOrDefault(e => e.Subject == w.Name && e.Kind == "window_opens");
                var outcome = run.Result.Outcomes[i];
                string line = opened is null ? "-" : OneCountry.Model.World.Comintern.LineNames[(int)run.Result.Get(opened.Month, "comintern_line")].Replace('_', ' ');
                string Pr(double? x) => x is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
                double? pv = opened?.Probability, pf = opened?.Value;
                windows.AddRow(Markup.Escape(w.Name), line, Pr(pv), Pr(pv is null ? null : 1 - pv - pf), Pr(pf),
                    OneCountry.Model.World.Comintern.Name(outcome).Replace('_', ' '));
            }
            console.Write(windows);
        }

        var verdict = new Table().Border(TableBorder.Simple).Title($"The verdict, mean of the last 12 months to {run.Config.End}");
        verdict.AddColumns("dimension", "measure", "value", "reading");
        foreach (var v in Verdict.From(run.Result))
            verdict.AddRow(v.Dimension, v.Name.Replace('_', ' '), v.Value.ToString("F3", CultureInfo.InvariantCulture), Markup.Escape(v.Reading));
        console.Write(verdict);
    }

    private static string F(double v, int digits = 1) => v.ToString("F" + digits, CultureInfo.InvariantCulture);
}
