using OneCountry.Model.Engine;
namespace OneCountry.Model.Economy;

/// <summary>What the grain market faces in one month (real units: tonnes, price indices 1913 = 1).</summary>
public readonly record struct GrainMarketInputs(
    bool NepMarket,
    double Offered,               // peasants' offers at the price they expected
    double SaleCaps,              // the most they would sell at any price (their surplus)
    double ExpectedPrice,         // the realised price the offers were made at
    double SaleElasticity,        // elasticity of sales to the price received
    double ProcurementPrice,      // state price
    double StateReach,            // state_procurement_share: the share of sales state agencies reach
    double ChannelElasticity,     // how sales shift between state and traders with their price ratio
    double StatePlanRemaining,    // what the state still wants to buy this month
    double UrbanPrivateNeed,      // towns' need not covered by state supply
    double UrbanDemandElasticity,
    double RuralOrders,           // peasants' orders for food
    double TraderStock,
    double TraderStockShare,      // share of private demand until the harvest traders hold in stock
    int MonthsToHarvest,
    double PreviousMarketPrice);

/// <summary>The cleared month: market price, peasants' sales and how they split.</summary>
public readonly record struct GrainMarketOutcome(double MarketPrice, double Sales, double StateShareOfSales, double RealisedPrice, double SaleScale);

/// <summary>
/// The grain market of NEP, cleared within the month.
/// Peasants' sales respond to the price they receive: S(p) = min(caps, offers × (realised(p) /
/// expected)^ε). State agencies buy at the fixed procurement price the share of sales they reach,
/// more when the private price is lower — 1 − (1 − reach) × min(1, (p / p_state)^e) — but no more
/// than the state's plan; private traders take the rest. Traders sell to towns (demand falling
/// with the price, elasticity ε_d) and to peasants short of food, and store the harvest through
/// the year: they aim to hold trader_stock_share of their sales until the next harvest, buying
/// a quarter of the gap a month when below it and releasing a quarter of the excess when above. The private price p solves private demand + stock rebuilding =
/// private supply, found by bisection (excess demand falls with p); it moves each
/// month by at most 50% (traders' and peasants' stocks spread the harvest over the year). Without NEP there is no private market: the state buys everything at its price.
/// The realised price — the sales-weighted mean of the state and market prices — is the
/// agricultural price index of the scissors.
/// </summary>
public static class GrainMarket
{
    public static GrainMarketOutcome Clear(in GrainMarketInputs m)
    {
        if (!m.NepMarket)
        {
            double scale = SaleScale(m, m.ProcurementPrice);
            return new GrainMarketOutcome(m.ProcurementPrice, Math.Min(m.SaleCaps, m.Offered * scale), 1.0, m.ProcurementPrice, scale);
        }

        double lo = Math.Log(0.25), hi = Math.Log(6.0);
        double price;
        if (Excess(m, Math.Exp(lo)) <= 0) price = Math.Exp(lo);
        else if (Excess(m, Math.Exp(hi)) >= 0) price = Math.Exp(hi);
        else
        {
            for (int k = 0; k < 60; k++)
            {
                double mid = 0.5 * (lo + hi);
                if (Excess(m, Math.Exp(mid)) > 0) lo = mid; else hi = mid;
            }
            price = Math.Exp(0.5 * (lo + hi));
        }
        price = Math.Clamp(price, m.PreviousMarketPrice / 1.5, m.PreviousMarketPrice * 1.5);
        var (sales, stateShare, realised) = Sales(m, price);
        double saleScale = m.Offered > 0 ? sales / m.Offered : 0;
        return new GrainMarketOutcome(price, sales, stateShare, realised, saleScale);
    }

    /// <summary>Share of sales peasants would rather make to state agencies at private price p.</summary>
    public static double PreferState(in GrainMarketInputs m, double p) =>
        1 - (1 - m.StateReach) * Math.Min(1.0, Math.Pow(p / m.ProcurementPrice, m.ChannelElasticity));

    private static double SaleScale(in GrainMarketInputs m, double realised) =>
        m.ExpectedPrice > 0 ? Math.Pow(realised / m.ExpectedPrice, m.SaleElasticity) : 1.0;

    /// <summary>Peasants' sales, the state's share of them and the realised price at private price p.
    /// The state's share depends on the sales (its plan caps it) and the sales on the realised
    /// price, so the two are iterated a few times.</summary>
    public static (double Sales, double StateShare, double Realised) Sales(in GrainMarketInputs m, double p)
    {
        double pref = PreferState(m, p);
        double stateShare = pref;
        double realised = stateShare * m.ProcurementPrice + (1 - stateShare) * p;
        double sales = 0;
        for (int k = 0; k < 4; k++)
        {
            sales = Math.Min(m.SaleCaps, m.Offered * SaleScale(m, realised));
            stateShare = sales > 0 ? Math.Min(pref, m.StatePlanRemaining / sales) : pref;
            realised = stateShare * m.ProcurementPrice + (1 - stateShare) * p;
        }
        return (sales, stateShare, realised);
    }

    public static double PrivateDemand(in GrainMarketInputs m, double p) =>
        m.UrbanPrivateNeed * Math.Pow(p, -m.UrbanDemandElasticity) + m.RuralOrders;

    /// <summary>Private demand plus traders' stock rebuilding less private supply.</summary>
    public static double Excess(in GrainMarketInputs m, double p)
    {
        var (sales, stateShare, _) = Sales(m, p);
        double demand = PrivateDemand(m, p);
        // The stock target follows the towns' need, not this month's price, so stocking does not
        // chase the price it moves.
        double stockGap = m.TraderStockShare * Math.Max(0, m.MonthsToHarvest - 1) * (m.UrbanPrivateNeed + m.RuralOrders) - m.TraderStock;
        return demand + stockGap / 4.0 - sales * (1 - stateShare);
    }
}
