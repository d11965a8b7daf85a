using OneCountry.Model.Economy;
using OneCountry.Model.Simulation;

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
    public void In_the_model_a_larger_tractor_programme_mechanizes_the_collective_farms_and_raises_the_harvest()
    {
        var scenario = TestScenarios.Historical();
        var baseConfig = scenario.ToConfig(scale: 20000);
        var more = TestScenarios.WithLeverFrom(baseConfig, "tractor_output_share", Month.Of(1930, 6), 0.03);
        var a = new Simulation.Simulation(baseConfig).Run();
        var b = new Simulation.Simulation(more).Run();
        Assert.True(b.Get(Month.Of(1935, 12), "tractors") > 1.5 * a.Get(Month.Of(1935, 12), "tractors"));
        double Harvests(Simulation.SimulationResult r) => Enumerable.Range(1933, 5).Sum(y => Enumerable.Range(1, 12).Sum(m => r.Get(Month.Of(y, m), "grain_harvest")));
        Assert.True(Harvests(b) > Harvests(a), $"{Harvests(b):E3} against {Harvests(a):E3}");
    }
}
