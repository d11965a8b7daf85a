using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class AnnexationTests
{
    private static readonly ScheduledEvent Territory =
        new(Month.Of(1922, 1), EventKind.Annexation, 2.0e6, 0, [Zones.IndexOf("ukraine")], null, "test territory") { UrbanShare = 0.25 };

    [Fact]
    public void An_annexed_territory_adds_its_people_and_every_balance_still_holds()
    {
        var baseConfig = TestScenarios.Config(5, scale: 10000, end: Month.Of(1923, 12));
        var config = baseConfig with { Events = [.. baseConfig.Events, Territory] };
        var (r, expected, total) = TestScenarios.PeopleAccount(config); // monthly balances throw if violated
        Assert.Equal(expected, total, 1e-6 * total);
        double annexed = Enumerable.Range(0, r.Months).Sum(t => r[t, Variables.IndexOf("annexed_population")]);
        // The simulated rows stand for the territory's peasants to within a household row's rounding.
        Assert.InRange(annexed, 1.8e6, 2.2e6);
        Assert.Equal(annexed, r.Get(Month.Of(1922, 1), "annexed_population"));
        Assert.Contains(r.Events.Entries, e => e.Kind == "annexation" && e.Month == Month.Of(1922, 1));
    }

    [Fact]
    public void The_annexed_peasants_farm_in_the_named_zone_and_raise_its_harvest()
    {
        var baseConfig = TestScenarios.Config(5, scale: 10000, end: Month.Of(1922, 12));
        var without = new Simulation(baseConfig);
        var a = without.Run();
        var with = new Simulation(baseConfig with { Events = [.. baseConfig.Events, Territory] });
        var b = with.Run();
        int ukraine = Zones.IndexOf("ukraine");
        int CountIn(HouseholdTable h, int z) => Enumerable.Range(0, h.Count).Count(i => h.Zone[i] == z && h.Members[i] > 0);
        Assert.True(CountIn(with.Households, ukraine) > CountIn(without.Households, ukraine) + 20); // 2 million × 0.75 / 5.4 persons / k = 28 rows
        double Harvest1922(SimulationResult r) => Enumerable.Range(1, 12).Sum(m => r.Get(Month.Of(1922, m), "grain_harvest"));
        Assert.True(Harvest1922(b) > Harvest1922(a) * 1.01, $"{Harvest1922(b):E3} against {Harvest1922(a):E3}");
    }
}
