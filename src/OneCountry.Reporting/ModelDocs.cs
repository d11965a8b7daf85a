using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;

namespace OneCountry.Reporting;

/// <summary>
/// The tables of docs/model.md that are generated from the model's own declarations: the month's
/// schedule (§3), the levers (§6) and the outputs (§8). `onecountry docs TABLE` prints them and
/// a test checks that docs/model.md holds each as it is, so the description cannot drift from
/// the code.
/// </summary>
public static class ModelDocs
{
    public static IReadOnlyList<string> Tables { get; } = ["schedule", "levers", "outputs"];

    public static string Table(string name) => name switch
    {
        "schedule" => Schedule(),
        "levers" => Levers(),
        "outputs" => Outputs(),
        _ => throw new ArgumentException($"unknown table '{name}'; tables: {string.Join(", ", Tables)}"),
    };

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>The month as the driver runs it: every process of <see cref="MonthlySchedule"/> in order.</summary>
    public static string Schedule()
    {
        var lines = new List<string> { "| # | process | runs | what it does |", "|---|---|---|---|" };
        int n = 0;
        foreach (var p in MonthlySchedule.Processes)
        {
            string when = p.CalendarMonth == Process<CountryState, MonthLedger>.Every ? "every month" : MonthNames[p.CalendarMonth - 1];
            lines.Add($"| {++n} | `{p.Name}` | {when} | {p.Summary} |");
        }
        return string.Join("\n", lines);
    }

    public static string Levers()
    {
        var lines = new List<string> { "| lever | meaning | unit | default | range |", "|---|---|---|---|---|" };
        foreach (var l in LeverRegistry.All)
            lines.Add($"| `{l.Name}` | {l.Meaning} | {l.Unit} | {N(l.Default)} | {N(l.Min)} – {N(l.Max)} |");
        return string.Join("\n", lines);
    }

    public static string Outputs()
    {
        var lines = new List<string> { "| variable | unit | meaning | yearly value | by crop year |", "|---|---|---|---|---|" };
        foreach (var v in Variables.All)
        {
            string yearly = v.Yearly switch { Aggregation.Sum => "sum of months", Aggregation.Mean => "mean of months", _ => "value in the last month" };
            lines.Add($"| `{v.Name}` | {v.Unit} | {v.Meaning} | {yearly} | {(v.ByCropYear ? "yes" : "")} |");
        }
        return string.Join("\n", lines);
    }

    private static string N(double v) => v.ToString("G10", CultureInfo.InvariantCulture);
}
