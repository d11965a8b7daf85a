using OneCountry.Model.Engine;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

/// <summary>One-at-a-time sensitivity on common random numbers (Experiments/Sensitivity).</summary>
public class SensitivityTests
{
    private static readonly ComparedMeasure Harvest1928 = new("grain harvest 1928", "Mt", r => r.Get(Month.Of(1928, 8), "grain_harvest") / 1e6);
    private static readonly ComparedMeasure Population1930 = new("population 1930-12", "million", r => r.Get(Month.Of(1930, 12), "population") / 1e6);

    private static OneCountry.Scenarios.Scenario To1930() => TestScenarios.Historical() with { End = Month.Of(1930, 12) };

    [Fact]
    public void A_parameter_that_cannot_act_in_the_span_moves_nothing_exactly()
    {
        // Flight under the passports acts only from December 1932.
        var report = Sensitivity.Run(To1930(), Sensitivity.Select(["passport_flight_factor"], null), [Harvest1928, Population1930], runs: 3, scale: 20000, threads: 2);
        Assert.All(report.Effects, e => Assert.Equal((0.0, 0.0, 0.0), (e.EffectMedian, e.EffectLow, e.EffectHigh)));
        Assert.All(report.Effects, e => Assert.Equal(e.BaseMedian, e.LowMedian));
    }

    [Fact]
    public void A_higher_base_yield_raises_the_harvest_on_every_seed()
    {
        var report = Sensitivity.Run(To1930(), Sensitivity.Select(["base_yield"], null), [Harvest1928], runs: 3, scale: 20000, threads: 2);
        var e = Assert.Single(report.Effects);
        Assert.True(e.EffectLow > 0, $"effect {e.EffectLow} to {e.EffectHigh}");
        Assert.True(e.HighMedian > e.BaseMedian && e.BaseMedian > e.LowMedian);
        Assert.Equal((0.6, 0.9), (e.Low, e.High));
    }

    [Fact]
    public void The_sweep_does_not_depend_on_the_thread_count()
    {
        var parameters = Sensitivity.Select(["famine_mortality", "birth_rate"], null);
        var one = Sensitivity.Run(To1930(), parameters, [Harvest1928, Population1930], runs: 2, scale: 20000, threads: 1);
        var many = Sensitivity.Run(To1930(), parameters, [Harvest1928, Population1930], runs: 2, scale: 20000, threads: 4);
        Assert.Equal(one.Effects, many.Effects);
        Assert.Equal("birth_rate", one.Ranked("population 1930-12").First().Parameter);
    }

    [Fact]
    public void Unknown_parameters_and_groups_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Sensitivity.Select(["base_yield", "no_such_thing"], null));
        Assert.Contains("no_such_thing", e.Message);
        Assert.DoesNotContain("base_yield", e.Message);
        var g = Assert.Throws<ArgumentException>(() => Sensitivity.Select(null, "astrology"));
        Assert.Contains("'astrology'", g.Message);
        Assert.Contains("demography", g.Message);
        Assert.Equal(ParameterRegistry.All.Count, Sensitivity.Select(null, null).Count);
        Assert.All(Sensitivity.Select(null, "demography"), p => Assert.Equal("demography", p.Group));
    }
}

/// <summary>Morris's elementary-effects screening (Experiments/MorrisScreening).</summary>
public class MorrisScreeningTests
{
    private static readonly ComparedMeasure Harvest1928 = new("grain harvest 1928", "Mt", r => r.Get(Month.Of(1928, 8), "grain_harvest") / 1e6);

    private static OneCountry.Scenarios.Scenario To1930() => TestScenarios.Historical() with { End = Month.Of(1930, 12) };

    [Fact]
    public void Each_step_of_a_trajectory_moves_one_parameter_by_delta_inside_the_range()
    {
        const int k = 7, levels = 4;
        double delta = levels / (2.0 * (levels - 1));
        var names = Enumerable.Range(0, k).Select(j => $"p{j}").ToArray();
        var design = MorrisScreening.Design(names, 12, levels, 1921);
        Assert.Equal(12, design.Count);
        Assert.Equal(design, MorrisScreening.Design(names, 12, levels, 1921), new TrajectoryComparer());
        foreach (var t in design)
        {
            Assert.Equal(k + 1, t.Points.Length);
            Assert.Equal(Enumerable.Range(0, k), t.Moved.OrderBy(j => j));
            for (int i = 0; i < k; i++)
            {
                var changed = Enumerable.Range(0, k).Where(j => Math.Abs(t.Points[i + 1][j] - t.Points[i][j]) > 1e-12).ToList();
                Assert.Equal([t.Moved[i]], changed);
                Assert.Equal(t.Up[i] ? delta : -delta, t.Points[i + 1][t.Moved[i]] - t.Points[i][t.Moved[i]], 12);
            }
            Assert.All(t.Points.SelectMany(p => p), x => Assert.InRange(x, -1e-12, 1 + 1e-12));
        }
    }

    [Fact]
    public void Adding_a_parameter_to_the_design_leaves_the_others_starts_directions_and_order_as_they_were()
    {
        string[] names = ["base_yield", "seed_rate", "famine_mortality", "birth_rate"];
        var before = MorrisScreening.Design(names, 6, 4, 1921);
        var after = MorrisScreening.Design(["weather_sd", .. names], 6, 4, 1921);
        for (int t = 0; t < before.Count; t++)
        {
            for (int j = 0; j < names.Length; j++) Assert.Equal(before[t].Points[0][j], after[t].Points[0][j + 1]);
            var orderBefore = before[t].Moved.Select(j => names[j]).ToArray();
            var orderAfter = after[t].Moved.Where(j => j > 0).Select(j => names[j - 1]).ToArray();
            Assert.Equal(orderBefore, orderAfter);
            for (int i = 0; i < names.Length; i++)
                Assert.Equal(before[t].Up[i], after[t].Up[Array.IndexOf(after[t].Moved, before[t].Moved[i] + 1)]);
        }
        Assert.Throws<ArgumentException>(() => MorrisScreening.Design(["a", "a"], 2, 4, 1));
    }

    [Fact]
    public void A_parameter_that_cannot_act_has_no_effect_and_one_that_raises_yields_a_positive_one()
    {
        var parameters = Sensitivity.Select(["passport_flight_factor", "base_yield"], null);
        var report = MorrisScreening.Run(To1930(), parameters, [Harvest1928], trajectories: 3, scale: 20000, threads: 2);
        var idle = Assert.Single(report.Effects, e => e.Parameter == "passport_flight_factor");
        Assert.Equal((0.0, 0.0, 0.0), (idle.MuStar, idle.Mu, idle.Sigma));
        var yield = Assert.Single(report.Effects, e => e.Parameter == "base_yield");
        Assert.True(yield.Mu > 0 && yield.MuStar == yield.Mu, $"mu {yield.Mu}, mu* {yield.MuStar}");
        Assert.Equal(3, yield.Effects);
        Assert.Equal("base_yield", report.Ranked("grain harvest 1928").First().Parameter);
    }

    [Fact]
    public void The_screening_does_not_depend_on_the_thread_count()
    {
        var parameters = Sensitivity.Select(["famine_mortality", "birth_rate", "base_yield"], null);
        var one = MorrisScreening.Run(To1930(), parameters, [Harvest1928], trajectories: 2, scale: 20000, threads: 1);
        var many = MorrisScreening.Run(To1930(), parameters, [Harvest1928], trajectories: 2, scale: 20000, threads: 4);
        Assert.Equal(one.Effects, many.Effects);
    }

    private sealed class TrajectoryComparer : IEqualityComparer<MorrisTrajectory>
    {
        public bool Equals(MorrisTrajectory? a, MorrisTrajectory? b) => a is not null && b is not null && a.Seed == b.Seed
            && a.Moved.SequenceEqual(b.Moved) && a.Up.SequenceEqual(b.Up) && a.Points.Zip(b.Points).All(p => p.First.SequenceEqual(p.Second));
        public int GetHashCode(MorrisTrajectory t) => t.Seed.GetHashCode();
    }
}
