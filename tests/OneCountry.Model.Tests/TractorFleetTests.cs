using OneCountry.Model.Engine;
using OneCountry.Model.Economy;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class TractorFleetTests
{
    private static readonly Parameters P = Parameters.Defaults;

    [Fact]
    public void The_fleet_settles_where_scrapping_matches_deliveries()
    {
        // Deliveries D a month and scrapping of 1/(12·life) a month settle at D·12·life.
        var fleet = new TractorFleet(0);
        double rubles = 0.01 * 2.0 * Industry.ProducerOutput1913Rubles / 12.0;
        for (int m = 0; m < 12 * 120; m++) fleet.Step(P, rubles, 0);
        double monthly = rubles / P.TractorPrice;
        Assert.Equal(monthly * 12 * P.TractorServiceLife, fleet.Tractors, 1e-3 * fleet.Tractors);
    }

    [Fact]
    public void More_heavy_industry_output_for_tractors_or_more_imports_mean_more_tractors()
    {
        double After(double share, double imports)
        {
            var fleet = new TractorFleet(P.Tractors1921);
            for (int m = 0; m < 120; m++) fleet.Step(P, share * 2.0 * Industry.ProducerOutput1913Rubles / 12.0, imports);
            return fleet.Tractors;
        }
        Assert.True(After(0.02, 0) > After(0.01, 0));
        Assert.True(After(0.01, 3e7) > After(0.01, 0));
    }

    [Fact]
    public void In_the_model_a_larger_tractor_programme_mechanizes_the_collective_farms_and_raises_their_sown_area_and_harvest()
    {
        // The whole harvest need not rise: the stations' payment in kind takes members' grain, and
        // hungry members tend the crop less well (collective_incentive_loss), on some seeds enough
        // to offset the gain. The collective farms' own sown area and harvest rise on every seed tried.
        var scenario = TestScenarios.Historical();
        var baseConfig = scenario.ToConfig(scale: 20000);
        var more = TestScenarios.WithLeverFrom(baseConfig, "tractor_output_share", Month.Of(1930, 6), 0.03);
        var a = new Simulation(baseConfig).Run();
        var b = new Simulation(more).Run();
        Assert.True(b.Get(Month.Of(1935, 12), "tractors") > 1.5 * a.Get(Month.Of(1935, 12), "tractors"));
        double Sum(SimulationResult r, string v) => Enumerable.Range(1933, 5).Sum(y => Enumerable.Range(1, 12).Sum(m => r.Get(Month.Of(y, m), v)));
        Assert.True(Sum(b, "collective_sown_area") > Sum(a, "collective_sown_area"));
        Assert.True(Sum(b, "collective_harvest") > Sum(a, "collective_harvest"), $"{Sum(b, "collective_harvest"):E3} against {Sum(a, "collective_harvest"):E3}");
    }
}
