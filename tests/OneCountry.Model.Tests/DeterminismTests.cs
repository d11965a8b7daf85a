using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class DeterminismTests
{
    private static double[] Series(SimulationResult r) =>
        Enumerable.Range(0, r.Months).SelectMany(t => Enumerable.Range(0, Variables.Count).Select(v => r[t, v])).ToArray();

    [Fact]
    public void The_same_seed_gives_bit_identical_series_with_one_thread_or_several()
    {
        // Scale 500 gives about 43,000 households: several blocks, so the threads really split the work.
        var one = Series(new Simulation(TestScenarios.Config(11, scale: 500, threads: 1, end: Month.Of(1923, 12))).Run());
        var four = Series(new Simulation(TestScenarios.Config(11, scale: 500, threads: 4, end: Month.Of(1923, 12))).Run());
        Assert.Equal(one.Length, four.Length);
        for (int i = 0; i < one.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(one[i]) == BitConverter.DoubleToInt64Bits(four[i]), $"value {i} differs: {one[i]} vs {four[i]}");
    }

    [Fact]
    public void Another_seed_gives_another_history()
    {
        var a = Series(new Simulation(TestScenarios.Config(11, scale: 5000, end: Month.Of(1923, 12))).Run());
        var b = Series(new Simulation(TestScenarios.Config(12, scale: 5000, end: Month.Of(1923, 12))).Run());
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void The_event_log_records_each_weather_draw_with_its_probability()
    {
        var r = new Simulation(TestScenarios.Config(2, scale: 20000, end: Month.Of(1923, 12))).Run();
        var weather = r.Events.Entries.Where(e => e.Kind == "weather").ToList();
        Assert.Equal(3 * Countryside.Zones.Count, weather.Count); // harvests of 1921, 1922, 1923
        Assert.All(weather.Where(e => e.Description != "scripted"), e => Assert.InRange(e.Probability, 0.0, 1.0));
        Assert.Contains(weather, e => e.Subject == "volga" && e.Month.Year == 1921 && e.Value == 0.5 && double.IsNaN(e.Probability));
        Assert.Contains(r.Events.Entries, e => e.Kind == "policy" && e.Subject == "nep_market");
    }
}

public class EnsembleTests
{
    [Fact]
    public void An_ensemble_member_is_bit_identical_to_the_same_seed_run_alone()
    {
        var yaml = """
            name: small
            description: ensemble test
            start: 1921-03
            end: 1922-12
            seed: 40
            scale: 20000
            """;
        var scenario = OneCountry.Scenarios.ScenarioLoader.Parse(yaml, "small.yaml");
        var ensemble = OneCountry.Experiments.Ensemble.Run(scenario, 3, null, threads: 3);
        var alone = new Simulation(scenario.ToConfig(seed: 42, threads: 1)).Run();
        for (int t = 0; t < alone.Months; t++)
            for (int v = 0; v < Variables.Count; v++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(alone[t, v]), BitConverter.DoubleToInt64Bits(ensemble[2][t, v]));
    }

    [Fact]
    public void The_band_of_a_known_sample_is_its_median_and_5_95_percent_quantiles()
    {
        var (median, low, high) = OneCountry.Experiments.Ensemble.Band(Enumerable.Range(0, 101).Select(i => (double)i));
        Assert.Equal(50, median);
        Assert.Equal(5, low);
        Assert.Equal(95, high);
    }
}
