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
