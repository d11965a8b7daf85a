using OneCountry.Experiments;
using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;
using OneCountry.Scenarios;

namespace OneCountry.Cli.Tests;

/// <summary>The recorded weather's inference from the recorded harvests (Experiments/WeatherInference).</summary>
public class WeatherInferenceTests(CliFixture f) : IClassFixture<CliFixture>
{
    private HistoricalData Data => HistoricalData.Load(Path.Combine(f.Root, "data"));

    [Fact]
    public void A_year_aims_at_the_geometric_mean_of_its_estimates_and_poods_are_converted()
    {
        var records = WeatherInference.Records(Data);
        var r1921 = records.Single(r => r.Year == 1921);
        Assert.Equal((36.2, 42.3), (r1921.LowMt, r1921.HighMt));
        Assert.Equal(Math.Sqrt(36.2 * 42.3), r1921.TargetMt, 10);
        // 1925: "almost 4.5 billion poods" (VDOVIN) and 4,420 million poods (Kiselev 1927), 1 pood = 16.38 kg.
        var r1925 = records.Single(r => r.Year == 1925);
        Assert.Equal((4420 * 16.38e-3, 4.5 * 16.38), (r1925.LowMt, r1925.HighMt), new ToleranceComparer());
        // The 1930s estimates of biological yield are not harvests: 1937 is 97.0-97.4, not up to 120.3.
        Assert.Equal(97.4, records.Single(r => r.Year == 1937).HighMt);
        // 1924 has no recorded harvest, but its yield (6.2 c/ha, BARSENKOV_VDOVIN).
        var r1924 = records.Single(r => r.Year == 1924);
        Assert.True(r1924.IsYield);
        Assert.Equal(6.2, r1924.TargetMt, 10);
    }

    [Fact]
    public void The_inferred_weather_reaches_the_record_and_a_larger_record_needs_better_weather()
    {
        var scenario = ScenarioLoader.LoadFile(f.Historical) with { End = Month.Of(1922, 12) };
        var plan = RunPlan.Resolve(scenario, new RunOptions(Scale: 20000, Threads: 2));
        var droughts = new[] { new DroughtYear(1921, [Zones.IndexOf("volga"), Zones.IndexOf("ukraine")], "test", "") };
        double Factor(double mt)
        {
            var year = WeatherInference.Infer(scenario, [new HarvestRecord(1921, mt, mt, "test")], droughts, 2, plan).Single();
            Assert.InRange(year.InferredMt / mt - 1, -WeatherInference.Tolerance, WeatherInference.Tolerance);
            // The zones outside the drought keep a normal year.
            Assert.Equal(1.0, year.Factors[Zones.IndexOf("central_non_black_earth")]);
            return year.Factors[Zones.IndexOf("volga")];
        }
        // (The 1921 harvest without a drought is about 65 Mt at the census herds; two zones alone
        // cannot take it below about 50.)
        Assert.True(Factor(54) < Factor(58));
    }

    [Fact]
    public void The_shipped_recorded_weather_reproduces_the_recorded_harvests()
    {
        // The historical scenario's recorded weather must be current: a stale file (the model's
        // harvest changed, the weather was not inferred again) shows as harvests off the record.
        var scenario = ScenarioLoader.LoadFile(f.Historical);
        Assert.NotNull(scenario.Recorded.Weather);
        var plan = RunPlan.Resolve(scenario, new RunOptions(Scale: 2000, Threads: 2));
        var runs = Ensemble.Run(scenario, 2, plan);
        foreach (var record in WeatherInference.Records(Data))
        {
            double mean = runs.Average(record.Measure);
            Assert.True(Math.Abs(mean / record.TargetMt - 1) < 0.03, $"{record.Year}: {mean:0.0} {record.Unit} against the record's {record.TargetMt:0.0} {record.Unit}");
        }
    }
}

internal sealed class ToleranceComparer : IEqualityComparer<(double, double)>
{
    public bool Equals((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9;

    public int GetHashCode((double, double) obj) => 0;
}
