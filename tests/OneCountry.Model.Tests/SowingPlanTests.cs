using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class SowingPlanTests
{
    [Fact]
    public void Sowing_plans_raise_individual_sowing_but_never_beyond_land()
    {
        var scenario = TestScenarios.Historical();
        var withPlans = scenario.ToConfig(scale: 20000);
        var without = TestScenarios.WithLeverFrom(withPlans, "sowing_plan", withPlans.Start, 0);
        var a = new Simulation(without).Run();
        var simB = new Simulation(withPlans);
        while (simB.CurrentMonth <= Month.Of(1931, 4)) simB.Step();
        // Just after the spring sowing of 1931 (no lease any more): nobody sows beyond its land.
        var h = simB.Households;
        for (int i = 0; i < h.Count; i++)
            if (h.Status[i] == (byte)OneCountry.Model.Countryside.HouseholdStatus.Individual)
                Assert.True(h.Sown[i] <= h.Land[i] + 1e-3, $"household {i} sows {h.Sown[i]} on {h.Land[i]} ha");
        while (!simB.Finished) simB.Step();
        var b = simB.Result();
        Assert.True(b.Get(Month.Of(1931, 5), "sown_area") > a.Get(Month.Of(1931, 5), "sown_area"));
    }
}
