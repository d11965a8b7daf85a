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
