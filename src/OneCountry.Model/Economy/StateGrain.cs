namespace OneCountry.Model.Economy;

/// <summary>
/// The state's grain: what it plans to hold and hand out, and how it disposes of what it has
/// procured (real tonnes throughout).
/// <list type="bullet">
/// <item><b>Plan.</b> The towns' monthly need (<c>urban_grain_need</c> a head a year), a reserve
///   of <c>state_stock_months</c> of it, and a ceiling of a year's requirements — the towns'
///   grain and the planned exports — above the reserve.</item>
/// <item><b>Extraordinary measures</b> serve the plan: they ease off as the stock approaches the
///   ceiling.</item>
/// <item><b>The towns' supply.</b> The state supplies its share of the towns (all of them without
///   private trade) from stock above its reserve; when the market price runs above its own by
///   more than <c>intervention_price_ratio</c> and it holds over twice its reserve it sells more
///   (commodity interventions). Private traders sell the rest.</item>
/// <item><b>Disposal</b> after procurement, in order: planned exports and, unless the lever
///   <c>exports_follow_harvest</c> is off, more when the stock is above the ceiling (the export
///   plan followed the harvest); the towns' ration as planned, as
///   far as stock reaches; the army's bread and fodder (<c>army_grain_per_soldier</c> a year for
///   last month's men under arms); and, when rural orders were placed against sales that did not
///   arrive, the cooperatives make up the traders' shortfall from state stocks.</item>
/// </list>
/// </summary>
public static class StateGrain
{
    /// <summary>This month's plan (tonnes).</summary>
    public readonly record struct Plan(double UrbanNeed, double ReserveTarget, double StockCeiling);

    public static Plan MakePlan(double urbanPopulation, double urbanGrainNeed, double stockMonths, double exportTargetMt)
    {
        double urbanNeed = urbanPopulation * urbanGrainNeed / 12.0;
        double reserveTarget = stockMonths * urbanNeed;
        return new Plan(urbanNeed, reserveTarget, 12 * urbanNeed + exportTargetMt * 1e6 + reserveTarget);
    }

    /// <summary>Grain the state may lend as food this month: the lever's share of its stock above the reserve.</summary>
    public static double ReliefBudget(double leverShare, double stock, in Plan plan) => leverShare * Math.Max(0, stock - plan.ReserveTarget);

    /// <summary>Share of the marketable surplus taken by force this month: the lever, eased as the stock nears the ceiling.</summary>
    public static double Enforcement(double leverEnforcement, double stock, in Plan plan) =>
        leverEnforcement * Math.Clamp(1 - Math.Max(0, stock) / plan.StockCeiling, 0, 1);

    public readonly record struct TownsInputs
    {
        public required bool PrivateTrade { get; init; }
        /// <summary>The lever <c>state_procurement_share</c>: the state's share of the towns under private trade.</summary>
        public required double StateShare { get; init; }
        /// <summary>Stock before disposal: last month's plus this month's forced procurement, tax in kind and collective deliveries.</summary>
        public required double StockBefore { get; init; }
        public required double MarketPrice { get; init; }
        public required double ProcurementPrice { get; init; }
        /// <summary><c>intervention_price_ratio</c>: market over state price at which the state sells more.</summary>
        public required double InterventionPriceRatio { get; init; }
    }

    /// <summary>The towns' grain the state plans to supply this month (tonnes).</summary>
    public static double TownsSupply(in TownsInputs x, in Plan plan)
    {
        double share = x.PrivateTrade ? x.StateShare : 1.0;
        double intervention = x.PrivateTrade && x.MarketPrice > x.InterventionPriceRatio * x.ProcurementPrice ? Math.Max(0, x.StockBefore - 2 * plan.ReserveTarget) / 3.0 : 0;
        return Math.Min(plan.UrbanNeed, Math.Min(Math.Max(0, x.StockBefore - plan.ReserveTarget), share * plan.UrbanNeed + intervention));
    }

    public readonly record struct DisposalInputs
    {
        /// <summary>The state's stock after this month's procurement.</summary>
        public required double Stock { get; init; }
        public required double TraderStock { get; init; }
        public required double ExportTargetMt { get; init; }
        /// <summary>The lever <c>exports_follow_harvest</c>: exports above the plan when the stock is above the ceiling.</summary>
        public required bool ExportsFollowHarvest { get; init; }
        public required double TownsPlanned { get; init; }
        /// <summary>Last month's men under arms (NaN before the first month).</summary>
        public required double ArmedForces { get; init; }
        public required double ArmyGrainPerSoldier { get; init; }
        /// <summary>Grain peasants sold to private traders this month.</summary>
        public required double ToMarket { get; init; }
        /// <summary>Grain peasants bought from traders this month.</summary>
        public required double RuralBought { get; init; }
        /// <summary>The towns' private demand times the share of orders traders could fill.</summary>
        public required double UrbanPrivateFilled { get; init; }
        /// <summary>What traders expected to have (their stock and expected purchases): the scale of rounding.</summary>
        public required double TradersAvailable { get; init; }
    }

    public readonly record struct Disposal(double Exports, double ToTowns, double Army, double UrbanPrivate, double StateToTraders,
        double Stock, double TraderStock);

    public static Disposal Dispose(in DisposalInputs x, in Plan plan)
    {
        double stock = x.Stock;
        double exports = Math.Min(stock, x.ExportTargetMt * 1e6 / 12.0 + (x.ExportsFollowHarvest ? Math.Max(0, stock - plan.StockCeiling) / 12.0 : 0));
        stock -= exports;
        double toTowns = Math.Min(x.TownsPlanned, stock);
        stock -= toTowns;
        double army = Math.Min(stock, (double.IsNaN(x.ArmedForces) ? 0 : x.ArmedForces) * x.ArmyGrainPerSoldier / 12.0);
        stock -= army;
        double urbanPrivate = Math.Min(x.UrbanPrivateFilled, Math.Max(0, x.TraderStock + x.ToMarket - x.RuralBought));
        double traders = x.TraderStock + x.ToMarket - urbanPrivate - x.RuralBought;
        double stateToTraders = traders < 0 ? Math.Min(-traders, stock) : 0;
        stock -= stateToTraders;
        traders += stateToTraders;
        if (traders < 0 && traders > -1e-6 * (x.TradersAvailable + 1)) traders = 0;
        return new Disposal(exports, toTowns, army, urbanPrivate, stateToTraders, stock, traders);
    }
}
