using System.Text.RegularExpressions;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;

namespace OneCountry.Experiments;

/// <summary>
/// The codebook of the output tables, and their <c>unit</c> column. The model declares a unit with
/// each output (<see cref="VariableSpec.Unit"/>); some declarations hold a range ("0-1", "-1 to 1")
/// or say the value is a flag ("0/1") or a code ("code") rather than a unit. The tables carry the
/// unit alone.
/// </summary>
public static class Codebook
{
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
}
