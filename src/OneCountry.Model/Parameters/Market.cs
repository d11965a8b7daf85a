using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>The grain market and the state's grain: the parameters of group "market", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("market", "grain_price_1913", "Grain price in 1913", "rubles/t", 61.0, 45.0, 80.0,
        "1 ruble per pud (16.38 kg); prewar rye 0.7-1.0, wheat about 1.2 rubles per pud (DRONIN_BELLINGER, 1928 prices)")]
    public double GrainPrice1913 { get; init; }

    [Parameter("market", "urban_grain_need", "Grain bought per urban person per year (with non-farm rural buyers; the army is counted apart)", "t", 0.26, 0.18, 0.35,
        "Assumption")]
    public double UrbanGrainNeed { get; init; }

    [Parameter("market", "nonfarm_income_per_worker", "Cash from crafts and seasonal work (otkhod) per peasant worker and year", "1913 rubles", 8.0, 0.0, 30.0,
        "Assumption: grain-deficit regions bought grain with craft and seasonal earnings")]
    public double NonfarmIncomePerWorker { get; init; }

    [Parameter("market", "urban_demand_elasticity", "Price elasticity of private urban demand for grain", "elasticity", 0.5, 0.1, 1.2,
        "Assumption")]
    public double UrbanDemandElasticity { get; init; }

    [Parameter("market", "trade_channel_elasticity", "How strongly peasants shift sales between state agencies and private traders with their price ratio", "elasticity", 2.0, 0.5, 5.0,
        "Assumption: state agencies and private traders competed for grain under NEP")]
    public double TradeChannelElasticity { get; init; }

    [Parameter("market", "trader_stock_share", "Share of private demand until the next harvest that traders aim to hold in stock", "share", 0.7, 0.2, 1.0,
        "Assumption: traders bought after the harvest and sold through the year (seasonal storage)")]
    public double TraderStockShare { get; init; }

    [Parameter("market", "state_stock_months", "Months of the towns' grain need the state keeps in reserve", "months", 2.0, 0.0, 6.0,
        "Assumption")]
    public double StateStockMonths { get; init; }

    [Parameter("market", "intervention_price_ratio", "Market grain price over the state's at which the state sells from its stock beyond its share of the towns (commodity interventions)", "ratio", 1.3, 1.05, 2.0,
        "Assumption: the grain interventions of the mid-1920s sold state stocks when private prices ran well above procurement prices (Carr and Davies 1969)")]
    public double InterventionPriceRatio { get; init; }

    [Parameter("market", "war_scare_hoarding", "Extra precautionary reserve during a war scare, as a share of a year's food", "share", 0.25, 0.0, 0.6,
        "Assumption: the 1927 war scare led to hoarding (Carr and Davies 1969)")]
    public double WarScareHoarding { get; init; }
}
