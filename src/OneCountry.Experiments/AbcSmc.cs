namespace OneCountry.Experiments;

/// <summary>A prior of one calibrated parameter: uniform over [<see cref="Low"/>, <see cref="High"/>],
/// or, when <see cref="Mean"/> and <see cref="Sd"/> are given, a normal truncated to that interval.</summary>
public sealed record AbcPrior(string Name, double Low, double High, double? Mean = null, double? Sd = null)
{
    public bool IsNormal => Mean is not null && Sd is not null;

    /// <summary>"uniform" or "normal(mean, sd)".</summary>
    public string Kind => IsNormal ? FormattableString.Invariant($"normal({Mean}, {Sd})") : "uniform";

    public bool Contains(double x) => x >= Low && x <= High;

    /// <summary>The density up to a constant factor (0 outside [Low, High]).</summary>
    public double Density(double x) =>
        !Contains(x) ? 0 : IsNormal ? Math.Exp(-0.5 * Math.Pow((x - Mean!.Value) / Sd!.Value, 2)) : 1;

    /// <summary>A draw: uniform, or the truncated normal by rejection (at most 10,000 tries, then uniform).</summary>
    public double Draw(SplitMix64 rng)
    {
        if (!IsNormal) return Low + rng.NextDouble() * (High - Low);
        for (int i = 0; i < 10_000; i++)
        {
            double x = Mean!.Value + Sd!.Value * AbcSmc.Gaussian(rng);
            if (Contains(x)) return x;
        }
        return Low + rng.NextDouble() * (High - Low);
    }
}

/// <summary>How an ABC-SMC run proceeds: <see cref="Population"/> particles a generation; at most
/// <see cref="Generations"/> generations after the prior's, stopping earlier when the tolerance
/// reaches <see cref="FinalTolerance"/> or the next generation would pass <see cref="Budget"/>
/// simulations; each generation's tolerance the <see cref="Quantile"/> of the previous one's
/// distances (weighted).</summary>
public sealed record AbcSettings(int Population, int Generations, double Quantile = 0.5, double? FinalTolerance = null, long Budget = long.MaxValue, ulong Seed = 1, int Threads = 1)
{
    /// <summary>Why these settings cannot run, or null.</summary>
    public string? Error() =>
        Population < 2 ? $"the population must be at least 2 particles, not {Population}"
        : Generations < 0 ? $"the generations must be 0 or more, not {Generations}"
        : !(Quantile > 0 && Quantile < 1) ? $"the quantile must be between 0 and 1, not {Quantile}"
        : FinalTolerance is { } e && !(e >= 0) ? $"the final tolerance must be 0 or more, not {e}"
        : Budget < Population ? $"the budget ({Budget} simulations) must cover at least one population ({Population})"
        : Threads < 1 ? "at least one thread"
        : null;
}

/// <summary>One particle: the parameter values, its normalised weight, the distance of its
/// simulation from the data and the seed that simulation ran on.</summary>
public sealed record AbcParticle(double[] Theta, double Weight, double Distance, ulong Seed);

/// <summary>One finished generation: its index (0 is the prior's), its tolerance (infinite for the
/// prior's), its particles, and how many simulations it took (candidates up to the last accepted).</summary>
public sealed record AbcGeneration(int Index, double Tolerance, IReadOnlyList<AbcParticle> Particles, long Simulations)
{
    public double AcceptanceRate => (double)Particles.Count / Simulations;

    /// <summary>The effective sample size of the weights (Kish): 1 / Σ w².</summary>
    public double EffectiveSize => 1 / Particles.Sum(p => p.Weight * p.Weight);
}

/// <summary>Why an ABC-SMC run stopped.</summary>
public enum AbcStop { Generations, FinalTolerance, Budget, Collapsed }

public sealed record AbcResult(IReadOnlyList<AbcGeneration> Generations, AbcStop Stop)
{
    public AbcGeneration Final => Generations[^1];
    public long Simulations => Generations.Sum(g => g.Simulations);
}

/// <summary>A parameter's posterior summary: weighted mean, sd and quantiles of the final population.</summary>
public sealed record AbcSummary(string Name, double Mean, double Sd, double Q05, double Q25, double Q50, double Q75, double Q95);

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo, model-agnostic: it needs only the
/// priors and a simulator that, given parameter values and a seed, returns the distance of one
/// simulation from the data. Generation 0 samples the prior (tolerance infinite). Generation t
/// takes as tolerance the weighted <see cref="AbcSettings.Quantile"/> of generation t − 1's distances
/// (the adaptive schedule of Del Moral, Doucet and Jasra 2012, Statistics and Computing 22:1009),
/// then draws candidates: a particle of t − 1 by weight, moved by a Gaussian kernel with twice the
/// weighted covariance of generation t − 1 (Beaumont, Cornuet, Marin and Robert 2009, Biometrika
/// 96:983), drawn again (particle and move) until inside the prior's support, and kept if its
/// simulation's distance is within the tolerance; the weight is prior density over Σ_j w_j K(θ | θ_j). Every candidate's random draws
/// (which particle, the move, the simulation's seed) come from SplitMix64 keyed by (seed,
/// generation, candidate index) alone, and the accepted particles are the first N candidates in
/// index order that pass, so the result depends neither on the thread count nor on how many
/// candidates are simulated at once, and a run resumed from its finished generations continues
/// exactly as if it had not stopped.
/// </summary>
public static class AbcSmc
{
    /// <summary>Runs the generations after <paramref name="done"/> (the finished generations of an
    /// earlier, interrupted run with the same priors and settings; empty to start), handing each
    /// finished generation to <paramref name="finished"/> before the next starts.</summary>
    /// <param name="simulate">The distance of one simulation at θ on a seed; NaN or infinite counts as no match. Called from several threads.</param>
    public static AbcResult Run(IReadOnlyList<AbcPrior> priors, Func<double[], ulong, double> simulate, AbcSettings settings,
        IReadOnlyList<AbcGeneration>? done = null, Action<AbcGeneration>? finished = null, Action<int, long, int>? progress = null)
    {
        if (priors.Count == 0) throw new ArgumentException("at least one parameter", nameof(priors));
        if (settings.Error() is { } error) throw new ArgumentException(error, nameof(settings));
        foreach (var p in priors)
            if (!(p.Low < p.High)) throw new ArgumentException($"{p.Name}: the prior's range [{p.Low}, {p.High}] is empty", nameof(priors));
        var generations = new List<AbcGeneration>(done ?? []);
        long used = generations.Sum(g => g.Simulations);
        if (generations.Count == 0)
        {
            // The prior's generation keeps every run whose distance can be measured; at most
            // PriorTries candidates per particle (or the budget) before the simulator is given up on.
            long cap = Math.Min(settings.Budget, PriorTries * (long)settings.Population);
            var g0 = Generation(0, double.PositiveInfinity, priors, null, simulate, settings, cap, progress)
                ?? throw new InvalidOperationException($"the prior's generation found {settings.Population} simulations with a finite distance in none of {cap} tries: the simulations cannot be measured against the data");
            generations.Add(g0);
            used += g0.Simulations;
            finished?.Invoke(g0);
        }
        while (true)
        {
            var last = generations[^1];
            if (last.Index >= settings.Generations) return new AbcResult(generations, AbcStop.Generations);
            if (settings.FinalTolerance is { } final && last.Tolerance <= final) return new AbcResult(generations, AbcStop.FinalTolerance);
            double tolerance = WeightedQuantile(last.Particles.Select(p => (p.Distance, p.Weight)).ToList(), settings.Quantile);
            if (settings.FinalTolerance is { } f) tolerance = Math.Max(tolerance, f);
            if (!double.IsFinite(tolerance)) return new AbcResult(generations, AbcStop.Collapsed);
            var next = Generation(last.Index + 1, tolerance, priors, last, simulate, settings, settings.Budget - used, progress);
            if (next is null) return new AbcResult(generations, AbcStop.Budget);
            generations.Add(next);
            used += next.Simulations;
            finished?.Invoke(next);
        }
    }

    /// <summary>One generation, or null when it would need more than <paramref name="budget"/> simulations.</summary>
    private static AbcGeneration? Generation(int index, double tolerance, IReadOnlyList<AbcPrior> priors, AbcGeneration? previous,
        Func<double[], ulong, double> simulate, AbcSettings settings, long budget, Action<int, long, int>? progress)
    {
        int n = settings.Population, k = priors.Count;
        Kernel? kernel = previous is null ? null : Kernel.Of(previous, k);
        var accepted = new List<(double[] Theta, double Distance, ulong Seed)>();
        long candidates = 0;
        double rate = 1;
        while (accepted.Count < n)
        {
            long remaining = budget - candidates;
            if (remaining <= 0) return null;
            // How many to simulate at once: what the rate so far says is needed, at least a round of
            // threads; it changes only how much work is done past the last acceptance, not the result.
            long want = (long)Math.Ceiling((n - accepted.Count) / Math.Max(rate, 0.01) * 1.1);
            int batch = (int)Math.Min(remaining, Math.Clamp(want, settings.Threads, 100_000));
            long first = candidates;
            var results = Ensemble.RunJobs(batch, settings.Threads, j =>
            {
                long c = first + j;
                var rng = new SplitMix64(Key(settings.Seed, index, c));
                // A move outside the prior's support is drawn again, particle and move (Toni et al. 2009),
                // so every candidate is simulated and the proposal is the kernel mixture truncated to the support.
                double[] theta = kernel is null ? priors.Select(p => p.Draw(rng)).ToArray() : kernel.Propose(rng);
                for (int tries = 1; !InSupport(priors, theta); tries++)
                {
                    if (tries >= MaxRedraws) throw new InvalidOperationException($"generation {index}: {MaxRedraws} moves in a row left the prior's support");
                    theta = kernel!.Propose(rng);
                }
                ulong seed = rng.Next() >> 1;
                return (theta, simulate(theta, seed), seed);
            });
            for (int j = 0; j < batch && accepted.Count < n; j++)
            {
                candidates++;
                var (theta, d, seed) = results[j];
                if (double.IsNaN(d) || !(d <= tolerance) || double.IsPositiveInfinity(d)) continue;
                accepted.Add((theta, d, seed));
            }
            rate = Math.Max((double)accepted.Count / candidates, 1.0 / candidates);
            progress?.Invoke(index, candidates, accepted.Count);
        }
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            double prior = 1;
            for (int j = 0; j < k; j++) prior *= priors[j].Density(accepted[i].Theta[j]);
            weights[i] = kernel is null ? 1 : prior / kernel.Mixture(accepted[i].Theta);
        }
        double sum = weights.Sum();
        if (!(sum > 0) || !double.IsFinite(sum)) throw new InvalidOperationException($"generation {index}: the weights do not sum to a positive number");
        var particles = accepted.Select((a, i) => new AbcParticle(a.Theta, weights[i] / sum, a.Distance, a.Seed)).ToList();
        return new AbcGeneration(index, tolerance, particles, candidates);
    }

    /// <summary>Candidates per particle the prior's generation tries before it fails.</summary>
    public const int PriorTries = 1000;

    /// <summary>How many times a move that leaves the prior's support is drawn again before the generation fails.</summary>
    public const int MaxRedraws = 1_000_000;

    private static bool InSupport(IReadOnlyList<AbcPrior> priors, double[] theta)
    {
        for (int i = 0; i < priors.Count; i++)
            if (!priors[i].Contains(theta[i])) return false;
        return true;
    }

    /// <summary>The key of a candidate's random stream.</summary>
    private static ulong Key(ulong seed, int generation, long candidate)
    {
        var mix = new SplitMix64(seed ^ 0x5DEECE66DUL);
        ulong a = mix.Next() ^ ((ulong)generation * 0xD1B54A32D192ED03UL);
        var m2 = new SplitMix64(a);
        return m2.Next() ^ ((ulong)candidate * 0x9E3779B97F4A7C15UL);
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(SplitMix64 rng)
    {
        double u = 1 - rng.NextDouble(), v = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>The weighted quantile q of values (the smallest value whose cumulative weight reaches q).</summary>
    public static double WeightedQuantile(IReadOnlyList<(double Value, double Weight)> values, double q)
    {
        var sorted = values.Where(v => !double.IsNaN(v.Value)).OrderBy(v => v.Value).ToList();
        if (sorted.Count == 0) return double.NaN;
        double total = sorted.Sum(v => v.Weight), cumulative = 0;
        foreach (var (value, weight) in sorted)
        {
            cumulative += weight;
            if (cumulative >= q * total - 1e-12 * total) return value;
        }
        return sorted[^1].Value;
    }

    /// <summary>The weighted posterior summary of every parameter in a generation.</summary>
    public static IReadOnlyList<AbcSummary> Summarise(AbcGeneration g, IReadOnlyList<AbcPrior> priors) =>
        priors.Select((p, j) =>
        {
            var values = g.Particles.Select(x => (x.Theta[j], x.Weight)).ToList();
            double mean = values.Sum(v => v.Item1 * v.Weight);
            double variance = values.Sum(v => v.Weight * (v.Item1 - mean) * (v.Item1 - mean));
            double Q(double q) => WeightedQuantile(values, q);
            return new AbcSummary(p.Name, mean, Math.Sqrt(variance), Q(0.05), Q(0.25), Q(0.5), Q(0.75), Q(0.95));
        }).ToList();

    /// <summary>The perturbation kernel of a generation: N(θ_j, 2Σ) around particle j, Σ the weighted
    /// covariance (with a small ridge so that a collapsed dimension still moves).</summary>
    private sealed class Kernel
    {
        private readonly AbcGeneration _g;
        private readonly double[,] _l; // Cholesky factor of 2Σ
        private readonly int _k;
        private readonly double[] _cumulative;

        private Kernel(AbcGeneration g, double[,] l, int k)
        {
            (_g, _l, _k) = (g, l, k);
            _cumulative = new double[g.Particles.Count];
            double c = 0;
            for (int i = 0; i < _cumulative.Length; i++) _cumulative[i] = c += g.Particles[i].Weight;
        }

        public static Kernel Of(AbcGeneration g, int k)
        {
            var mean = new double[k];
            foreach (var p in g.Particles) for (int a = 0; a < k; a++) mean[a] += p.Weight * p.Theta[a];
            var cov = new double[k, k];
            foreach (var p in g.Particles)
                for (int a = 0; a < k; a++)
                    for (int b = 0; b < k; b++) cov[a, b] += p.Weight * (p.Theta[a] - mean[a]) * (p.Theta[b] - mean[b]);
            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b < k; b++) cov[a, b] *= 2;
                cov[a, a] += 1e-12 * (1 + mean[a] * mean[a]);
            }
            return new Kernel(g, Cholesky(cov, k), k);
        }

        private static double[,] Cholesky(double[,] a, int k)
        {
            var l = new double[k, k];
            for (int i = 0; i < k; i++)
                for (int j = 0; j <= i; j++)
                {
                    double s = a[i, j];
                    for (int m = 0; m < j; m++) s -= l[i, m] * l[j, m];
                    if (i == j) l[i, i] = Math.Sqrt(Math.Max(s, 1e-300));
                    else l[i, j] = s / l[j, j];
                }
            return l;
        }

        public double[] Propose(SplitMix64 rng)
        {
            double u = rng.NextDouble() * _cumulative[^1];
            int pick = Array.BinarySearch(_cumulative, u);
            pick = pick < 0 ? ~pick : pick;
            pick = Math.Min(pick, _cumulative.Length - 1);
            var z = new double[_k];
            for (int a = 0; a < _k; a++) z[a] = Gaussian(rng);
            var theta = (double[])_g.Particles[pick].Theta.Clone();
            for (int a = 0; a < _k; a++)
                for (int b = 0; b <= a; b++) theta[a] += _l[a, b] * z[b];
            return theta;
        }

        /// <summary>Σ_j w_j K(θ | θ_j), up to the kernel's constant factor (the same for every θ).</summary>
        public double Mixture(double[] theta)
        {
            double sum = 0;
            var d = new double[_k];
            foreach (var p in _g.Particles)
            {
                for (int a = 0; a < _k; a++) d[a] = theta[a] - p.Theta[a];
                // Solve L y = d; the exponent is -|y|²/2.
                double q = 0;
                for (int a = 0; a < _k; a++)
                {
                    double s = d[a];
                    for (int b = 0; b < a; b++) s -= _l[a, b] * d[b];
                    d[a] = s / _l[a, a];
                    q += d[a] * d[a];
                }
                sum += p.Weight * Math.Exp(-0.5 * q);
            }
            return sum;
        }
    }
}
