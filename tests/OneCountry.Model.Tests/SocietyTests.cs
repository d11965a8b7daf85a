using OneCountry.Model.Engine;
using OneCountry.Model.Economy;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.Society;

namespace OneCountry.Model.Tests;

public class BureaucracyTests
{
    private static readonly Parameters P = Parameters.Defaults;

    private static Bureaucracy Run(double volume, double scarcity, double openness, int months = 120)
    {
        var b = new Bureaucracy(P, 0);
        for (int m = 0; m < months; m++) b.Step(P, 150e6, volume, scarcity, openness, 12e6);
        return b;
    }

    [Fact]
    public void The_apparatus_grows_with_what_the_state_administers_and_with_scarcity()
    {
        Assert.True(Run(10e9, 0.2, 0).Numbers > Run(5e9, 0.2, 0).Numbers);
        Assert.True(Run(5e9, 0.8, 0).Numbers > Run(5e9, 0.1, 0).Numbers);
    }

    [Fact]
    public void An_open_party_regime_shrinks_the_apparatus_and_its_privilege()
    {
        var closed = Run(8e9, 0.5, 0);
        var open = Run(8e9, 0.5, 1);
        Assert.True(open.Numbers < closed.Numbers);
        Assert.True(open.PrivilegeShare < closed.PrivilegeShare);
    }

    [Fact]
    public void The_apparatus_grows_fast_and_shrinks_slowly()
    {
        var b = new Bureaucracy(P, 0);
        for (int m = 0; m < 120; m++) b.Step(P, 150e6, 5e9, 0.2, 0, 12e6);
        double steady = b.Numbers;
        for (int m = 0; m < 12; m++) b.Step(P, 150e6, 20e9, 0.2, 0, 12e6);
        double up = b.Numbers - steady;
        for (int m = 0; m < 120; m++) b.Step(P, 150e6, 20e9, 0.2, 0, 12e6);
        double high = b.Numbers;
        for (int m = 0; m < 12; m++) b.Step(P, 150e6, 5e9, 0.2, 0, 12e6);
        double down = high - b.Numbers;
        Assert.True(up > 0 && down > 0);
        Assert.True(up / (high - steady) > 1.5 * down / (high - steady), $"a year up {up:E3}, a year down {down:E3}");
    }
}

public class LabourTests
{
    private static readonly Parameters P = Parameters.Defaults;

    [Fact]
    public void Employment_is_the_sum_of_its_branches_and_unemployment_is_never_negative()
    {
        var e = Labour.Compute(P, 3e6, 0.1, 2e9, 30e6, 2e6, 50_000);
        Assert.Equal(e.Industry + e.Construction + e.Services + e.Apparatus + e.StateAgriculture, e.Total, 6);
        Assert.True(e.Unemployed >= 0);
        Assert.Equal(0, Labour.Compute(P, 10e6, 0.3, 5e9, 30e6, 3e6, 50_000).Unemployed);
    }

    [Fact]
    public void Fast_expansion_and_more_investment_call_for_more_workers()
    {
        Assert.True(Labour.Compute(P, 3e6, 0.25, 2e9, 30e6, 2e6, 0).Industry > Labour.Compute(P, 3e6, 0.0, 2e9, 30e6, 2e6, 0).Industry);
        Assert.True(Labour.Compute(P, 3e6, 0.1, 4e9, 30e6, 2e6, 0).Construction > Labour.Compute(P, 3e6, 0.1, 2e9, 30e6, 2e6, 0).Construction);
    }

    [Fact]
    public void Under_the_plan_unemployment_disappears_in_the_historical_run()
    {
        var scenario = TestScenarios.Historical();
        var r = new Simulation(scenario.ToConfig(scale: 20000)).Run();
        Assert.True(r.Get(Month.Of(1927, 6), "unemployed") > 0.5e6);
        Assert.True(r.Get(Month.Of(1932, 6), "unemployed") < 0.1e6);
        Assert.True(r.Get(Month.Of(1932, 6), "workers_and_employees") > 1.4 * r.Get(Month.Of(1928, 6), "workers_and_employees"));
    }

}

public class UrbanFoodTests
{
    private static UrbanFood.Inputs Month(double householdMeat = 100, double householdMilk = 1000, double entryMeat = 0,
        double collectiveMeat = 0, double collectiveMilk = 0, double sold = 0.35) => new()
    {
        HouseholdMeat = householdMeat, HouseholdMilk = householdMilk, EntryMeat = entryMeat, CollectiveMeat = collectiveMeat,
        CollectiveMilk = collectiveMilk, SoldShare = sold, MeatGrainEquivalent = 0.8, MilkGrainEquivalent = 0.19,
    };

    [Fact]
    public void The_towns_get_the_households_marketed_share_at_its_food_value()
    {
        // 35% of 100 t of meat and 1,000 t of milk: 35 × 0.8 + 350 × 0.19 = 28 + 66.5.
        Assert.Equal(94.5, UrbanFood.LivestockProducts(Month()), 9);
    }

    [Fact]
    public void The_collective_farms_herds_go_to_the_towns_whole()
    {
        double without = UrbanFood.LivestockProducts(Month());
        double with = UrbanFood.LivestockProducts(Month(collectiveMeat: 10, collectiveMilk: 100));
        Assert.Equal(10 * 0.8 + 100 * 0.19, with - without, 9);
    }

    [Fact]
    public void Slaughter_on_entry_reaches_the_towns_in_the_marketed_share_and_fewer_animals_mean_less()
    {
        Assert.Equal(0.35 * 50 * 0.8, UrbanFood.LivestockProducts(Month(entryMeat: 50)) - UrbanFood.LivestockProducts(Month()), 9);
        Assert.True(UrbanFood.LivestockProducts(Month(householdMeat: 50, householdMilk: 500)) < UrbanFood.LivestockProducts(Month()));
        Assert.Equal(0, UrbanFood.LivestockProducts(Month(householdMeat: 0, householdMilk: 0)));
    }
}
