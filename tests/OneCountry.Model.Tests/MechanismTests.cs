using FsCheck.Xunit;
using OneCountry.Model.Economy;
using OneCountry.Model.Politics;
using OneCountry.Model.Society;
using OneCountry.Model.World;

namespace OneCountry.Model.Tests;

/// <summary>The mechanisms that used to live inside the month's orchestrator, each on named
/// inputs without a run: defence, the state's grain, prices, the towns, the procurement crisis
/// and the federation.</summary>
public class DefenceMechanismTests
{
    private static Defence.ShareInputs Inputs(bool follows = false, double lever = 0.05, double required = 0.12, bool atWar = false, double surge = 0.1) =>
        new() { FollowsThreat = follows, LeverShare = lever, RequiredShare = required, AtWar = atWar, WarSurge = surge };

    [Fact]
    public void The_share_is_the_levers_or_the_threats_plus_a_war_surge_and_at_most_half_of_income()
    {
        Assert.Equal(0.05, Defence.Share(Inputs()));
        Assert.Equal(0.12, Defence.Share(Inputs(follows: true)));
        Assert.Equal(0.05 + 0.1, Defence.Share(Inputs(atWar: true)), 15);
        Assert.Equal(0.5, Defence.Share(Inputs(lever: 0.45, atWar: true)));
    }

    private static Defence.UpkeepInputs Upkeep(double forces) => new()
    {
        ArmedForces = forces, Population = 150e6, ForcesPerDefenceShare = 0.12, DefenceShareEmbodied = 0.04, ManufacturesPerMan = 80,
        ConsumerOutput = 1.0, Manufactures1913 = 1.2e9,
    };

    [Fact]
    public void Only_the_men_beyond_the_embodied_army_claim_consumer_goods_at_their_kit_and_never_more_than_half_of_them()
    {
        // The embodied army: 0.04 × 0.12 × 150 million = 720,000 men.
        Assert.Equal(0, Defence.ForcesUpkeep(Upkeep(500_000)));
        Assert.Equal(0, Defence.ForcesUpkeep(Upkeep(720_000)), 6);
        Assert.Equal(0, Defence.ForcesUpkeep(Upkeep(double.NaN)));
        // 1.32 million men: 600,000 beyond it × 80 rubles / 12 = 4 million rubles this month.
        Assert.Equal(4e6, Defence.ForcesUpkeep(Upkeep(1_320_000)), 1e-3);
        Assert.True(Defence.ForcesUpkeep(Upkeep(2e6)) > Defence.ForcesUpkeep(Upkeep(1_320_000)));
        // Half of the month's consumer goods: 0.5 × 1.0 × 1.2e9 / 12 = 50 million.
        Assert.Equal(50e6, Defence.ForcesUpkeep(Upkeep(20e6)), 1e-3);
    }

    [Fact]
    public void Men_under_arms_start_at_the_target_and_then_close_a_sixth_of_the_gap_a_month()
    {
        double first = Defence.ArmedForces(double.NaN, forcesPerDefenceShare: 0.5, defenceShare: 0.04, population: 150e6);
        Assert.Equal(3e6, first, 1e-6);
        double next = Defence.ArmedForces(first, 0.5, 0.10, 150e6);
        Assert.Equal(3e6 + (7.5e6 - 3e6) / 6, next, 1e-6);
        double x = first;
        for (int m = 0; m < 60; m++) { double before = x; x = Defence.ArmedForces(x, 0.5, 0.10, 150e6); Assert.True(x > before && x < 7.5e6); }
    }
}

public class StateGrainTests
{
    private static readonly StateGrain.Plan Plan = StateGrain.MakePlan(urbanPopulation: 24e6, urbanGrainNeed: 0.25, stockMonths: 3, exportTargetMt: 2);

    [Fact]
    public void The_plan_is_the_towns_monthly_need_a_reserve_of_months_of_it_and_a_years_requirements_above_the_reserve()
    {
        Assert.Equal(0.5e6, Plan.UrbanNeed, 1e-6);
        Assert.Equal(1.5e6, Plan.ReserveTarget, 1e-6);
        Assert.Equal(12 * 0.5e6 + 2e6 + 1.5e6, Plan.StockCeiling, 1e-6);
    }

    [Fact]
    public void Extraordinary_measures_ease_off_as_the_stock_nears_the_ceiling()
    {
        Assert.Equal(0.4, StateGrain.Enforcement(0.4, 0, Plan));
        Assert.Equal(0.4, StateGrain.Enforcement(0.4, -1e5, Plan));
        Assert.Equal(0, StateGrain.Enforcement(0.4, Plan.StockCeiling, Plan));
        Assert.Equal(0, StateGrain.Enforcement(0.4, 2 * Plan.StockCeiling, Plan));
        double last = 1;
        for (double stock = 0; stock <= Plan.StockCeiling; stock += 1e6)
        {
            double e = StateGrain.Enforcement(0.4, stock, Plan);
            Assert.True(e <= last);
            last = e;
        }
    }

    private static StateGrain.TownsInputs Towns(bool privateTrade, double stock, double market = 1.0) => new()
    {
        PrivateTrade = privateTrade, StateShare = 0.5, StockBefore = stock, MarketPrice = market, ProcurementPrice = 1.0, InterventionPriceRatio = 1.3,
    };

    [Fact]
    public void Without_private_trade_the_state_feeds_all_the_towns_from_stock_above_its_reserve()
    {
        Assert.Equal(Plan.UrbanNeed, StateGrain.TownsSupply(Towns(false, 10e6), Plan));
        Assert.Equal(0.2e6, StateGrain.TownsSupply(Towns(false, Plan.ReserveTarget + 0.2e6), Plan), 1e-6);
        Assert.Equal(0, StateGrain.TownsSupply(Towns(false, 1e6), Plan));
    }

    [Fact]
    public void Under_NEP_the_state_supplies_its_share_and_more_when_the_market_price_runs_high_and_it_holds_twice_its_reserve()
    {
        Assert.Equal(0.25e6, StateGrain.TownsSupply(Towns(true, 10e6), Plan), 1e-6);
        // Market 40% above the state's price: a third of the stock above twice the reserve is added, up to the towns' whole need.
        Assert.Equal(Plan.UrbanNeed, StateGrain.TownsSupply(Towns(true, 10e6, market: 1.4), Plan), 1e-6);
        double small = StateGrain.TownsSupply(Towns(true, 2 * Plan.ReserveTarget + 0.3e6, market: 1.4), Plan);
        Assert.Equal(0.25e6 + 0.1e6, small, 1e-6);
        // At 30% above, no intervention; at a higher threshold, none at 40% either.
        Assert.Equal(0.25e6, StateGrain.TownsSupply(Towns(true, 10e6, market: 1.3), Plan), 1e-6);
        Assert.Equal(0.25e6, StateGrain.TownsSupply(Towns(true, 10e6, market: 1.4) with { InterventionPriceRatio = 1.5 }, Plan), 1e-6);
    }

    private static StateGrain.DisposalInputs Disposal(double stock, double traders = 0.2e6, double toMarket = 0.1e6, double bought = 0.05e6,
        double urbanPrivate = 0.2e6, double towns = 0.5e6, double forces = 1e6) => new()
    {
        Stock = stock, TraderStock = traders, ExportsFollowHarvest = true, TownsPlanned = towns, ArmedForces = forces, ArmyGrainPerSoldier = 0.6,
        ToMarket = toMarket, RuralBought = bought, UrbanPrivateFilled = urbanPrivate, TradersAvailable = traders + toMarket,
    };

    [Fact]
    public void Exports_follow_the_plan_and_take_a_twelfth_of_the_stock_above_the_ceiling()
    {
        var d = StateGrain.Dispose(Disposal(5e6), Plan);
        Assert.Equal(2e6 / 12, d.Exports, 1e-6);
        double above = Plan.StockCeiling + 12e6;
        Assert.Equal(2e6 / 12 + 1e6, StateGrain.Dispose(Disposal(above), Plan).Exports, 1e-6);
        // With exports_follow_harvest off, the plan only, whatever the stock.
        Assert.Equal(2e6 / 12, StateGrain.Dispose(Disposal(above) with { ExportsFollowHarvest = false }, Plan).Exports, 1e-6);
    }

    [Fact]
    public void The_towns_and_the_army_get_what_is_left_in_that_order()
    {
        var d = StateGrain.Dispose(Disposal(0.6e6), Exporting(1.2));
        Assert.Equal(0.1e6, d.Exports, 1e-6);
        Assert.Equal(0.5e6, d.ToTowns, 1e-6);
        Assert.Equal(0, d.Army, 1e-6);
        var fed = StateGrain.Dispose(Disposal(5e6), Plan);
        Assert.Equal(1e6 * 0.6 / 12, fed.Army, 1e-6);
        Assert.Equal(0, StateGrain.Dispose(Disposal(5e6, forces: double.NaN), Plan).Army);
    }

    /// <summary>The test plan with an export plan of <paramref name="mt"/> for the year, <paramref name="shipped"/> tonnes shipped so far and <paramref name="monthsLeft"/> to the harvest.</summary>
    private static StateGrain.Plan Exporting(double mt, double shipped = 0, int monthsLeft = 12, double untouchableMt = 0) =>
        StateGrain.MakePlan(urbanPopulation: 24e6, urbanGrainNeed: 0.25, stockMonths: 3, exportTargetMt: mt, untouchableMt, shipped, monthsLeft);

    [Fact]
    public void The_agricultural_year_runs_from_the_August_harvest()
    {
        Assert.Equal(12, StateGrain.MonthsLeftInYear(8));
        Assert.Equal(11, StateGrain.MonthsLeftInYear(9));
        Assert.Equal(5, StateGrain.MonthsLeftInYear(3));
        Assert.Equal(1, StateGrain.MonthsLeftInYear(7));
    }

    [Fact]
    public void What_is_left_of_the_years_export_plan_ships_evenly_over_the_months_to_the_harvest_and_a_cut_revises_it()
    {
        // 4.8 Mt planned, 2 Mt shipped by December (8 months left): 0.35 Mt a month.
        Assert.Equal(2.8e6 / 8, Exporting(4.8, shipped: 2e6, monthsLeft: 8).ExportPace, 1e-6);
        // The plan cut to 1.7 Mt after 2 Mt have gone: nothing more ships this year.
        Assert.Equal(0, Exporting(1.7, shipped: 2e6, monthsLeft: 8).ExportPace);
        var d = StateGrain.Dispose(Disposal(5e6) with { ExportsFollowHarvest = false }, Exporting(4.8, shipped: 2e6, monthsLeft: 8));
        Assert.Equal(2.8e6 / 8, d.Exports, 1e-6);
    }

    [Fact]
    public void A_committed_export_plan_ships_before_the_towns_and_after_needs_waits_for_them()
    {
        // 2 Mt of stock, 0.5 Mt a month for the towns, 0.05 for the army, 6 months to the harvest, a working reserve of 1.5 Mt.
        var plan = Exporting(6, monthsLeft: 6);
        var committed = StateGrain.Dispose(Disposal(2e6) with { ExportsFollowHarvest = false }, plan);
        Assert.Equal(1e6, committed.Exports, 1e-6);
        Assert.Equal(0.5e6, committed.ToTowns, 1e-6);
        var afterNeeds = StateGrain.Dispose(Disposal(2e6) with { ExportsFollowHarvest = false, Priority = ExportPriority.AfterNeeds }, plan);
        Assert.Equal(0, afterNeeds.Exports);
        Assert.Equal(0.5e6, afterNeeds.ToTowns, 1e-6);
        // With 20 Mt in hand the needs to the harvest (6 × 0.55 + 1.5 = 4.8 Mt) are covered and the plan ships in full.
        var rich = StateGrain.Dispose(Disposal(20e6) with { ExportsFollowHarvest = false, Priority = ExportPriority.AfterNeeds }, plan);
        Assert.Equal(1e6, rich.Exports, 1e-6);
    }

    [Fact]
    public void The_untouchable_funds_are_never_exported_rationed_lent_or_sold()
    {
        var plan = Exporting(2, untouchableMt: 1.5);
        var d = StateGrain.Dispose(Disposal(1.6e6, traders: 0, toMarket: 0, bought: 0.3e6, urbanPrivate: 0), plan);
        Assert.Equal(0.1e6, d.Exports + d.ToTowns + d.Army + d.StateToTraders, 1e-6);
        Assert.Equal(1.5e6, d.Stock, 1e-6);
        Assert.Equal(0, StateGrain.ReliefBudget(0.5, 1.5e6 + plan.ReserveTarget, plan), 6);
        Assert.Equal(0.5 * 1e6, StateGrain.ReliefBudget(0.5, 2.5e6 + plan.ReserveTarget, plan), 1e-6);
        // The towns' planned supply leaves the funds alone.
        Assert.Equal(0, StateGrain.TownsSupply(Towns(false, 1.5e6 + plan.ReserveTarget), plan), 6);
    }

    [Fact]
    public void When_fewer_sales_reached_the_traders_than_they_sold_against_the_cooperatives_make_up_the_difference()
    {
        var d = StateGrain.Dispose(Disposal(5e6, traders: 0, toMarket: 0.1e6, bought: 0.3e6, urbanPrivate: 0), Plan);
        Assert.Equal(0.2e6, d.StateToTraders, 1e-6);
        Assert.Equal(0, d.TraderStock, 1e-6);
    }

    [Property(MaxTest = 300)]
    public bool Every_tonne_is_accounted_for(NormalFloat stock, NormalFloat traders, NormalFloat toMarket, NormalFloat bought, NormalFloat urban, NormalFloat towns)
    {
        double S(NormalFloat x, double scale) => Math.Abs(x.Get % 10) * scale;
        var x = Disposal(S(stock, 1e6), S(traders, 1e5), S(toMarket, 1e5), S(bought, 1e5), S(urban, 1e5), towns: S(towns, 1e5));
        var d = StateGrain.Dispose(x, Plan);
        double state = x.Stock - d.Exports - d.ToTowns - d.Army - d.StateToTraders - d.Stock;
        double trade = x.TraderStock + x.ToMarket + d.StateToTraders - d.UrbanPrivate - x.RuralBought - d.TraderStock;
        bool rounded = Math.Abs(trade) <= 1e-6 * (x.TradersAvailable + 1) + 1e-9 * (x.TraderStock + x.ToMarket + x.RuralBought + 1);
        return Math.Abs(state) <= 1e-9 * (x.Stock + 1) && rounded && d.Stock >= 0 && d.Exports >= 0 && d.ToTowns >= 0 && d.Army >= 0 && d.StateToTraders >= 0;
    }
}

public class PricesTests
{
    [Fact]
    public void Without_private_trade_every_price_is_the_states_and_the_first_expectation_is_it()
    {
        var prices = new Prices(marketPrice1921: 1.6);
        var open = prices.Open(privateTrade: false, procurementPrice: 0.9, industrialPrice: 1.5, availabilityWeight: 1);
        Assert.Equal(0.9, prices.MarketPrice);
        Assert.Equal(0.9, open.ExpectedPrice);
        Assert.Equal(0.9 / 1.5, open.Incentive, 15);
        Assert.Equal(open.Incentive, prices.ExpectedIncentive);
    }

    [Fact]
    public void Under_NEP_the_first_expectation_is_halfway_between_the_states_price_and_the_markets()
    {
        var prices = new Prices(1.6);
        Assert.Equal(1.25, prices.Open(true, 0.9, 1.0, 1).ExpectedPrice, 15);
        Assert.Equal(1.6, prices.MarketPrice);
    }

    [Fact]
    public void The_expected_price_moves_halfway_to_each_price_received_and_scarce_manufactures_discount_the_incentive()
    {
        var prices = new Prices(1.0);
        prices.Open(true, 1.0, 1.0, 1);
        prices.Receive(sold: true, privateTrade: true, realisedPrice: 2.0, procurementPrice: 1.0);
        Assert.Equal(1.5, prices.ExpectedPrice, 15);
        prices.Receive(sold: false, privateTrade: true, realisedPrice: 9.0, procurementPrice: 1.0);
        Assert.Equal(1.75, prices.ExpectedPrice, 15);
        prices.Learn(demandUnits: 200, ruralSupply: 50, incentive: 1.0);
        Assert.Equal(0.25, prices.Availability, 15);
        double full = new Prices(1.0).Open(true, 1.0, 1.0, 0.5).Incentive;
        Assert.Equal(full * Math.Sqrt(0.25) * 1.75, prices.Open(true, 1.0, 1.0, 0.5).Incentive, 12);
        prices.Learn(0, 50, 1.0);
        Assert.Equal(1.0, prices.Availability);
    }
}

public class TownsTests
{
    private static Towns.Inputs Inputs(bool atWar = false, double warDeaths = 0, double excess = 0) => new()
    {
        UrbanPopulation = 30e6, Deportees = 1e6, Migrants = 50_000, NaturalIncreaseRate = 0.012, AtWar = atWar, WarDeathsPerMonth = warDeaths,
        ExcessDeaths = excess, DeporteeDeathRate = 0.06, DeporteeBirthRate = 0.024,
    };

    [Fact]
    public void The_towns_gain_migrants_and_natural_increase_and_lose_their_dead()
    {
        var m = Towns.Step(Inputs(atWar: true, warDeaths: 20_000, excess: 1_000));
        Assert.Equal(30e6 * 0.012 / 12, m.Natural, 1e-6);
        Assert.Equal(30e6 + 50_000 + m.Natural - 20_000 - 1_000, m.UrbanPopulation, 1e-3);
        Assert.Equal(1e6 + (1e6 * 0.024 / 12 - 1e6 * 0.06 / 12), m.Deportees, 1e-6);
    }

    [Fact]
    public void War_deaths_count_only_at_war_and_are_capped_at_half_the_towns_excess_deaths_at_one_percent()
    {
        Assert.Equal(0, Towns.Step(Inputs(atWar: false, warDeaths: 20_000)).WarDeaths);
        Assert.Equal(15e6, Towns.Step(Inputs(atWar: true, warDeaths: 1e9)).WarDeaths);
        Assert.Equal(0.3e6, Towns.Step(Inputs(excess: 1e9)).ExcessDeaths);
    }
}

public class ProcurementCrisisTests
{
    /// <summary>Months from March 1921 (t = 0): procurement of 1.0 a month in the first crop
    /// year, <paramref name="later"/> from t = 14 on, and harvests of 1 then <paramref name="harvest"/>.</summary>
    private static ProcurementCrisis Record(int upTo, double later, double harvest)
    {
        var crisis = new ProcurementCrisis();
        for (int t = 0; t <= upTo; t++)
        {
            int calendarMonth = (2 + t) % 12 + 1;
            crisis.Record(t, calendarMonth, t < 14 ? 1.0 : later, t < 12 ? 1.0 : harvest);
        }
        return crisis;
    }

    private static int CalendarMonth(int t) => (2 + t) % 12 + 1;

    [Fact]
    public void Purchases_well_below_a_year_before_while_the_harvest_held_are_a_crisis_in_autumn_and_winter_only()
    {
        // t = 19 is October 1922: three months at 0.5 against 1.0 a year before, harvest unchanged.
        Assert.True(Record(19, 0.5, 1.0).Test(19, CalendarMonth(19), procurementDrop: 0.25, harvestFloor: 0.9));
        Assert.False(Record(19, 0.8, 1.0).Test(19, CalendarMonth(19), 0.25, 0.9));
        // A failed harvest explains the fall: no crisis.
        Assert.False(Record(19, 0.5, 0.6).Test(19, CalendarMonth(19), 0.25, 0.9));
        // Not in the summer (t = 28 is July 1923), not before t = 15.
        Assert.False(Record(28, 0.5, 1.0).Test(28, CalendarMonth(28), 0.25, 0.9));
        Assert.False(Record(14, 0.5, 1.0).Test(14, CalendarMonth(14), 0.25, 0.9));
    }

    [Fact]
    public void The_harvest_growth_is_the_latest_against_the_three_before_and_zero_until_four_are_known()
    {
        var crisis = new ProcurementCrisis();
        double[] harvests = [60, 70, 80, 90];
        for (int y = 0; y < 4; y++)
        {
            Assert.Equal(0, crisis.HarvestGrowth());
            crisis.Record(5 + 12 * y, 8, 0, harvests[y]);
        }
        Assert.Equal(90 / 70.0 - 1, crisis.HarvestGrowth(), 12);
        Assert.Equal(90, crisis.LatestHarvest);
    }
}

public class FederationTests
{
    private static readonly WorldParameters W = new(ParameterValues.Defaults);

    private static Federation.Inputs Inputs(double federationGdp, double best) => new()
    {
        FederationGdp = federationGdp, BestMemberGdpPerCapita = best, UssrGdp = 300e9, UssrGdpPerCapita = 2000, NationalIncome = 15e9, LeverOpenness = 0.2,
    };

    [Fact]
    public void Without_members_there_is_no_machinery_no_convergence_and_the_levers_openness()
    {
        var e = Federation.Month(Inputs(0, 0), W);
        Assert.Equal(0, e.Machinery);
        Assert.Null(e.Convergence);
        Assert.Equal(0.2, e.Openness, 15);
    }

    [Fact]
    public void A_richer_member_delivers_machinery_pulls_technique_up_and_opens_the_regime()
    {
        var e = Federation.Month(Inputs(400e9, 5000), W);
        Assert.True(e.Machinery > 0);
        Assert.True(e.Convergence > 0);
        Assert.True(e.Openness > 0.2 && e.Openness <= 1);
        Assert.Null(Federation.Month(Inputs(400e9, 1500), W).Convergence);
    }
}

public class ConstructionPipelineTests
{
    [Fact]
    public void An_Erlang_pipeline_conserves_the_money_and_delays_the_first_completions()
    {
        // 100 rubles invested once, a 36-month mean: one stage completes a thirty-sixth at once; three stages nothing in the first two months.
        double Completed(int stages, int months, out double left)
        {
            var pipe = new double[Industry.MaxStages];
            double done = Industry.Build(pipe, stages, 36, 100);
            for (int m = 1; m < months; m++) done += Industry.Build(pipe, stages, 36, 0);
            left = pipe.Sum();
            return done;
        }
        Assert.Equal(100.0 / 36, Completed(1, 1, out _), 9);
        Assert.Equal(0, Completed(3, 2, out _), 9);
        foreach (int k in new[] { 1, 3, 6 })
        {
            double done = Completed(k, 600, out double left);
            Assert.Equal(100, done + left, 6);
            Assert.True(left < 1e-3, $"{k} stages: {left} left after 50 years");
        }
        // More stages: less done after a year, more by the mean's end.
        Assert.True(Completed(3, 12, out _) < Completed(1, 12, out _));
        Assert.True(Completed(3, 48, out _) > Completed(1, 48, out _));
    }
}

