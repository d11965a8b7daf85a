using OneCountry.Model.Engine;
using System.Globalization;

namespace OneCountry.Experiments;

/// <summary>A data series to draw against the model: points (year, value), or a band (year, low, high), with its source.</summary>
public sealed record ReferenceSeries(string Label, string Source, double[] Years, double[] Values, double[]? High = null);

/// <summary>
/// The observations the reports draw against the model, from <c>data/</c>: Maddison's USSR GDP per
/// head, the Wheatcroft–Davies harvest band, the censuses, the collectivized shares, workers and
/// employees and the state apparatus. Keyed by the model variable they compare with; each in the
/// variable's own unit and scale as the chart shows it.
/// </summary>
public static class ReferenceData
{
    public static IReadOnlyDictionary<string, ReferenceSeries> For(HistoricalData d)
    {
        var map = new Dictionary<string, ReferenceSeries>();
        string Y(int y) => y.ToString(CultureInfo.InvariantCulture);
        var gdpYears = new List<double>(); var gdp = new List<double>();
        for (int y = 1921; y <= 1940; y++)
            if (TryValue(d, "Former USSR", Y(y), "gdp_per_capita", "MPD2020") is { } v) { gdpYears.Add(y + 0.5); gdp.Add(v); }
        map["gdp_per_capita"] = new("Maddison 2020, USSR", "MPD2020", gdpYears.ToArray(), gdp.ToArray());

        var hy = new List<double>(); var lo = new List<double>(); var hi = new List<double>();
        for (int y = 1928; y <= 1940; y++)
            if (TryValue(d, "USSR", Y(y), "grain_harvest_revised_soviet_estimate") is { } a && TryValue(d, "USSR", Y(y), "grain_harvest_western_low_estimate") is { } b)
            { hy.Add(y + 0.5); lo.Add(Math.Min(a, b)); hi.Add(Math.Max(a, b)); }
        map["grain_harvest"] = new("Wheatcroft-Davies band (western low to revised Soviet)", "WD1994_T54", hy.ToArray(), lo.ToArray(), hi.ToArray());

        var pop = new List<(double, double)>();
        if (TryValue(d, "USSR", "1926", "population_total") is { } p26) pop.Add((1926.95, p26));
        if (TryValue(d, "USSR", "1939", "population_total") is { } p39) pop.Add((1939.0, p39));
        map["population"] = new("Censuses (Dec 1926, Jan 1939), million", "CENSUS1926_SZAO, LEWIN", pop.Select(x => x.Item1).ToArray(), pop.Select(x => x.Item2).ToArray());

        var coll = new List<(double, double)>();
        foreach (var (period, x, source) in new[] { ("1929-10", 1929.79, "WIKI_COLLECT"), ("1930-03-01", 1930.167, "MARTENS"), ("1930-08-01", 1930.583, "MARTENS"), ("1932-mid", 1932.5, "TSYPIN") })
            if (TryValue(d, "USSR", period, "households_collectivized_share", source) is { } v) coll.Add((x, v));
        if (TryValue(d, "USSR", "1937", "individual_peasant_farms_share") is { } ind) coll.Add((1937.5, 100 - ind));
        map["collectivized_share"] = new("Collectivized households", "WIKI_COLLECT, MARTENS, TSYPIN", coll.Select(x => x.Item1).ToArray(), coll.Select(x => x.Item2).ToArray());

        var we = new List<(double, double)>();
        foreach (var y in new[] { 1928, 1932 })
            foreach (var name in new[] { "workers_and_employees", "workers_employees" })
                if (TryValue(d, "USSR", Y(y), name) is { } v) { we.Add((y + 0.5, v)); break; }
        var app = new List<(double, double)>();
        foreach (var y in new[] { 1925, 1928 })
            if (TryValue(d, "USSR", Y(y), "state_apparatus_employees") is { } v) app.Add((y + 0.5, v / 1000));
        if (app.Count > 0) map["state_apparatus"] = new("State apparatus employees", "VOLKOV_ELITE", app.Select(x => x.Item1).ToArray(), app.Select(x => x.Item2).ToArray());
        if (we.Count > 0) map["workers_and_employees"] = new("Workers and employees", "ussr_economy_1913_1941.csv", we.Select(x => x.Item1).ToArray(), we.Select(x => x.Item2).ToArray());
        return map;
    }

    private static double? TryValue(HistoricalData d, string country, string period, string variable, string? source = null)
    {
        try { return d.Value(country, period, variable, source); }
        catch (KeyNotFoundException) { return null; }
    }
}
