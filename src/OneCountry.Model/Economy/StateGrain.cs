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
/// <item><b>The untouchable funds.</b> The lever <c>grain_reserve_target</c> (Mt) is grain the state
///   sets aside (the <i>nepfond</i> and the mobilisation fund of 1932 on, later Gosrezerv): it is
///   built from procurement and never exported, rationed or lent; a scenario releases it by
///   lowering the target.</item>
/// <item><b>Exports as commitments.</b> The export plan is the lever <c>grain_export_target</c>
///   for the agricultural year that starts with the August harvest; a change of the lever during
///   the year revises the year's plan. What is left of it is shipped evenly over the months left
///   to the next harvest. Under <c>grain_export_priority: commitment</c> it ships first, even when
///   the towns' ration must then be cut (the export push of 1930–31: Stalin to Molotov, 24 August
///   1930); under <c>after_needs</c> it ships only from stock above the towns' and the army's needs
///   to the harvest and the working reserve, so a short stock revises the plan down.</item>
/// <item><b>Disposal</b> after procurement, in order: the month's exports and, when the lever
///   <c>exports_follow_harvest</c> is on, more when the stock is above the ceiling (the export
///   plan followed the harvest); the towns' ration as planned, as
///   far as stock reaches; the army's bread and fodder (<c>army_grain_per_soldier</c> a year for
///   last month's men under arms); and, when rural orders were placed against sales that did not
///   arrive, the cooperatives make up the traders' shortfall from state stocks.</item>
/// </list>
/// </summary>
/// <summary>Whether the export plan ships before the towns' and the army's needs (lever <c>grain_export_priority</c>).</summary>
public enum ExportPriority { Commitment = 0, AfterNeeds = 1 }

public static class StateGrain
{
    /// <summary>This month's plan (tonnes): the towns' monthly need, the working reserve, the
    /// stock ceiling, the untouchable funds, this month's export pace and the months left to the
    /// next harvest (August = 12, July = 1).</summary>
    public readonly record struct Plan(double UrbanNeed, double ReserveTarget, double StockCeiling, double Untouchable = 0,
        double ExportPace = 0, int MonthsLeft = 12);

    /// <summary>Months from this one to the next August harvest, this one included (August 12, July 1).</summary>
    public static int MonthsLeftInYear(int calendarMonth) => (7 - calendarMonth + 12) % 12 + 1;

    /// <param name="exportedThisYear">Grain exported since the last August (tonnes).</param>
    public static Plan MakePlan(double urbanPopulation, double urbanGrainNeed, double stockMonths, double exportTargetMt,
        double untouchableMt = 0, double exportedThisYear = 0, int monthsLeft = 12)
    {
        double urbanNeed = urbanPopulation * urbanGrainNeed / 12.0;
        double reserveTarget = stockMonths * urbanNeed;
        double untouchable = untouchableMt * 1e6;
        double pace = Math.Max(0, exportTargetMt * 1e6 - exportedThisYear) / Math.Max(1, monthsLeft);
        return new Plan(urbanNeed, reserveTarget, 12 * urbanNeed + exportTargetMt * 1e6 + reserveTarget + untouchable, untouchable, pace, monthsLeft);
    }

    /// <summary>Grain the state may lend as food this month: the lever's share of its stock above
    /// the working reserve and the untouchable funds.</summary>
    public static double ReliefBudget(double leverShare, double stock, in Plan plan) =>
        leverShare * Math.Max(0, stock - plan.ReserveTarget - plan.Untouchable);

    /// <summary>The year's delivery plan on the collective farms when it is drawn from the state's
    /// claims (lever <c>deliveries_to_claims</c>; tonnes): a year of the towns' supply the state
    /// plans and of the army's grain, the export plan, the working reserve and the untouchable
    /// funds, less the stock it holds and what its other channels (sales to it, the stations'
    /// payment in kind, tax, forced procurement) brought in over the last twelve months. The plan
    /// was a balance of claims (the grain-fodder balances of Narkomsnab and Komzag; Davies and
    /// Wheatcroft 2004, ch. 5 and 7).</summary>
    public static double DeliveryPlan(double townsMonthly, double armyMonthly, double exportPlanMt, double reserveTarget, double untouchable,
        double stock, double otherProcurement) =>
        Math.Max(0, 12 * (townsMonthly + armyMonthly) + exportPlanMt * 1e6 + reserveTarget + untouchable - stock - otherProcurement);

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
        return Math.Min(plan.UrbanNeed, Math.Min(Math.Max(0, x.StockBefore - plan.ReserveTarget - plan.Untouchable), share * plan.UrbanNeed + intervention));
    }

    public readonly record struct DisposalInputs
    {
        /// <summary>The state's stock after this month's procurement.</summary>
        public required double Stock { get; init; }
        public required double TraderStock { get; init; }
        /// <summary>The lever <c>grain_export_priority</c>.</summary>
        public ExportPriority Priority { get; init; }
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
        double free = Math.Max(0, stock - plan.Untouchable);
        double armyNeed = (double.IsNaN(x.ArmedForces) ? 0 : x.ArmedForces) * x.ArmyGrainPerSoldier / 12.0;
        // Under after_needs the exports wait for the towns' and the army's grain to the harvest and the working reserve.
        double exportable = x.Priority == ExportPriority.AfterNeeds
            ? Math.Max(0, free - plan.MonthsLeft * (x.TownsPlanned + armyNeed) - plan.ReserveTarget)
            : free;
        double exports = Math.Min(exportable, plan.ExportPace + (x.ExportsFollowHarvest ? Math.Max(0, stock - plan.StockCeiling) / 12.0 : 0));
        stock -= exports; free -= exports;
        double toTowns = Math.Min(x.TownsPlanned, free);
        stock -= toTowns; free -= toTowns;
        double army = Math.Min(free, armyNeed);
        stock -= army; free -= army;
        double urbanPrivate = Math.Min(x.UrbanPrivateFilled, Math.Max(0, x.TraderStock + x.ToMarket - x.RuralBought));
        double traders = x.TraderStock + x.ToMarket - urbanPrivate - x.RuralBought;
        double stateToTraders = traders < 0 ? Math.Min(-traders, free) : 0;
        stock -= stateToTraders;
        traders += stateToTraders;
        if (traders < 0 && traders > -1e-6 * (x.TradersAvailable + 1)) traders = 0;
        return new Disposal(exports, toTowns, army, urbanPrivate, stateToTraders, stock, traders);
    }
}
