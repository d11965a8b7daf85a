using OneCountry.Model.Engine;
using OneCountry.Model.Economy;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class DefenceTests
{
    private static readonly Parameters P = Parameters.Defaults;

    [Fact]
    public void Armaments_come_out_of_producer_goods_ahead_of_investment()
    {
        // A high investment share makes equipment the binding limit; weapons then displace investment.
        var peace = new Industry(P);
        var war = new Industry(P);
        for (int m = 0; m < 12 * 10; m++)
        {
            peace.Step(P, 0.4, 0.6, 14e9);
            war.Step(P, 0.4, 0.6, 14e9, 0, 40e6);
        }
        Assert.True(war.LastArmaments > 0);
        Assert.True(war.LastInvestment < peace.LastInvestment);
        Assert.True(war.ProducerCapacity < peace.ProducerCapacity);
        double equipment = P.InvestmentGoodsShare * war.ProducerOutput * Industry.ProducerOutput1913Rubles / 12.0;
        Assert.True(war.LastArmaments + war.LastInvestment <= equipment * (1 + 1e-9));
    }

    [Fact]
    public void In_the_model_a_larger_defence_burden_lowers_workers_consumption_and_raises_the_shortage()
    {
        var scenario = TestScenarios.Historical();
        var baseConfig = scenario.ToConfig(scale: 20000);
        var a = new Simulation(baseConfig).Run();
        var scripted = TestScenarios.WithLeverFrom(baseConfig, "defence_follows_threat", Month.Of(1933, 1), 0);
        var b = new Simulation(TestScenarios.WithLeverFrom(scripted, "defence_share", Month.Of(1933, 1), 0.25)).Run();
        double Mean(SimulationResult r, string v) => Enumerable.Range(1, 12).Average(m => r.Get(Month.Of(1936, m), v));
        Assert.True(Mean(b, "defence_spending") > 2 * Mean(a, "defence_spending"));
        Assert.True(Mean(b, "consumption_workers") < Mean(a, "consumption_workers"));
        Assert.True(Mean(b, "shortage_index") >= Mean(a, "shortage_index"));
    }
}

public class HeavyIndustryShareTests
{
    [Fact]
    public void In_the_model_a_higher_heavy_industry_share_raises_heavy_output_and_lowers_consumption_in_the_short_run()
    {
        var scenario = TestScenarios.Historical();
        var baseConfig = scenario.ToConfig(scale: 20000);
        SimulationResult Run(double heavy) =>
            new Simulation(TestScenarios.WithLeverFrom(baseConfig, "heavy_industry_share", Month.Of(1929, 1), heavy)).Run();
        var light = Run(0.3);
        var heavy = Run(0.9);
        double Mean(SimulationResult r, int year, string v) => Enumerable.Range(1, 12).Average(m => r.Get(Month.Of(year, m), v));
        Assert.True(Mean(heavy, 1933, "producer_goods_output") > Mean(light, 1933, "producer_goods_output"));
        Assert.True(Mean(heavy, 1933, "consumer_goods_output") < Mean(light, 1933, "consumer_goods_output"));
        Assert.True(Mean(heavy, 1933, "consumption_workers") < Mean(light, 1933, "consumption_workers"));
    }
}

public class SovietWarTests
{
    [Fact]
    public void A_war_of_the_USSR_costs_its_dead_raises_the_defence_share_and_keeps_the_people_account()
    {
        var config = TestScenarios.Config(seed: 5, scale: 20000, end: Month.Of(1926, 12)) with
        {
            Events = [.. TestScenarios.Droughts, new ScheduledEvent(Month.Of(1925, 3), EventKind.War, 120_000, 4, [], "USSR", "a test war")],
        };
        var (r, expected, actual) = TestScenarios.PeopleAccount(config);
        Assert.Equal(expected, actual, 1e-6 * expected);
        double deaths = Enumerable.Range(0, r.Months).Sum(t => r[t, Variables.IndexOf("war_deaths")]);
        Assert.Equal(120_000, deaths, 1e-6);
        var peace = new Simulation(TestScenarios.Config(seed: 5, scale: 20000, end: Month.Of(1926, 12))).Run();
        Assert.True(r.Get(Month.Of(1925, 4), "defence_share") > peace.Get(Month.Of(1925, 4), "defence_share") + 0.04);
        Assert.Equal(peace.Get(Month.Of(1925, 8), "defence_share"), r.Get(Month.Of(1925, 8), "defence_share"));
    }

    [Fact]
    public void A_larger_army_takes_men_out_of_the_towns_labour_force()
    {
        var baseConfig = TestScenarios.Config(seed: 5, scale: 20000, end: Month.Of(1926, 12));
        var small = new Simulation(TestScenarios.WithLeverFrom(baseConfig, "defence_share", Month.Of(1921, 3), 0.02)).Run();
        var large = new Simulation(TestScenarios.WithLeverFrom(baseConfig, "defence_share", Month.Of(1921, 3), 0.08)).Run();
        var m = Month.Of(1925, 6);
        Assert.True(large.Get(m, "armed_forces") > 3 * small.Get(m, "armed_forces"));
        Assert.True(large.Get(m, "unemployed") < small.Get(m, "unemployed"));
        // The army eats from the state's stock: a larger army draws more grain.
        Assert.True(large.Get(m, "grain_army") > 3 * small.Get(m, "grain_army"));
    }
}

public class ExcessDeathTests
{
    [Fact]
    public void Scripted_excess_deaths_fall_where_they_are_placed_and_keep_the_people_account()
    {
        int suk = Countryside.Zones.IndexOf("siberia_urals_kazakhstan");
        var baseConfig = TestScenarios.Config(seed: 3, scale: 5000, end: Month.Of(1924, 12));
        var config = baseConfig with
        {
            Events = [.. TestScenarios.Droughts, new ScheduledEvent(Month.Of(1923, 1), EventKind.ExcessDeaths, 1_000_000, 12, [suk], null, "test") { UrbanShare = 0.2 }],
        };
        var (r, expected, actual) = TestScenarios.PeopleAccount(config);
        Assert.Equal(expected, actual, 1e-6 * expected);
        var quiet = new Simulation(baseConfig).Run();
        double Sum(SimulationResult x, string v) => Enumerable.Range(1, 12).Sum(m => x.Get(Month.Of(1923, m), v));
        Assert.Equal(200_000, Sum(r, "excess_deaths_towns"), 1e-6);
        // The rural 800,000 show up among rural deaths (Poisson noise at this scale: within 10%).
        double extra = Sum(r, "deaths_rural") - Sum(quiet, "deaths_rural");
        Assert.InRange(extra, 700_000, 900_000);
    }
}
