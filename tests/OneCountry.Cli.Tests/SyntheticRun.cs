using OneCountry.Model.Country;
using OneCountry.Model.Engine;

namespace OneCountry.Cli.Tests;

/// <summary>A synthetic run: every variable of every month from a function of (variable, month),
/// March 1921 to June 1941 as the historical scenario runs.</summary>
internal static class SyntheticRun
{
    public static SimulationResult Of(Func<string, Month, double> value)
    {
        var start = Month.Of(1921, 3);
        int months = Month.Of(1941, 6) - start + 1;
        var series = new double[months * Variables.Count];
        for (int t = 0; t < months; t++)
            for (int v = 0; v < Variables.Count; v++)
                series[t * Variables.Count + v] = value(Variables.All[v].Name, start.Plus(t));
        return new SimulationResult(start, series, months, new EventLog(), 1000, 0);
    }

    /// <summary>A run whose variables are all 1 except those given, each by calendar year.</summary>
    public static SimulationResult ByYear(params (string Variable, Func<int, double> OfYear)[] given) =>
        Of((v, m) => given.FirstOrDefault(g => g.Variable == v) is { OfYear: { } f } ? f(m.Year) : 1);
}
