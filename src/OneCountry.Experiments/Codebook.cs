using System.Text.RegularExpressions;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;

namespace OneCountry.Experiments;

/// <summary>One variable of an output folder's tables as its codebook (variables.csv) describes it.</summary>
/// <param name="Name">As in the tables' variable or measure column.</param>
/// <param name="Unit">The unit of measure alone, as the tables' unit column has it (empty for a flag or a code, which have none).</param>
/// <param name="Values">What the values can be when the unit does not say it: a range ("0 to 1"), a
/// flag ("0 or 1") or a coding; empty otherwise.</param>
/// <param name="Meaning">What it is.</param>
/// <param name="Aggregation">For a series, how a year (and a crop year) is made from its months:
/// the sum, the mean or the last month; for a measure, which months of each run it is taken from.</param>
/// <param name="ByCropYear">Whether the series is also reported by crop year (July to June).</param>
/// <param name="PerCountry">Whether it is given for each capitalist country (the tables' country
/// column names it); otherwise it is the USSR's.</param>
public sealed record CodebookEntry(string Name, string Unit, string Values, string Meaning, string Aggregation, bool ByCropYear, bool PerCountry);

/// <summary>
/// The codebook of the output tables, and their <c>unit</c> column. The model declares a unit with
/// each output (<see cref="VariableSpec.Unit"/>); some declarations hold a range ("0-1", "-1 to 1")
/// or say the value is a flag ("0/1") or a code ("code") rather than a unit. The tables carry the
/// unit alone; the codebook, written as <c>variables.csv</c> beside the tables of every output
/// folder, carries the rest in its <c>values</c> column.
/// </summary>
public static class Codebook
{
    public const string FileName = "variables.csv";
    public const string Header = "name,unit,values,meaning,aggregation,by_crop_year,per_country";

    private static readonly Regex Range = new(@"^\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(?:-|to)\s*(-?[0-9]+(?:\.[0-9]+)?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>A declared unit split into the unit of measure and what else it says about the values.</summary>
    public static (string Unit, string Values) Split(string declared) => declared switch
    {
        "0/1" => ("", "0 or 1 (no, yes)"),
        "code" => ("", "a code; the meaning lists the codes"),
        _ when Range.Match(declared) is { Success: true } m => ("index", $"{m.Groups[1].Value} to {m.Groups[2].Value}"),
        _ => (declared, ""),
    };

    /// <summary>The unit of a monthly value.</summary>
    public static string Unit(VariableSpec spec) => Split(spec.Unit).Unit;

    /// <summary>The unit of a year's or crop year's value: the monthly unit, except for a flag summed
    /// over the months, which counts months.</summary>
    public static string AggregatedUnit(VariableSpec spec) => spec.Unit == "0/1" && spec.Yearly == Aggregation.Sum ? "months" : Unit(spec);

    private static string HowAggregated(VariableSpec spec) => spec.Yearly switch
    {
        Aggregation.Sum when spec.Unit == "0/1" => "sum of the months: a year's value is the number of months it held (unit months)",
        Aggregation.Sum => "sum of the months",
        Aggregation.Mean => "mean of the months",
        _ => "the last month's value",
    };

    private static CodebookEntry Entry(VariableSpec spec, bool perCountry)
    {
        var (unit, values) = Split(spec.Unit);
        return new CodebookEntry(spec.Name, unit, values, spec.Meaning, HowAggregated(spec), spec.ByCropYear, perCountry);
    }

    /// <summary>Every series of monthly, yearly, crop_years and ensemble_yearly, in their order: the USSR's, then each country's.</summary>
    public static IReadOnlyList<CodebookEntry> Series { get; } =
        [.. Variables.All.Select(v => Entry(v, false)), .. Model.World.WorldSystem.CountryVariables.Select(v => Entry(v, true))];

    /// <summary>The measures of compare.csv, sensitivity.csv or morris.csv.</summary>
    public static IReadOnlyList<CodebookEntry> Measures(IEnumerable<ComparedMeasure> measures) =>
        measures.Select(m => new CodebookEntry(m.Name, m.Unit, "", m.Meaning, m.Aggregation, false, false)).ToList();
}

/// <summary>The codebook of the runs table (runs.parquet): one entry per column.</summary>
public static class RunsCodebook
{
    public static IReadOnlyList<CodebookEntry> Of(IEnumerable<string> inputs, IEnumerable<string> windows)
    {
        var list = new List<CodebookEntry>
        {
            new("run_id", "", "0, 1, ...", "the run's place in the command's order of runs; series.parquet names the run by it", "", false, false),
            new("point", "", "0, 1, ...", "the design point (or scenario, or setting) the run belongs to", "", false, false),
            new("replicate", "", "0, 1, ...", "which of the point's seeds the run ran; replicate r of every point runs the same seed", "", false, false),
            new("seed", "", "0 to 2^64 - 1", "the run's random seed", "", false, false),
            new("scenario", "", "", "the scenario the run is of (its inputs changed as the other columns say)", "", false, false),
        };
        foreach (var key in inputs)
        {
            var t = Scenarios.InputTarget.Parse(key, out _);
            if (t is null) continue;
            string meaning = t.Window is { } w ? $"the outcome imposed on the window {w} (draw: none, the world decides)"
                : t.Parameter?.Meaning ?? $"{t.Lever!.Meaning}, from {t.From} on";
            string values = t.ValueKind switch
            {
                "switch" => "true or false",
                "category" => string.Join(", ", t.Categories!),
                _ => $"{t.Min.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} to {t.Max.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}",
            };
            list.Add(new CodebookEntry(key, t.ValueKind == "number" ? (t.Parameter?.Unit ?? t.Lever?.Unit ?? "") : "", values,
                meaning + " (an input; empty where the run keeps the scenario's value)", "", false, false));
        }
        foreach (var w in windows)
            list.Add(new CodebookEntry(w, "", "victory, defeat, fascist_victory, overtaken or open", "how the revolutionary window ended in the run (open: not resolved by the run's end)", "", false, false));
        for (int m = 0; m < RunRecords.Outcomes.Count; m++)
        {
            var o = RunRecords.Outcomes[m];
            list.Add(new CodebookEntry(RunRecords.OutcomeColumns[m], o.Unit, "", $"{o.Name}: {o.Meaning}", o.Aggregation, false, false));
        }
        foreach (var v in RunRecords.VerdictNames)
            list.Add(new CodebookEntry("verdict_" + v, "", "", $"the verdict's {v.Replace('_', ' ')} (verdict.json of a run)", "mean of the last 12 months of the run", false, false));
        return list;
    }
}
