using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using OneCountry.Experiments;
using OneCountry.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class AlphaConverter() : NumberOptionConverter("--alpha", "a peeling share between 0 and 0.5", s => Real(s) is double v && v > 0 && v < 0.5 ? v : null);
public sealed class MinMassConverter() : NumberOptionConverter("--min-mass", "a share of the runs between 0 and 1", s => Real(s) is double v && v > 0 && v < 1 ? v : null);
public sealed class MinDensityConverter() : NumberOptionConverter("--min-density", "a density from 0 to 1", s => Real(s) is double v && v >= 0 && v <= 1 ? v : null);
public sealed class StepConverter() : NumberOptionConverter("--step", "a whole step number of the peeling trajectory", s => Whole<int>(s) is int v && v >= 0 ? v : null);

/// <summary><c>onecountry discover RUNS</c>: scenario discovery by PRIM over a runs table — in which
/// region of the varied inputs do the runs answer a question. A command of its own, not an option
/// of experiment: it runs no model, reads the runs table of any multi-run command (experiment,
/// sensitivity, compare, run --runs), and can ask many questions of one experiment.</summary>
public sealed class DiscoverCommand(IAnsiConsole console) : AsyncCommand<DiscoverCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RUNS>")]
        [Description("A runs table (runs.parquet of experiment, sensitivity, compare or run --runs), or the folder holding it.")]
        public string Runs { get; init; } = "";

        [CommandOption("--where <QUESTION>")]
        [Description("The runs of interest, as conditions on the table's columns: COLUMN OP VALUE with < <= > >= == !=, joined by and, or, not and parentheses; e.g. \"verdict_technique >= 0.8 and verdict_gini_consumption < 0.3\" or \"gdp_per_head_1940 > 3000\".")]
        public string? Where { get; init; }

        [CommandOption("--inputs <A,B>")]
        [Description("The inputs the box may restrict (default: every numeric input column that varies).")]
        public string? Inputs { get; init; }

        [CommandOption("--alpha <A>")]
        [TypeConverter(typeof(AlphaConverter))]
        [Description("The share of the box's runs each peeling step removes (default 0.05).")]
        public double Alpha { get; init; } = 0.05;

        [CommandOption("--min-mass <M>")]
        [TypeConverter(typeof(MinMassConverter))]
        [Description("Peeling stops when the box would hold less than this share of the runs (default 0.05).")]
        public double MinMass { get; init; } = 0.05;

        [CommandOption("--min-density <D>")]
        [TypeConverter(typeof(MinDensityConverter))]
        [Description("The chosen box: the step of highest coverage whose density reaches D (default 0.8; else the densest step).")]
        public double MinDensity { get; init; } = 0.8;

        [CommandOption("--step <N>")]
        [TypeConverter(typeof(StepConverter))]
        [Description("Choose step N of the peeling trajectory instead (after reading prim_trajectory.csv).")]
        public int? Step { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output folder (default: out/discover).")]
        public string? Out { get; init; }

        [CommandOption("--no-report")]
        [Description("Do not write report.html and its chart.")]
        public bool NoReport { get; init; }

        public override ValidationResult Validate()
        {
            if (Where is null || Where.Trim().Length == 0) return ValidationResult.Error("--where is missing: give the question, e.g. --where \"verdict_technique >= 0.8\"");
            if (Out is not null && Out.Trim().Length == 0) return ValidationResult.Error("--out must name a folder, not ''");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string path = Directory.Exists(settings.Runs) ? Path.Combine(settings.Runs, RunTables.RunsFile) : settings.Runs;
        if (!File.Exists(path)) return Task.FromResult(Invalid($"{settings.Runs}: no such runs table"));
        RunsTable table;
        try { table = RunsTable.Load(path); }
        catch (DesignException e) { return Task.FromResult(Invalid(e.Message)); }
        if (table.Rows == 0) return Task.FromResult(Invalid($"{path}: the runs table has no rows"));

        RunsQuery query;
        try { query = RunsQuery.Parse(settings.Where!, table); }
        catch (QueryException e) { return Task.FromResult(Invalid($"--where: {e.Message}")); }

        IReadOnlyList<RunsColumn> inputs;
        if (settings.Inputs is { } named)
        {
            var list = new List<RunsColumn>();
            foreach (var name in named.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var c = table.Column(name);
                if (c is null) return Task.FromResult(Invalid($"--inputs: unknown column '{name}'; the runs table has: {string.Join(", ", table.Columns.Select(x => x.Name))}"));
                if (c.IsText) return Task.FromResult(Invalid($"--inputs: {name} is a text column; a box restricts numbers (and switches as 0/1)"));
                list.Add(c);
            }
            if (list.Count == 0) return Task.FromResult(Invalid("--inputs names no column"));
            inputs = list;
        }
        else
        {
            inputs = table.VariedInputs();
            if (inputs.Count == 0) return Task.FromResult(Invalid($"{path}: no numeric input column varies across the runs; name the columns with --inputs"));
        }

        // Runs with an input left empty (the scenario's value) cannot be placed in a box: left out, and said so.
        var rows = Enumerable.Range(0, table.Rows).Where(i => inputs.All(c => c.Numbers[i] is { } v && double.IsFinite(v))).ToList();
        if (rows.Count == 0) return Task.FromResult(Invalid($"{path}: no run has a value for every input ({string.Join(", ", inputs.Select(c => c.Name))})"));
        var x = rows.Select(i => inputs.Select(c => c.Numbers[i]!.Value).ToArray()).ToList();
        var y = rows.Select(query.Matches).ToList();
        int cases = y.Count(v => v);
        if (cases == 0) return Task.FromResult(Invalid($"--where: no run of the {rows.Count} answers \"{settings.Where}\"; nothing to find"));

        PrimResult prim;
        try { prim = Prim.Run(inputs.Select(c => c.Name).ToList(), x, y, settings.Alpha, settings.MinMass, settings.MinDensity, settings.Step); }
        catch (ArgumentOutOfRangeException e) when (settings.Step is not null) { return Task.FromResult(Invalid($"--step: {e.Message.Split(" (Parameter")[0]}")); }

        var report = new DiscoveryReport(path, settings.Where!, prim, settings.Alpha, settings.MinMass, settings.MinDensity);
        Summary(report, table.Rows - rows.Count);

        string shown = settings.Out ?? Path.Combine("out", "discover");
        using var output = StagedOutput.Open(console, shown);
        if (output is null) return Task.FromResult(ExitCodes.InvalidInput);
        try
        {
            var files = PrimWriter.Write(report, output.Folder, !settings.NoReport).ToList();
            files.Add(ManifestStamp.FileName);
            AtomicFile.Write(Path.Combine(output.Folder, ManifestStamp.FileName), stream => JsonSerializer.Serialize(stream, new
            {
                Model = "OneCountry",
                Version = RunManifest.ModelVersion,
                Kind = "scenario discovery (PRIM)",
                Runs = new { File = Path.GetFileName(path), Sha256 = Invocation.Hash(path), table.Rows, Used = rows.Count },
                Question = settings.Where,
                Cases = cases,
                Inputs = inputs.Select(c => c.Name).ToList(),
                settings.Alpha, settings.MinMass, settings.MinDensity,
                Chosen = prim.Chosen,
                Method = "PRIM (Friedman and Fisher 1999): peeling by alpha of the box's runs on one side of one input, the move leaving the highest density; the chosen step pasted while that raises the density",
                Files = files,
            }, TableWriters.ManifestJson));
            output.Record = new ManifestRecord(Invocation.From(context.Arguments), [], []);
            output.Commit();
            console.MarkupLineInterpolated($"Wrote {files.Count} files to {shown}: {string.Join(", ", files.Where(f => !f.StartsWith("charts", StringComparison.Ordinal)))}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]run failed:[/] cannot write to {shown}: {e.Message}");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        return Task.FromResult(ExitCodes.Success);
    }

    private void Summary(DiscoveryReport report, int leftOut)
    {
        var p = report.Prim;
        static string P(double v) => v.ToString("P1", CultureInfo.InvariantCulture);
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 120);
        console.MarkupLineInterpolated($"{p.Cases} of {p.Points} runs ({P((double)p.Cases / p.Points)}) answer \"{report.Question}\"{(leftOut > 0 ? $"; {leftOut} run(s) without a value for every input left out" : "")}; {p.Trajectory.Count - 1} peeling steps over {string.Join(", ", p.Inputs)}");
        console.MarkupLineInterpolated($"Chosen: step {p.Chosen} (coverage {P(p.Trajectory[p.Chosen].Coverage)}, density {P(p.Trajectory[p.Chosen].Density)}), pasted: coverage {P(p.Pasted.Coverage)}, density {P(p.Pasted.Density)}, mass {P(p.Pasted.Mass)}");
        var table = new Table().Border(TableBorder.Simple).Title("The box: the inputs it restricts");
        table.AddColumns("input", "box", "data's range", "density without it", "coverage without it");
        foreach (var r in p.Restrictions)
            table.AddRow(Markup.Escape(p.Inputs[r.Input]), $"{HtmlReport.F(r.Low)} - {HtmlReport.F(r.High)}", $"{HtmlReport.F(p.Range.Low[r.Input])} - {HtmlReport.F(p.Range.High[r.Input])}", P(r.DensityWithout), P(r.CoverageWithout));
        if (p.Restrictions.Count == 0) console.MarkupLine("The box restricts no input.");
        else console.Write(table);
    }

    private int Invalid(string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitCodes.InvalidInput;
    }
}
