using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Initial conditions (March 1921): the parameters of group "initial", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("initial", "households_1921", "Peasant households in March 1921", "households", 21.0e6, 19.5e6, 23.0e6,
        "Between 19.5 million families in 1917 (MARTENS_AOB, citing Davies 1980) and 23 million in 1924 (HOSKING)")]
    public double Households1921 { get; init; }

    [Parameter("initial", "persons_per_household_1921", "Mean members of a peasant household in 1921", "persons", 5.4, 5.0, 6.1,
        "Between 6.1 (1917) and 5.3 (1927) persons per family (MARTENS_AOB)")]
    public double PersonsPerHousehold1921 { get; init; }

    [Parameter("initial", "urban_population_1921", "Urban population in March 1921", "persons", 19.0e6, 16.0e6, 23.0e6,
        "Assumption: urban share 15.3% in 1914 (RUWIKI_COPY2) and 17.9% in 1926 (STRANA50), towns depopulated by the Civil War")]
    public double UrbanPopulation1921 { get; init; }

    [Parameter("initial", "horseless_share_1921", "Share of households without draught animals, 1921", "share", 0.30, 0.18, 0.40,
        "30% of RSFSR households without working cattle c.1926 (ZAITZEFF1928 citing Larin); 27 million peasants without horse or cart in 1927 (MARTENS_AOB)")]
    public double HorselessShare1921 { get; init; }

    [Parameter("initial", "grain_stock_per_household_1921", "Grain held per household in March 1921", "t", 1.0, 0.3, 1.5,
        "Assumption: enough for seed and a lean diet to the harvest after the requisitions of War Communism")]
    public double GrainStockPerHousehold1921 { get; init; }

    [Parameter("initial", "cash_per_household_1921", "Cash held per household in March 1921", "1913 rubles", 2.0, 0.0, 20.0,
        "Assumption: money had almost no value at the end of War Communism")]
    public double CashPerHousehold1921 { get; init; }

    [Parameter("initial", "market_grain_price_1921", "Private-market grain price in March 1921", "index 1913=1", 1.6, 0.8, 3.0,
        "Assumption: grain was dear in the spring before the 1921 famine")]
    public double MarketGrainPrice1921 { get; init; }

    [Parameter("initial", "state_grain_stock_1921", "Grain held by the state in March 1921", "t", 1.0e6, 0.0, 3.0e6,
        "Assumption")]
    public double StateGrainStock1921 { get; init; }

    [Parameter("initial", "land_per_consumer", "Arable allotment land per consumer unit", "ha", 1.35, 1.1, 2.0,
        "104.6 Mha grain area in 1913 (GSE_GRAIN) over about 19.5 million families (MARTENS_AOB) of 3.5 consumer units (CHAYANOV_TPE)")]
    public double LandPerConsumer { get; init; }
}
