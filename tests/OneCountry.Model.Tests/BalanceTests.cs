using OneCountry.Model.Engine;
using FsCheck.Xunit;
using OneCountry.Model.Countryside;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

/// <summary>Stock–flow identities (grain of households, state and traders; rural and urban people;
/// household money) are checked inside the simulation after every month when
/// <see cref="SimulationConfig.CheckBalances"/> is on, and a failure throws. These properties run
/// the model over random seeds and random parameter values drawn from the registry's ranges.</summary>
public class BalanceTests
{
    private static ParameterValues RandomParameters(ulong draw, int howMany)
    {
        var rng = new RandomStreams(draw);
        var specs = ParameterRegistry.All;
        var overrides = new Dictionary<string, double>();
        for (int j = 0; j < howMany; j++)
        {
            var spec = specs[(int)(rng.Uniform(RandomPurpose.Initialization, j, 1) * specs.Count)];
            overrides[spec.Name] = spec.Min + (spec.Max - spec.Min) * rng.Uniform(RandomPurpose.Initialization, j, 2);
        }
        return ParameterValues.Defaults.With(overrides);
    }

    [Property(MaxTest = 12)]
    public void Balances_hold_every_month_for_any_seed_and_parameters_in_range(ulong seed, ulong parameterDraw)
    {
        var config = TestScenarios.Config(seed, scale: 20000, end: Month.Of(1924, 12), parameters: RandomParameters(parameterDraw, 12)) with { CheckBalances = true };
        var sim = new Simulation(config);
        var result = sim.Run(); // throws BalanceViolationException if any identity fails

        var h = sim.Households;
        for (int i = 0; i < h.Count; i++)
        {
            Assert.True(h.Grain[i] >= -1e-9, $"household {i} holds negative grain {h.Grain[i]}");
            Assert.True(h.Cash[i] >= -1e-6, $"household {i} holds negative cash {h.Cash[i]}");
            Assert.True(h.Members[i] >= 0);
            Assert.True(h.DraughtAnimals[i] >= 0 && h.Cattle[i] >= 0 && h.Pigs[i] >= 0 && h.Sheep[i] >= 0);
            Assert.True(h.Land[i] >= 0 && h.Sown[i] >= 0);
        }
        for (int t = 0; t < result.Months; t++)
            for (int v = 0; v < Variables.Count; v++)
                Assert.True(double.IsFinite(result[t, v]), $"{Variables.All[v].Name} is not finite in {result.MonthAt(t)}");
    }

    [Fact]
    public void Grain_is_conserved_across_the_whole_run()
    {
        // Peasant grain (households and collective farms) at the end = at the start + harvests -
        // every use, summed over the run, + the state's seed aid (collective farms start with nothing).
        var config = TestScenarios.Config(3, scale: 10000, end: Month.Of(1925, 6));
        var sim = new Simulation(config);
        double start = Enumerable.Range(0, sim.Households.Count).Sum(i => sim.Households.Grain[i]) * config.Scale;
        var r = sim.Run();
        double inflow = 0, outflow = 0;
        for (int t = 0; t < r.Months; t++)
        {
            inflow += r[t, Variables.IndexOf("grain_harvest")] + r[t, Variables.IndexOf("grain_seed_aid")];
            foreach (var v in new[] { "grain_seed", "grain_food_rural", "grain_fodder", "grain_losses", "grain_marketed" })
                outflow += r[t, Variables.IndexOf(v)];
        }
        double end = r[r.Months - 1, Variables.IndexOf("grain_stock_households")] + r[r.Months - 1, Variables.IndexOf("grain_stock_collective")];
        Assert.Equal(start + inflow - outflow, end, 1e-6 * (start + inflow));
    }

    [Fact]
    public void People_are_conserved_rural_plus_urban()
    {
        var (_, expected, total) = TestScenarios.PeopleAccount(TestScenarios.Config(5, scale: 10000, end: Month.Of(1925, 12)));
        Assert.Equal(expected, total, 1e-6 * total);
    }

    [Fact]
    public void A_violated_balance_is_reported_with_its_numbers()
    {
        var report = new BalanceReport("household grain", 100, 10, 5, 104);
        Assert.False(report.Holds());
        var e = new BalanceViolationException(report, Month.Of(1923, 10));
        Assert.Contains("household grain", e.Message);
        Assert.Contains("1923-10", e.Message);
        Assert.True(new BalanceReport("x", 100, 10, 5, 105).Holds());
    }
}

public class StockAccountTests
{
    [Fact]
    public void An_account_holds_when_every_flow_is_posted_and_fails_when_one_is_forgotten()
    {
        var account = new StockAccount("grain", 1e-9);
        account.Open(100);
        account.In(30);
        account.Out(20);
        account.Out(5);
        Assert.True(account.Close(105).Holds(account.Tolerance));
        Assert.False(account.Close(110).Holds(account.Tolerance));
        // Reopening starts a new month: the flows of the last are gone.
        account.Open(105);
        Assert.True(account.Close(105).Holds(account.Tolerance));
        Assert.Equal("grain", account.Close(105).Name);
    }

    [Fact]
    public void An_exact_account_tolerates_no_residual()
    {
        var people = new StockAccount("rural population", 0);
        people.Open(1000);
        people.In(12);
        people.Out(7);
        Assert.True(people.Close(1005).Holds(people.Tolerance));
        Assert.False(people.Close(1005.000001).Holds(people.Tolerance));
    }
}
