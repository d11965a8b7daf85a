using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary>The ABC-SMC core on toy models whose posterior is known in closed form.</summary>
public class AbcSmcTests
{
    // Ten observations of N(θ, 1) with mean 1.3: the sample mean is sufficient, so as the tolerance
    // goes to zero the ABC posterior goes to the exact one.
    private const int Observations = 10;
    private const double ObservedMean = 1.3;

    private static double Toy(double[] theta, ulong seed)
    {
        var rng = new SplitMix64(seed);
        double sum = 0;
        for (int i = 0; i < Observations; i++) sum += theta[0] + AbcSmc.Gaussian(rng);
        return Math.Abs(sum / Observations - ObservedMean);
    }

    private static readonly AbcSettings Toys = new(Population: 2000, Generations: 30, Quantile: 0.5, FinalTolerance: 0.03, Seed: 7, Threads: 2);

    [Fact]
    public void A_uniform_prior_gives_the_normal_posterior_of_the_mean()
    {
        // Prior U(-5, 5) (wide against the likelihood): the posterior is N(1.3, 1/10), truncated far in its tails.
        var priors = new[] { new AbcPrior("theta", -5, 5) };
        var result = AbcSmc.Run(priors, Toy, Toys);
        var s = AbcSmc.Summarise(result.Final, priors)[0];
        double sd = Math.Sqrt(1.0 / Observations);
        Assert.Equal(AbcStop.FinalTolerance, result.Stop);
        Assert.True(Math.Abs(s.Mean - ObservedMean) <= 0.1 * ObservedMean, $"mean {s.Mean} against {ObservedMean}");
        Assert.True(Math.Abs(s.Sd - sd) <= 0.1 * sd, $"sd {s.Sd} against {sd}");
        // The tolerances fall generation by generation.
        var tolerances = result.Generations.Skip(1).Select(g => g.Tolerance).ToList();
        Assert.True(tolerances.Zip(tolerances.Skip(1)).All(t => t.Second <= t.First), string.Join(", ", tolerances));
    }

    [Fact]
    public void A_normal_prior_gives_the_conjugate_posterior()
    {
        // Prior N(0, 0.5²): posterior precision 1/0.25 + 10 = 14, mean 10 × 1.3 / 14 = 0.929, sd 0.267.
        var priors = new[] { new AbcPrior("theta", -5, 5, Mean: 0, Sd: 0.5) };
        var result = AbcSmc.Run(priors, Toy, Toys);
        var s = AbcSmc.Summarise(result.Final, priors)[0];
        double mean = Observations * ObservedMean / 14, sd = Math.Sqrt(1.0 / 14);
        Assert.True(Math.Abs(s.Mean - mean) <= 0.1 * mean, $"mean {s.Mean} against {mean}");
        Assert.True(Math.Abs(s.Sd - sd) <= 0.1 * sd, $"sd {s.Sd} against {sd}");
    }

    [Fact]
    public void The_result_does_not_depend_on_the_threads_and_a_resumed_run_continues_exactly()
    {
        var priors = new[] { new AbcPrior("a", -5, 5), new AbcPrior("b", 0, 1) };
        double Two(double[] t, ulong seed) => Math.Abs(t[0] - 1) + Math.Abs(t[1] - 0.3) + 0.01 * new SplitMix64(seed).NextDouble();
        var settings = new AbcSettings(Population: 200, Generations: 4, Seed: 3, Threads: 1);
        var one = AbcSmc.Run(priors, Two, settings);
        var four = AbcSmc.Run(priors, Two, settings with { Threads = 4 });
        Assert.Equal(Flat(one), Flat(four));

        // Stopped after generation 2, then resumed from its finished generations: the same run.
        var first = AbcSmc.Run(priors, Two, settings with { Generations = 2 });
        Assert.Equal(3, first.Generations.Count);
        var resumed = AbcSmc.Run(priors, Two, settings, done: first.Generations);
        Assert.Equal(Flat(one), Flat(resumed));
        Assert.Equal(5, one.Generations.Count);

        // Another seed, another run.
        Assert.NotEqual(Flat(one), Flat(AbcSmc.Run(priors, Two, settings with { Seed = 4 })));
    }

    [Fact]
    public void The_budget_stops_the_run_at_the_last_generation_it_could_finish()
    {
        var priors = new[] { new AbcPrior("theta", -5, 5) };
        var result = AbcSmc.Run(priors, Toy, new AbcSettings(Population: 100, Generations: 20, Budget: 700, Seed: 1));
        Assert.Equal(AbcStop.Budget, result.Stop);
        Assert.True(result.Simulations <= 700, $"{result.Simulations} simulations");
        Assert.True(result.Generations.Count >= 2);
    }

    [Fact]
    public void A_simulator_that_never_gives_a_distance_fails_the_prior_generation_instead_of_running_on()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AbcSmc.Run([new AbcPrior("x", 0, 1)], (_, _) => double.NaN, new AbcSettings(5, 2)));
        Assert.Contains("cannot be measured", e.Message);
    }

    [Theory]
    [InlineData(1, 3, 0.5, "population")]
    [InlineData(10, 3, 1.0, "quantile")]
    [InlineData(10, -1, 0.5, "generations")]
    public void Bad_settings_are_refused(int population, int generations, double quantile, string said)
    {
        var e = Assert.Throws<ArgumentException>(() => AbcSmc.Run([new AbcPrior("x", 0, 1)], Toy, new AbcSettings(population, generations, quantile)));
        Assert.Contains(said, e.Message);
    }

    [Fact]
    public void The_weighted_quantile_is_the_smallest_value_reaching_the_cumulative_weight()
    {
        var v = new List<(double, double)> { (3, 0.25), (1, 0.25), (2, 0.5) };
        Assert.Equal(1, AbcSmc.WeightedQuantile(v, 0.2));
        Assert.Equal(2, AbcSmc.WeightedQuantile(v, 0.5));
        Assert.Equal(3, AbcSmc.WeightedQuantile(v, 0.9));
    }

    private static string Flat(AbcResult r) => string.Join(";", r.Generations.Select(g =>
        $"{g.Index}:{g.Tolerance:R}:{g.Simulations}:" + string.Join(",", g.Particles.Select(p => $"{string.Join("/", p.Theta.Select(t => t.ToString("R")))}|{p.Weight:R}|{p.Distance:R}|{p.Seed}"))));
}
