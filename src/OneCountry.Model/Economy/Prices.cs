namespace OneCountry.Model.Economy;

/// <summary>
/// What peasants expect to get for grain, and what a tonne sold buys: the price scissors as
/// the peasant sees them. Peasants expect the price they have been getting: an
/// average of the realised prices of recent months, weight 1/2 on the latest. The marketing
/// incentive is that price over the price of manufactures, discounted by how far manufactures
/// can be bought at all (<c>availability_weight</c>); households plan their sowing on its
/// year-long average. Without private trade the market price is the state's.
/// </summary>
public sealed class Prices(double marketPrice1921)
{
    /// <summary>Private-market grain price (index 1913 = 1).</summary>
    public double MarketPrice { get; set; } = marketPrice1921;
    /// <summary>The price peasants last received (NaN before the first month).</summary>
    public double RealisedPrice { get; private set; } = double.NaN;
    /// <summary>The price peasants expect this month.</summary>
    public double ExpectedPrice { get; private set; } = double.NaN;
    /// <summary>Share of the countryside's demand for manufactures that could be bought last month.</summary>
    public double Availability { get; private set; } = 1.0;
    /// <summary>The marketing incentive averaged over about a year (sowing plans on it).</summary>
    public double ExpectedIncentive { get; private set; } = double.NaN;

    public readonly record struct Opening(double ProcurementPrice, double ExpectedPrice, double Incentive);

    /// <summary>Opens the month: the state's price, the expected price and the incentive against
    /// this month's price of manufactures.</summary>
    public Opening Open(bool privateTrade, double procurementPrice, double industrialPrice, double availabilityWeight)
    {
        if (!privateTrade) MarketPrice = procurementPrice;
        if (double.IsNaN(RealisedPrice)) RealisedPrice = ExpectedPrice = privateTrade ? 0.5 * (procurementPrice + MarketPrice) : procurementPrice;
        double incentive = ExpectedPrice / industrialPrice * Math.Pow(Availability, availabilityWeight);
        if (double.IsNaN(ExpectedIncentive)) ExpectedIncentive = incentive;
        return new Opening(procurementPrice, ExpectedPrice, incentive);
    }

    /// <summary>After the market: the price received (the cleared price if peasants sold, the
    /// state's without private trade) enters the expectation.</summary>
    public void Receive(bool sold, bool privateTrade, double realisedPrice, double procurementPrice)
    {
        if (sold) RealisedPrice = realisedPrice;
        else if (!privateTrade) RealisedPrice = procurementPrice;
        ExpectedPrice = 0.5 * ExpectedPrice + 0.5 * RealisedPrice;
    }

    /// <summary>End of the month: availability is the rural supply of manufactures over the
    /// quantity peasants wanted (1 when they wanted none); the incentive's average moves 1/12 of
    /// the way to this month's.</summary>
    public void Learn(double demandUnits, double ruralSupply, double incentive)
    {
        Availability = demandUnits > 0 ? Math.Min(1.0, ruralSupply / demandUnits) : 1.0;
        ExpectedIncentive += (incentive - ExpectedIncentive) / 12.0;
    }
}
