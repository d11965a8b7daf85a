using OneCountry.Model.Economy;
using OneCountry.Model.Engine;
using FsCheck.Xunit;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class CollectivizationTests
{
    /// <summary>The NEP levers, then a collectivization drive from November 1929 with
    /// dekulakization, the March 1930 retreat and the drive resumed.</summary>
    private static IEnumerable<PolicyChange> Drive(double drive = 0.175, double deliveries = 0.25, double dekulakization = 0.015, double exit = 0.21) =>
        TestScenarios.Nep().Concat([
            new PolicyChange(Month.Of(1929, 11), "collectivization_drive", drive),
            new PolicyChange(Month.Of(1929, 11), "collectivization_target", 0.75),
            new PolicyChange(Month.Of(1930, 1), "nep_market", 0),
            new PolicyChange(Month.Of(1930, 2), "dekulakization", dekulakization),
            new PolicyChange(Month.Of(1930, 3), "collectivization_drive", 0),
            new PolicyChange(Month.Of(1930, 3), "collective_exit", exit),
            new PolicyChange(Month.Of(1930, 8), "collective_exit", 0.005),
            new PolicyChange(Month.Of(1930, 9), "collectivization_drive", drive / 5),
            new PolicyChange(Month.Of(1930, 9), "collectivization_target", 0.95),
            new PolicyChange(Month.Of(1930, 9), "kolkhoz_delivery_share", deliveries),
        ]);

    private static SimulationResult Run(ulong seed, IEnumerable<PolicyChange> policy, double scale = 5000, int endYear = 1932) =>
        new Simulation(TestScenarios.Config(seed, scale, end: Month.Of(endYear, 12), policy: policy)).Run();

    [Property(MaxTest = 6)]
    public void Balances_hold_through_collectivization_and_deportation(ulong seed)
    {
        // Throws if any monthly identity fails: household, collective, state and trader grain;
        // household money; rural and urban people.
        var r = Run(seed, Drive(), scale: 20000);
        for (int t = 0; t < r.Months; t++)
            for (int v = 0; v < Variables.Count; v++)
                Assert.True(double.IsFinite(r[t, v]), $"{Variables.All[v].Name} in {r.MonthAt(t)}");
    }

    [Fact]
    public void People_are_conserved_with_the_deported()
    {
        var config = TestScenarios.Config(4, 10000, end: Month.Of(1931, 12), policy: Drive(dekulakization: 0.05));
        var (r, expected, end) = TestScenarios.PeopleAccount(config);
        Assert.True(r.Get(r.MonthAt(r.Months - 1), "deportees") > 0);
        Assert.Equal(expected, end, 1e-6 * end);
    }

    [Fact]
    public void The_drive_collectivizes_the_retreat_empties_the_farms_and_the_resumed_drive_fills_them()
    {
        var r = Run(1, Drive());
        double before = r.Get(Month.Of(1929, 10), "collectivized_share");
        double peak = r.Get(Month.Of(1930, 2), "collectivized_share");
        double retreat = r.Get(Month.Of(1930, 8), "collectivized_share");
        double later = r.Get(Month.Of(1932, 6), "collectivized_share");
        string shares = $"Oct 1929 {before:P1}, Feb 1930 {peak:P1}, Aug 1930 {retreat:P1}, Jun 1932 {later:P1}";
        Assert.True(before < 0.10, shares);
        Assert.True(peak > 0.45, shares);
        Assert.True(retreat < 0.6 * peak, shares);
        Assert.True(later > retreat + 0.2, shares);
        Assert.True(r.Get(Month.Of(1931, 8), "collective_harvest") > 0);
        Assert.True(r.Get(Month.Of(1931, 8), "kolkhoz_deliveries") > 0);
    }

    [Fact]
    public void Without_a_drive_collectives_grow_only_slowly()
    {
        var r = Run(1, TestScenarios.Nep());
        Assert.InRange(r.Get(Month.Of(1932, 12), "collectivized_share"), 0.001, 0.25);
        Assert.Equal(0, r.Get(Month.Of(1932, 12), "deportees"));
    }

    [Fact]
    public void Forced_entry_costs_livestock()
    {
        var forced = Run(2, Drive());
        var none = Run(2, TestScenarios.Nep());
        double Animals(SimulationResult r) => r.Get(Month.Of(1931, 1), "cattle") + r.Get(Month.Of(1931, 1), "draught_animals");
        Assert.True(forced.Get(Month.Of(1930, 2), "livestock_slaughtered_on_entry") > 0);
        Assert.True(Animals(forced) < 0.9 * Animals(none), $"animals with the drive {Animals(forced):E3}, without {Animals(none):E3}");
    }

    [Fact]
    public void Heavier_compulsory_deliveries_take_more_grain_and_bring_more_hunger()
    {
        var light = Run(3, Drive(deliveries: 0.15));
        var heavy = Run(3, Drive(deliveries: 0.45));
        double Sum(SimulationResult r, string v, int y) => TestScenarios.CropYearSum(r, y, v);
        Assert.True(Sum(heavy, "kolkhoz_deliveries", 1931) > Sum(light, "kolkhoz_deliveries", 1931));
        Assert.True(Sum(heavy, "grain_distributed_collective", 1931) < Sum(light, "grain_distributed_collective", 1931));
        Assert.True(Sum(heavy, "famine_deaths", 1931) > Sum(light, "famine_deaths", 1931),
            $"famine deaths 1931/32: heavy {Sum(heavy, "famine_deaths", 1931):E3}, light {Sum(light, "famine_deaths", 1931):E3}");
    }

    [Fact]
    public void The_delivery_quota_is_set_on_the_planned_harvest_so_a_drought_falls_on_the_members()
    {
        // Same seed, same levers; a drought in every zone in 1931. Deliveries follow the plan (they
        // barely fall), what members receive falls with the harvest, and no stock goes negative
        // even when the quota and the stations' payment exceed a failed harvest (deliveries 0.8).
        var zones = Enumerable.Range(0, Countryside.Zones.Count).ToList();
        SimulationResult RunWith(double severity, double deliveries) => new Simulation(TestScenarios.Config(4, 10000, end: Month.Of(1932, 6), policy: Drive(deliveries: deliveries)) with
        {
            Events = [.. TestScenarios.Droughts, new ScheduledEvent(Month.Of(1931, 6), EventKind.Drought, severity, 0, zones, null, null)],
        }).Run();
        var normal = RunWith(1.0, 0.3);
        var drought = RunWith(0.6, 0.3);
        double Sum(SimulationResult r, string v) => TestScenarios.CropYearSum(r, 1931, v);
        Assert.True(Sum(drought, "collective_harvest") < 0.7 * Sum(normal, "collective_harvest"));
        Assert.True(Sum(drought, "kolkhoz_deliveries") > 0.9 * Sum(normal, "kolkhoz_deliveries"),
            $"deliveries {Sum(drought, "kolkhoz_deliveries"):E3} against {Sum(normal, "kolkhoz_deliveries"):E3}");
        Assert.True(Sum(drought, "grain_distributed_collective") < 0.6 * Sum(normal, "grain_distributed_collective"));
        var hard = ParameterValues.Defaults.With([
            KeyValuePair.Create("mts_payment_share", ParameterRegistry.Get("mts_payment_share").Max),
            KeyValuePair.Create("delivery_plan_yield", ParameterRegistry.Get("delivery_plan_yield").Max),
            KeyValuePair.Create("tractors_1921", ParameterRegistry.Get("tractors_1921").Max)]);
        var extreme = new Simulation(TestScenarios.Config(4, 10000, end: Month.Of(1932, 6), policy: Drive(deliveries: 0.8), parameters: hard) with
        {
            Events = [.. TestScenarios.Droughts, new ScheduledEvent(Month.Of(1931, 6), EventKind.Drought, 0.1, 0, zones, null, null)],
        }).Run();
        for (int t = 0; t < extreme.Months; t++)
            Assert.True(extreme[t, Variables.IndexOf("grain_stock_collective")] >= 0, $"collective grain negative in {extreme.MonthAt(t)}");
    }

    [Fact]
    public void A_failed_harvest_pays_the_quota_and_the_stations_only_up_to_what_was_reaped()
    {
        // An empty barn, a harvest at a tenth of normal, deliveries of 0.8 of the plan and tractors
        // on every hectare: the state takes the whole harvest and nothing goes negative.
        var p = new Parameters(ParameterValues.Defaults.With([KeyValuePair.Create("mts_payment_share", 0.3)]));
        var farms = new Countryside.CollectiveFarms();
        farms.Land[0] = farms.Sown[0] = 1000;
        farms.Draught[0] = 10;
        farms.Workers[0] = farms.Consumers[0] = farms.Households[0] = 100;
        var weather = Enumerable.Repeat(0.1, Countryside.Zones.Count).ToArray();
        double[] perWorker = new double[Countryside.Zones.Count], perConsumer = new double[Countryside.Zones.Count], cash = new double[Countryside.Zones.Count];
        var result = farms.Harvest(p, 1.0, weather, tractors: 1000, deliveryShare: 0.8, deliveryPriceRubles: 1, perWorker, perConsumer, cash);
        Assert.True(result.Harvest > 0);
        Assert.True(result.Deliveries + result.MtsPayment <= result.Harvest * (1 + 1e-12));
        Assert.True(farms.Grain[0] >= 0, $"barn {farms.Grain[0]}");
        Assert.Equal(0, result.Distributed);
    }

    [Fact]
    public void Hungry_members_lower_the_yield_and_quota_relief_cuts_the_deliveries_of_hungry_zones()
    {
        var p = Parameters.Defaults;
        Countryside.CollectiveFarms Farm(double hungry)
        {
            var farms = new Countryside.CollectiveFarms();
            farms.Land[0] = farms.Sown[0] = 1000;
            farms.Draught[0] = 100;
            farms.Workers[0] = farms.Consumers[0] = farms.Households[0] = 100;
            farms.Grain[0] = 500;
            farms.Hungry[0] = hungry;
            return farms;
        }
        var weather = Enumerable.Repeat(1.0, Countryside.Zones.Count).ToArray();
        var zone = Countryside.Zones.Count;
        Countryside.CollectiveFarms.HarvestResult Reap(double hungry, double relief) =>
            Farm(hungry).Harvest(p, 1.0, weather, 0, 0.3, 1, new double[zone], new double[zone], new double[zone], relief);
        var fed = Reap(0, 0);
        var hungry = Reap(0.5, 0);
        Assert.Equal(1 - p.CollectiveIncentiveLoss * 0.5, hungry.Harvest / fed.Harvest, 9);
        // Without relief the quota is the plan's, whatever the hunger; with full relief it falls by the hungry share.
        Assert.Equal(fed.Deliveries, hungry.Deliveries, 9);
        Assert.Equal(0.5 * fed.Deliveries, Reap(0.5, 1).Deliveries, 9);
    }

    [Fact]
    public void A_delivery_plan_drawn_from_the_states_claims_scales_every_zones_quota_down_together()
    {
        var p = Parameters.Defaults;
        var farms = new Countryside.CollectiveFarms();
        for (int z = 0; z < 2; z++)
        {
            farms.Land[z] = farms.Sown[z] = 1000 * (z + 1);
            farms.Draught[z] = 100 * (z + 1);
            farms.Workers[z] = farms.Consumers[z] = farms.Households[z] = 100;
        }
        var weather = Enumerable.Repeat(1.0, Countryside.Zones.Count).ToArray();
        int n = Countryside.Zones.Count;
        Countryside.CollectiveFarms.HarvestResult Reap(double cap)
        {
            var f = new Countryside.CollectiveFarms();
            for (int z = 0; z < 2; z++) { f.Land[z] = farms.Land[z]; f.Sown[z] = farms.Sown[z]; f.Draught[z] = farms.Draught[z]; f.Workers[z] = f.Consumers[z] = f.Households[z] = 100; }
            return f.Harvest(p, 1.0, weather, 0, 0.3, 1, new double[n], new double[n], new double[n], 0, cap);
        }
        var pressed = Reap(double.PositiveInfinity);
        Assert.True(pressed.Deliveries > 0);
        // A plan above the quotas changes nothing; half the quotas halves the deliveries; none takes none.
        Assert.Equal(pressed.Deliveries, Reap(2 * pressed.Deliveries).Deliveries, 9);
        Assert.Equal(0.5 * pressed.Deliveries, Reap(0.5 * pressed.Deliveries).Deliveries, 6);
        Assert.Equal(0, Reap(0).Deliveries);
        Assert.Equal(pressed.Harvest, Reap(0).Harvest, 9);
    }

    [Fact]
    public void The_delivery_plan_is_a_year_of_the_states_claims_less_its_stock_and_its_other_procurement()
    {
        // Towns 0.8 Mt a month, the army 0.05, exports 2 Mt, reserves 1.6 + 1 Mt: 14.8 Mt of claims.
        Assert.Equal(14.8e6, StateGrain.DeliveryPlan(0.8e6, 0.05e6, 2, 1.6e6, 1e6, stock: 0, otherProcurement: 0), 1e-3);
        Assert.Equal(14.8e6 - 3e6 - 4e6, StateGrain.DeliveryPlan(0.8e6, 0.05e6, 2, 1.6e6, 1e6, stock: 3e6, otherProcurement: 4e6), 1e-3);
        // A stock above the claims asks nothing of the farms; a larger export plan asks more, tonne for tonne.
        Assert.Equal(0, StateGrain.DeliveryPlan(0.8e6, 0.05e6, 2, 1.6e6, 1e6, stock: 20e6, otherProcurement: 0));
        Assert.Equal(1e6, StateGrain.DeliveryPlan(0.8e6, 0.05e6, 3, 1.6e6, 1e6, 0, 0) - StateGrain.DeliveryPlan(0.8e6, 0.05e6, 2, 1.6e6, 1e6, 0, 0), 1e-3);
    }
}
