using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>
/// National output as an index of 1913 (a Laspeyres quantity index with 1913 weights), and GDP per
/// head in 2011 international dollars anchored on Maddison's 1913 level (MPD2020), so that model
/// and data compare directly.
/// GDP = w_a · agriculture + w_i · industry + w_s · services, each relative to 1913, where
/// agriculture = 0.6 · grain harvest / 1913 harvest + 0.4 · livestock index (the value of the
/// year's meat and milk at 1913 relative prices against 1913's), industry is the
/// industrial output index and services follow the urban population (trade, transport and
/// administration serve the towns). GDP per head = GDP_1913-per-head × GDP index / (population /
/// 1913 population of the same territory).
/// </summary>
public static class NationalAccounts
{
    public static double AgricultureIndex(double latestHarvest, double harvest1913, double livestockIndex) =>
        0.6 * latestHarvest / harvest1913 + 0.4 * livestockIndex;

    /// <summary>The year's meat and milk (t) valued at their prices relative to grain, against the
    /// 1913 output valued the same way.</summary>
    public static double LivestockIndex(double meat, double milk, double meat1913, double milk1913, double meatPrice, double milkPrice) =>
        (meat * meatPrice + milk * milkPrice) / (meat1913 * meatPrice + milk1913 * milkPrice);

    public static double GdpIndex(double agriculture, double industry, double services, double agricultureWeight, double industryWeight)
    {
        double servicesWeight = 1 - agricultureWeight - industryWeight;
        return agricultureWeight * agriculture + industryWeight * industry + servicesWeight * services;
    }

    public static double GdpPerCapita(double gdpIndex, double population, double population1913, double gdpPerCapita1913) =>
        gdpPerCapita1913 * gdpIndex / (population / population1913);
}
