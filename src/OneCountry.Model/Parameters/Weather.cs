using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Weather and farm technique: the parameters of group "weather", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("weather", "weather_sd", "Scale of year-to-year yield variation (multiplies each zone's spread)", "ratio", 0.5, 0.2, 1.6,
        "Assumption: national harvests 1925-1929 varied by a few percent (WD1994_T54, GSE_GRAIN)")]
    public double WeatherSd { get; init; }

    [Parameter("weather", "weather_correlation", "Correlation of yield shocks between zones", "correlation", 0.45, 0.0, 0.9,
        "Assumption")]
    public double WeatherCorrelation { get; init; }

    [Parameter("weather", "agri_technique_growth", "Growth of agricultural technique per year", "1/yr", 0.004, 0.0, 0.015,
        "Assumption: wheat yields near flat 1926-1940 (LEVINS_LEWONTIN_LBO)")]
    public double AgriTechniqueGrowth { get; init; }
}
