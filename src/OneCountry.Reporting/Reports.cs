using OneCountry.Model.Engine;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Reporting;

/// <summary>The three reports: a comparison, a run or ensemble of one scenario, and the validation against history.</summary>
public static class Reports
{
    private static string D(double v) => HtmlReport.F(v);

    private static IReadOnlyList<(string, string)> Facts(IReadOnlyList<Scenario> scenarios, int runs, double scale, ulong firstSeed, WorldMode world) =>
    [
        ("world", world == WorldMode.Recorded
            ? "recorded: the record's harvest weather and the windows' recorded outcomes, kept unless a scenario's own policy changes them"
            : "drawn: weather and windows drawn on each seed (the spread of possible worlds)"),
        ("scenarios", string.Join(", ", scenarios.Select(s => s.Name))),
        ("runs", $"{runs} per scenario, seeds {firstSeed} to {firstSeed + (ulong)runs - 1}" + (scenarios.Count > 1 ? " (the same for every scenario: common random numbers)" : "")),
        ("scale", $"one simulated peasant household per {scale.ToString("0", CultureInfo.InvariantCulture)} real ones"),
        ("span", $"{scenarios[0].Start} to {scenarios[0].End}"),
        ("model version", RunManifest.ModelVersion),
        ("scenario hashes", string.Join("; ", scenarios.Select(s => $"{s.Name} {s.Sha256[..12]}"))),
    ];

    private static ReportSection ScenarioSection(IReadOnlyList<Scenario> scenarios) => new("The scenarios",
        HtmlReport.Table(["scenario", "extends", "description", "file"], scenarios.Select(s => (IReadOnlyList<string>)[s.Name, s.Extends ?? "", s.Description, Path.GetFileName(s.SourcePath)]))
        + string.Concat(scenarios.Where(s => s.Documentation.Length > 0).Select(s =>
            $"<details><summary>{HtmlReport.E($"{s.Name}: what it assumes, the position it encodes, its sources")}</summary><pre>{HtmlReport.E(s.Documentation)}</pre></details>")), []);

    public static IReadOnlyList<string> Comparison(ComparisonReport report, HistoricalData? data, string folder)
    {
        var scenarios = report.Scenarios.Select((s, i) => (s.Name, report.Results[i])).ToList();
        var refs = data is null ? null : ReferenceData.For(data);
        string baseline = report.Scenarios[0].Name;
        var keyRows = Experiments.Comparison.Measures.Select(m =>
        {
            var row = new List<string> { $"{m.Name} ({m.Unit})" };
            foreach (var s in report.Scenarios)
            {
                var v = report.Values.First(x => x.Measure == m.Name && x.Scenario == s.Name);
                row.Add($"{D(v.Median)} ({D(v.Low)}-{D(v.High)})" + (s.Name == baseline ? "" : $"; diff {D(v.DifferenceMedian)} ({D(v.DifferenceLow)} to {D(v.DifferenceHigh)})"));
            }
            return (IReadOnlyList<string>)row;
        });
        var odds = report.Windows.Select(w => (w.Scenario, w.Odds)).ToList();
        var divergence = HtmlReport.Table(["scenario", "first levers that differ", "first event that differs (baseline | scenario)", "in how many paired runs", "windows ending differently (paired runs)"],
            report.Divergences.Select(d => (IReadOnlyList<string>)[d.Scenario, d.FirstLeverMonth is { } fm ? $"{fm}: {string.Join("; ", d.Levers)}" : "none",
                $"{Describe(d.FirstEventA)} | {Describe(d.FirstEventB)}", $"{d.SameInRuns} of {d.Runs} (shown: seed {report.FirstSeed + (ulong)d.Run})", string.Join("; ", d.WindowsThatDiffer)]));
        // One history per scenario where one must stand for the ensemble: the baseline's median run,
        // and the same seed for every scenario (so that the timelines stay paired).
        int median = EnsembleSeries.MedianRun(report.Results[0]);
        var shown = scenarios.Select(s => (s.Name, s.Item2[median])).ToList();
        var timeline = Charts.Timeline("timeline", shown.Select(s => (s.Name, (IReadOnlyList<LoggedEvent>)s.Item2.Events.Entries)).ToList());
        var sections = new List<ReportSection>
        {
            ScenarioSection(report.Scenarios),
            new("Key outcomes", HtmlReport.Paragraph($"Median (5-95%) over {report.Runs} runs; for each scenario after the first, the difference from {baseline} run by run on the same seed (median and 5-95% of the paired differences). A difference of exactly zero means the scenarios did not part on that measure.")
                + HtmlReport.Table(["measure", .. report.Scenarios.Select(s => s.Name)], keyRows), []),
            new("The verdict", HtmlReport.Paragraph("Means over the last 12 months of each run: technique, equality, classes, security. A vector, not a score.") + ReportContent.VerdictTable(scenarios), []),
            new("The series, scenarios overlaid", HtmlReport.Paragraph("Lines: medians; shaded: 5-95% bands across runs; black and grey: the historical data where the data folder has them."), ReportContent.SeriesCharts(scenarios, refs)),
            new($"Differences from {baseline}, paired by seed", HtmlReport.Paragraph($"Each scenario minus {baseline}, run by run on the same seed (common random numbers), each year: the median and 5-95% band of the paired differences, so that what a scenario changes is not lost in the spread of the bands above. Zero: no difference.")
                , ReportContent.DifferenceCharts(scenarios)),
            new("Revolutionary windows", ReportContent.WindowTable(odds), [Charts.WindowOutcomes("windows", odds, report.Runs)]),
            ReportContent.SplitSection(scenarios, refs),
            new("Where the runs part, and why", HtmlReport.Paragraph("The first lever and the first logged event on which each scenario differs from the baseline: the first differing event that most pairs of runs on the same seed share, with how many share it, and the windows that end differently, counted over all the paired runs. Later differences follow from these: the event timeline below shows the chain.") + divergence, []),
            new("What accounts for the differences", HtmlReport.Paragraph("Inputs: each lever, window setting, parameter or event list on which a scenario differs, applied alone to the baseline on the same seeds (one at a time; the rest of the whole difference is their interaction). Windows: the part of the mean difference that comes from runs in which that window ended otherwise. Each cell: the cause's part / the scenario's whole mean difference.")
                + HtmlReport.Table(["scenario", "kind", "cause", "detail", .. Experiments.Comparison.Headline.Select(m => m.Name)],
                    report.Contributions.OrderBy(c => c.Scenario).ThenByDescending(c => Math.Abs(c.Effects[0]))
                        .Select(c => (IReadOnlyList<string>)[c.Scenario, c.Kind, c.Cause, c.Detail, .. c.Effects.Select((e, i) => $"{D(e)} / {D(c.Total[i])}")])), []),
            new("Event timeline", HtmlReport.Paragraph($"One history per scenario: seed {report.FirstSeed + (ulong)median}, the median run of {baseline} (the run nearest the middle of the ensemble on the headline measures), the same seed for every scenario. The windows' frequencies over all runs are in the table above.")
                + ReportContent.OpeningTable(shown), [timeline]),
        };
        return HtmlReport.Write(folder, $"OneCountry comparison: {string.Join(" vs ", report.Scenarios.Select(s => s.Name))}", Facts(report.Scenarios, report.Runs, report.Scale, report.FirstSeed, report.World), sections);
    }

    public static IReadOnlyList<string> Ensemble(Scenario scenario, IReadOnlyList<SimulationResult> runs, double scale, ulong firstSeed, HistoricalData? data, string folder, WorldMode world = WorldMode.Recorded)
    {
        var scenarios = new List<(string, IReadOnlyList<SimulationResult>)> { (scenario.Name, runs) };
        var refs = data is null ? null : ReferenceData.For(data);
        var odds = new List<(string, IReadOnlyList<WindowOdds>)> { (scenario.Name, EnsembleSeries.Windows(runs)) };
        int medianRun = EnsembleSeries.MedianRun(runs);
        var sections = new List<ReportSection>
        {
            ScenarioSection([scenario]),
            new("The verdict", ReportContent.VerdictTable(scenarios), []),
            new("The series", HtmlReport.Paragraph(runs.Count > 1 ? "Line: median; shaded: 5-95% band across runs; black and grey: the historical data." : "One run; black and grey: the historical data."),
                ReportContent.SeriesCharts(scenarios, refs)),
            new("Revolutionary windows", ReportContent.WindowTable(odds), [Charts.WindowOutcomes("windows", odds, runs.Count)]),
            new("Event timeline", (runs.Count > 1 ? HtmlReport.Paragraph($"One history: seed {firstSeed + (ulong)medianRun}, the median run (the run nearest the middle of the ensemble on the headline measures); the windows' frequencies over all runs are in the table above.") : "")
                + ReportContent.OpeningTable([(scenario.Name, runs[medianRun])]), [Charts.Timeline("timeline", [(scenario.Name, runs[medianRun].Events.Entries)])]),
        };
        return HtmlReport.Write(folder, $"OneCountry: {scenario.Name}" + (runs.Count > 1 ? $", {runs.Count} runs" : ""), Facts([scenario], runs.Count, scale, firstSeed, world), sections);
    }

    public static IReadOnlyList<string> Validation(ValidationReport report, Scenario scenario, HistoricalData data, string folder)
    {
        var runs = report.Simulations;
        static IReadOnlyList<string> Row(PatternResult r) => [r.Pattern.Name, Model(r),
            r.Modelled && double.IsFinite(r.MedianLow) ? $"{D(r.MedianLow)}-{D(r.MedianHigh)}" : "-",
            r.Pattern.Data, r.Pattern.Tolerance, r.Pattern.Source, r.Verdict];
        static IReadOnlyList<string> TargetRow(PatternResult r) => [.. Row(r), r.Pattern.SetFrom];
        string[] headers = ["pattern", "model", "median 95% CI", "data", "tolerance", "source", "result"];
        var checks = report.Checks;
        var targets = report.Targets;
        var scenarios = new List<(string, IReadOnlyList<SimulationResult>)> { (scenario.Name, runs) };
        var patterns = report.Results.Select(r => r.Pattern).ToList();
        var references = ReferenceData.For(patterns);
        string model = $"OneCountry, {(runs.Count > 1 ? $"median and 5-95% band of {runs.Count} runs" : "one run")}";
        var charts = ReferenceData.Charts.Where(c => references.ContainsKey(c.Variable))
            .Select(c => Charts.Fan(c.Variable.Replace('_', '-'), c.Title, c.YLabel,
                [new ChartSeries(scenario.Name, c.Monthly ? EnsembleSeries.Monthly(runs, c.Variable, c.Scale) : EnsembleSeries.Yearly(runs, c.Variable, c.Scale))],
                references[c.Variable], $"{model}, variable {c.Variable} {(c.Monthly ? "by month" : "by calendar year (flows and means at mid-year, stocks at December)")}; data: the validated figures of the patterns drawn on it"))
            .ToList();
        // The shape checks have no figures to draw: the model's series alone.
        foreach (var (variable, title, unit) in new[] { ("consumption_per_head", "Consumption per head (shape checks: trough 1932-33, recovery 1934-37)", "1913 rubles a month"), ("real_wage", "Real wage (shape checks: trough 1932-33, recovery 1934-37)", "1913 rubles a month") })
            charts.Add(Charts.Fan(variable.Replace('_', '-'), title, unit, [new ChartSeries(scenario.Name, EnsembleSeries.Yearly(runs, variable))], null, $"{model}, variable {variable} by calendar year; the sources give a shape, not a series (see the checks)"));
        var comparisons = new List<Chart>();
        foreach (var (name, other) in report.Compared)
        {
            // The measure each comparison check reads: consumption per head (CGGT, right), GDP (Allen, nep-industrialization).
            var (variable, what) = name == "right" ? ("consumption_per_head", "consumption per head") : ("gdp_index", "GDP (national output)");
            comparisons.Add(Charts.Fan($"compare-{name}-{variable.Replace('_', '-')}", $"{scenario.Name} and {name}: {what}", Variables.All[Variables.IndexOf(variable)].Unit,
                [new ChartSeries(scenario.Name, EnsembleSeries.Yearly(runs, variable)), new ChartSeries(name, EnsembleSeries.Yearly(other, variable))], null,
                $"{model} of each scenario on the same seeds (common random numbers), variable {variable} by calendar year"));
        }
        string Tally(IReadOnlyList<PatternResult> rs) => $"{rs.Count(r => r.Pass)} of {rs.Count} pass";
        var sections = new List<ReportSection>
        {
            new("Checks", HtmlReport.Paragraph($"{Tally(checks)} ({checks.Count(r => !r.Modelled)} not modelled or not run). Nothing was set from these figures: they test the model. "
                    + $"The validation passes only if every check passes ({(report.ChecksPass ? "it does" : "it does not")}); validate-history's exit code says the same. "
                    + $"Model: median (5-95%) of {report.Runs} runs. Median 95% CI: a distribution-free confidence interval of the median (order statistics); a verdict marked unsettled changes somewhere inside it, so more runs could turn it.")
                + HtmlReport.Table(headers, checks.Select(Row)), []),
            new("Targets", HtmlReport.Paragraph($"{Tally(targets)}. A parameter, lever or input was set from each of these figures (named in the last column), so they show the fit, not a test; failing ones are reported and do not decide the verdict. "
                    + "The rule: a figure's role is decided before anything is tuned on it, and nothing is tuned on a check (docs/model.md, section 1).")
                + HtmlReport.Table([.. headers, "what was set from it"], targets.Select(TargetRow)), []),
            new("Model against data", HtmlReport.Paragraph("Line: the model's median; shaded: its 5-95% band; black diamonds and the grey band: every figure the patterns validate (targets and checks; data/SOURCES.md)."), charts),
        };
        if (comparisons.Count > 0)
            sections.Add(new("Scenario comparisons", HtmlReport.Paragraph("The published counterfactual results are checked as comparisons of two scenarios run on the same seeds: each run of the counterfactual against the run of the same seed (see the checks)."), comparisons));
        sections.Add(new("Revolutionary windows under the historical lines", HtmlReport.Paragraph($"How the windows ended over the {runs.Count} runs.")
            + ReportContent.WindowTable([(scenario.Name, EnsembleSeries.Windows(runs))]), []));
        string csv = Path.Combine(folder, "validation.csv");
        WriteValidationCsv(report, csv);
        return [csv, .. HtmlReport.Write(folder, $"OneCountry: {scenario.Name} against the historical data", Facts([scenario], report.Runs, report.Scale, scenario.Seed, report.World), sections)];
    }

    private static string Model(PatternResult r) => r.NotRun is { } why ? $"not run: {why}" : r.Modelled ? $"{D(r.Median)} ({D(r.Low)}-{D(r.High)})" : "not modelled yet";

    /// <summary>The validation table as CSV, one row a pattern: its role and what was set from it
    /// (targets), the ensemble's median, its 5-95% band and the 95% confidence interval of the
    /// median, the data, the tolerance, the source, whether the pattern passes and whether that
    /// verdict is settled (see <see cref="PatternResult.Settled"/>).</summary>
    public static void WriteValidationCsv(ValidationReport report, string path) =>
        CsvWriter.Write(path, "pattern,role,set_from,unit,median,low_5,high_95,median_ci_low,median_ci_high,data,tolerance,source,pass,settled,runs", w =>
        {
            static string Q(string s) => CsvWriter.Field(s);
            static string N(double v) => CsvWriter.Number(v);
            foreach (var r in report.Results)
                w.Row(Q(r.Pattern.Name), r.Pattern.RoleName, Q(r.Pattern.SetFrom), Q(r.Pattern.Unit), N(r.Median), N(r.Low), N(r.High), N(r.MedianLow), N(r.MedianHigh),
                    Q(r.Pattern.Data), Q(r.Pattern.Tolerance), Q(r.Pattern.Source), r.Pass ? "true" : "false", r.Settled ? "true" : "false",
                    CsvWriter.Number(report.Runs));
        });

    /// <summary>The sensitivity sweep: what was run, then per outcome the parameters that move it
    /// most, as a table and a tornado chart.</summary>
    public static IReadOnlyList<string> Sensitivity(SensitivityReport report, int top, string folder)
    {
        var sections = new List<ReportSection>
        {
            new("Method", HtmlReport.Paragraph($"One at a time: each of {report.Parameters.Count} parameter(s) is set to the low and to the high end of its registry range while the others keep the scenario's values; every setting runs the same {report.Runs} seeds as the baseline (common random numbers), so the difference high - low on each seed measures the parameter, not luck. "
                + "The effect is the median of those paired differences, with their 5-95% band. One-at-a-time effects rank the assumptions; they do not capture interactions. Every parameter and outcome is in sensitivity.csv."), []),
            ScenarioSection([report.Scenario]),
        };
        int chart = 0;
        foreach (var measure in report.Measures)
        {
            var ranked = report.Ranked(measure.Name).Take(top).ToList();
            if (ranked.Count == 0 || ranked.All(e => double.IsNaN(e.EffectMedian) || e.EffectMedian == 0)) continue;
            var rows = ranked.Select(e => (IReadOnlyList<string>)[e.Parameter, e.Group, $"{D(e.Low)} - {D(e.High)}", D(e.LowMedian), D(e.HighMedian), $"{D(e.EffectMedian)} ({D(e.EffectLow)} to {D(e.EffectHigh)})"]);
            sections.Add(new ReportSection($"{measure.Name} ({measure.Unit})",
                HtmlReport.Paragraph($"Baseline median {D(ranked[0].BaseMedian)}.") + HtmlReport.Table(["parameter", "group", "range", "at the low end", "at the high end", "effect high - low (5-95%)"], rows),
                [Charts.Tornado($"tornado-{++chart:00}", measure.Name, measure.Unit, ranked, report.Runs)]));
        }
        var facts = new List<(string, string)>
        {
            ("scenario", report.Scenario.Name),
            ("runs", $"{report.Runs} per setting, seeds {report.FirstSeed} to {report.FirstSeed + (ulong)report.Runs - 1} (the same for every setting)"),
            ("settings", $"{1 + 2 * report.Parameters.Count}: the baseline and each parameter at both ends of its range"),
            ("scale", $"one simulated peasant household per {report.Scale.ToString("0", CultureInfo.InvariantCulture)} real ones"),
            ("model version", RunManifest.ModelVersion),
            ("scenario hash", report.Scenario.Sha256[..12]),
        };
        return HtmlReport.Write(folder, $"OneCountry sensitivity: {report.Scenario.Name}", facts, sections);
    }

    /// <summary>The Morris screening: the design, then per outcome the parameters by μ*, as a table
    /// and the (μ*, σ) plane.</summary>
    public static IReadOnlyList<string> Morris(MorrisReport report, int top, string folder)
    {
        var sections = new List<ReportSection>
        {
            new("Method", HtmlReport.Paragraph($"Morris's elementary effects: {report.Trajectories} trajectories through the ranges of {report.Parameters.Count} parameter(s) on a {report.Levels}-level grid, each moving one parameter at a time, in a random order from a random start; "
                + "every point of a trajectory runs the trajectory's seed. mu* (the mean absolute effect) ranks how much a parameter matters, mu its direction, sigma how far its effect depends on the other parameters or is nonlinear. Effects are in the outcome's unit per the parameter's whole range. Every parameter and outcome is in morris.csv."), []),
            ScenarioSection([report.Scenario]),
        };
        int chart = 0;
        foreach (var measure in report.Measures)
        {
            var ranked = report.Ranked(measure.Name).ToList();
            if (ranked.Count == 0 || ranked.All(e => double.IsNaN(e.MuStar) || e.MuStar == 0)) continue;
            var rows = ranked.Take(top).Select(e => (IReadOnlyList<string>)[e.Parameter, e.Group, $"{D(e.MuStar)} ({D(e.MuStarLow)} to {D(e.MuStarHigh)})", D(e.Mu), $"{D(e.Sigma)} ({D(e.SigmaLow)} to {D(e.SigmaHigh)})"]);
            sections.Add(new ReportSection($"{measure.Name} ({measure.Unit})",
                HtmlReport.Table([report.Groups is null ? "parameter" : "group of parameters", "group", "mu* (95%)", "mu", "sigma (95%)"], rows),
                [Charts.Morris($"morris-{++chart:00}", measure.Name, measure.Unit, ranked, Math.Min(top, 8), report.Trajectories)]));
        }
        var facts = new List<(string, string)>
        {
            ("scenario", report.Scenario.Name),
            ("trajectories", $"{report.Trajectories}, seeds {report.FirstSeed} to {report.FirstSeed + (ulong)report.Trajectories - 1}; {report.Trajectories * (report.Parameters.Count + 1)} runs"),
            ("scale", $"one simulated peasant household per {report.Scale.ToString("0", CultureInfo.InvariantCulture)} real ones"),
            ("model version", RunManifest.ModelVersion),
            ("scenario hash", report.Scenario.Sha256[..12]),
        };
        return HtmlReport.Write(folder, $"OneCountry sensitivity (Morris): {report.Scenario.Name}", facts, sections);
    }

    /// <summary>The Sobol analysis: the design, then per outcome the parameters by total index,
    /// with their first-order indices, intervals and the convergence at N/4, N/2 and N.</summary>
    public static IReadOnlyList<string> Sobol(SobolReport report, int top, string folder)
    {
        int k = report.Parameters.Count;
        var sections = new List<ReportSection>
        {
            new("Method", HtmlReport.Paragraph($"Sobol indices on a Saltelli design: {report.BaseRows} base rows of a Sobol sequence of dimension {2 * k} as matrices A and B, and A with each of the {k} columns taken from B ({report.Rows} design rows), each parameter uniform over its registry range; every row runs the same {report.Replicates} seed(s) and its output is their mean. "
                + $"S1 (first order, Saltelli et al. 2010) is the share of the output's variance a parameter explains alone, ST (total order, Jansen 1999) the share it takes part in with its interactions; ST − S1 is its interactions. The intervals are 95% percentile intervals of {report.Resamples} bootstrap resamples of the base rows. "
                + "The convergence columns give ST at a quarter and a half of the base rows: an index still moving between them needs more rows. Every parameter and outcome is in sobol.csv and sobol_convergence.csv."), []),
            ScenarioSection([report.Scenario]),
        };
        for (int m = 0; m < report.Measures.Count; m++)
        {
            var measure = report.Measures[m];
            var ranked = report.Ranked(m).Take(top).ToList();
            if (ranked.Count == 0 || ranked.All(e => double.IsNaN(e.ST))) continue;
            var rows = ranked.Select(e =>
            {
                var at = report.Convergence[m].Select(c => D(c.Indices[e.Parameter].ST)).ToList();
                return (IReadOnlyList<string>)[report.Parameters[e.Parameter].Name, report.Parameters[e.Parameter].Group,
                    $"{D(e.S1)} ({D(e.S1Low)} to {D(e.S1High)})", $"{D(e.ST)} ({D(e.STLow)} to {D(e.STHigh)})", string.Join(" / ", at)];
            });
            string ns = string.Join(" / ", report.Convergence[m].Select(c => c.N.ToString(CultureInfo.InvariantCulture)));
            sections.Add(new ReportSection($"{measure.Name} ({measure.Unit})",
                HtmlReport.Table(["parameter", "group", "S1 (95%)", "ST (95%)", $"ST at N = {ns}"], rows), []));
        }
        var facts = new List<(string, string)>
        {
            ("scenario", report.Scenario.Name),
            ("design", $"{report.BaseRows} base rows x ({k} + 2) = {report.Rows} rows, {report.Replicates} seed(s) each, seeds {report.FirstSeed} to {report.FirstSeed + (ulong)report.Replicates - 1}; {report.Rows * report.Replicates} runs"),
            ("scale", $"one simulated peasant household per {report.Scale.ToString("0", CultureInfo.InvariantCulture)} real ones"),
            ("model version", RunManifest.ModelVersion),
            ("scenario hash", report.Scenario.Sha256[..12]),
        };
        return HtmlReport.Write(folder, $"OneCountry sensitivity (Sobol): {report.Scenario.Name}", facts, sections);
    }

    private static string Describe(LoggedEvent? e) => e is null ? "(none)" : $"{e.Month} {e.Kind}: {e.Description}";
}
