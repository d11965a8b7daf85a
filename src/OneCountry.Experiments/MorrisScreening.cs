using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>A parameter's elementary effects on one outcome: μ* (mean absolute effect: how much it
/// matters), μ (mean signed effect: in which direction) and σ (their spread: how far the effect
/// depends on the other parameters or is nonlinear). Effects are in the outcome's unit per the
/// parameter's whole registry range.</summary>
public sealed record MorrisEffect(string Parameter, string Group, string Measure, string Unit, double MuStar, double Mu, double Sigma, int Effects)
{
    /// <summary>The 95% percentile bootstrap interval of μ* (trajectories resampled with replacement).</summary>
    public double MuStarLow { get; init; } = double.NaN;
    public double MuStarHigh { get; init; } = double.NaN;
    /// <summary>The 95% percentile bootstrap interval of σ.</summary>
    public double SigmaLow { get; init; } = double.NaN;
    public double SigmaHigh { get; init; } = double.NaN;
}

/// <summary>A factor of a grouped Morris design: parameters (indices into the parameter list) that move together.</summary>
public sealed record MorrisGroup(string Name, IReadOnlyList<int> Members);

public sealed record MorrisReport(Scenario Scenario, int Trajectories, int Levels, double Scale, ulong FirstSeed,
    IReadOnlyList<ParameterSpec> Parameters, IReadOnlyList<ComparedMeasure> Measures, IReadOnlyList<MorrisEffect> Effects)
{
    /// <summary>The world the runs lived in (recorded or drawn).</summary>
    public WorldMode World { get; init; } = WorldMode.Recorded;
    /// <summary>The factors when parameters were grouped (each effect is then a group's), or null.</summary>
    public IReadOnlyList<MorrisGroup>? Groups { get; init; }
    /// <summary>Bootstrap resamples of the trajectories behind the intervals.</summary>
    public int Resamples { get; init; }
    /// <summary>Every run: point k of trajectory t is run t × (parameters + 1) + k, on the trajectory's seed (replicate t).</summary>
    public PerRun PerRun { get; init; } = PerRun.None;
    /// <summary>The effects on one outcome, largest μ* first.</summary>
    public IEnumerable<MorrisEffect> Ranked(string measure) =>
        Effects.Where(e => e.Measure == measure).OrderByDescending(e => double.IsNaN(e.MuStar) ? -1 : e.MuStar).ThenBy(e => e.Parameter, StringComparer.Ordinal);
}

/// <summary>One trajectory of the design: its seed, the parameters' values (0-1 of their range)
/// at each of its k + 1 points, and which parameter each step moved and which way.</summary>
public sealed record MorrisTrajectory(ulong Seed, double[][] Points, int[] Moved, bool[] Up);

/// <summary>
/// Morris's elementary-effects screening (Morris 1991, Technometrics 33; μ* after Campolongo,
/// Cariboni and Saltelli 2007): r trajectories through the parameters' ranges on a grid of
/// <c>levels</c> levels, each moving one parameter at a time by Δ = levels / (2 (levels − 1)) of
/// its range, in a random order, from a random start. Unlike the one-at-a-time sweep it sees each
/// parameter's effect at many settings of the others, so σ shows interactions and nonlinearity.
/// The model is stochastic: every point of a trajectory runs the trajectory's seed (common random
/// numbers within it) and trajectories run successive seeds, so a parameter that cannot act moves
/// nothing, exactly. The design is drawn from counter-based streams keyed by the first seed, so the
/// same arguments give the same design and results whatever the thread count.
/// </summary>
public static class MorrisScreening
{
    /// <summary>The design for the named parameters. Every draw of a parameter — its starting
    /// level, its direction and its place in the order of moves — is keyed by a stable hash of its
    /// name, not by its position, so adding, removing or reordering parameters leaves the others'
    /// draws as they were.</summary>
    public static IReadOnlyList<MorrisTrajectory> Design(IReadOnlyList<string> names, int trajectories, int levels, ulong seed) =>
        Design(names, null, trajectories, levels, seed);

    /// <summary>The design with the parameters in groups (Campolongo, Cariboni and Saltelli 2007):
    /// each step moves every parameter of one group, all the same way, by Δ; a trajectory has
    /// groups + 1 points and <see cref="MorrisTrajectory.Moved"/> names groups. A parameter's
    /// starting level is keyed by its name, a group's direction and place in the order by the
    /// group's name, so a design whose groups are the single parameters under their own names is
    /// the ungrouped design, draw for draw. Null groups: every parameter its own.</summary>
    public static IReadOnlyList<MorrisTrajectory> Design(IReadOnlyList<string> names, IReadOnlyList<MorrisGroup>? groups, int trajectories, int levels, ulong seed)
    {
        int parameters = names.Count;
        if (parameters < 1) throw new ArgumentOutOfRangeException(nameof(names), "at least one parameter");
        if (names.Distinct(StringComparer.Ordinal).Count() != parameters) throw new ArgumentException("parameter names must differ", nameof(names));
        if (trajectories < 2) throw new ArgumentOutOfRangeException(nameof(trajectories), "at least two trajectories");
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), "an even number of levels, at least 2");
        groups ??= names.Select((n, j) => new MorrisGroup(n, [j])).ToList();
        if (groups.Count < 1 || groups.Any(g => g.Members.Count < 1)) throw new ArgumentException("every group needs a parameter", nameof(groups));
        if (groups.Select(g => g.Name).Distinct(StringComparer.Ordinal).Count() != groups.Count) throw new ArgumentException("group names must differ", nameof(groups));
        var groupOf = new int[parameters];
        Array.Fill(groupOf, -1);
        for (int g = 0; g < groups.Count; g++)
            foreach (int j in groups[g].Members)
            {
                if (j < 0 || j >= parameters) throw new ArgumentOutOfRangeException(nameof(groups), $"group {groups[g].Name}: no parameter {j}");
                if (groupOf[j] >= 0) throw new ArgumentException($"parameter {names[j]} is in two groups", nameof(groups));
                groupOf[j] = g;
            }
        if (groupOf.Any(g => g < 0)) throw new ArgumentException($"parameter {names[Array.IndexOf(groupOf, -1)]} is in no group", nameof(groups));
        int factors = groups.Count;
        var rng = new RandomStreams(seed);
        var keys = names.Select(NameKey).ToArray();
        var groupKeys = groups.Select(g => NameKey(g.Name)).ToArray();
        double delta = levels / (2.0 * (levels - 1));
        var design = new List<MorrisTrajectory>();
        for (int t = 0; t < trajectories; t++)
        {
            // Start: each parameter at a lower grid level (so that +Δ stays in range), up by Δ or not
            // (the same for all of a group).
            var x = new double[parameters];
            var startsUp = new bool[factors];
            for (int g = 0; g < factors; g++) startsUp[g] = rng.Uniform(RandomPurpose.ExperimentDesign, groupKeys[g], t, 1) >= 0.5;
            for (int j = 0; j < parameters; j++)
            {
                int level = (int)(rng.Uniform(RandomPurpose.ExperimentDesign, keys[j], t, 0) * (levels / 2));
                x[j] = (double)level / (levels - 1) + (startsUp[groupOf[j]] ? delta : 0);
            }
            // A random order of the moves: groups sorted by a uniform key of their own (ties, never
            // seen in practice, by name).
            var order = Enumerable.Range(0, factors)
                .OrderBy(g => rng.Uniform(RandomPurpose.ExperimentDesign, groupKeys[g], t, 2)).ThenBy(g => groups[g].Name, StringComparer.Ordinal).ToArray();
            var points = new double[factors + 1][];
            var up = new bool[factors];
            points[0] = (double[])x.Clone();
            for (int i = 0; i < factors; i++)
            {
                int g = order[i];
                // Each group moves once: down if it started Δ above its lower levels, else up.
                up[i] = !startsUp[g];
                foreach (int j in groups[g].Members) x[j] += up[i] ? delta : -delta;
                points[i + 1] = (double[])x.Clone();
            }
            design.Add(new MorrisTrajectory(seed + (ulong)t, points, order, up));
        }
        return design;
    }

    public static MorrisReport Run(Scenario scenario, IReadOnlyList<ParameterSpec> parameters, IReadOnlyList<ComparedMeasure> measures,
        int trajectories, double? scale, int threads, ulong? firstSeed = null, int levels = 4, Action<int, int>? progress = null) =>
        Run(scenario, parameters, measures, trajectories, RunPlan.Resolve(scenario, new RunOptions(firstSeed, scale, threads)), levels, progress);

    /// <summary>Trajectory t runs the plan's member t (seed <see cref="RunPlan.FirstSeed"/> + t) at each of its points.</summary>
    public static MorrisReport Run(Scenario scenario, IReadOnlyList<ParameterSpec> parameters, IReadOnlyList<ComparedMeasure> measures,
        int trajectories, RunPlan plan, int levels = 4, Action<int, int>? progress = null, bool keepSeries = false, Action<FinishedBatch>? finished = null,
        IReadOnlyList<MorrisGroup>? groups = null, int resamples = 1000)
    {
        var design = Design(parameters.Select(p => p.Name).ToArray(), groups, trajectories, levels, plan.FirstSeed);
        var factors = groups ?? parameters.Select((p, j) => new MorrisGroup(p.Name, [j])).ToList();
        int perTrajectory = factors.Count + 1;
        var perRun = new PerRunCollector(trajectories * perTrajectory, keepSeries, finished);
        var values = Ensemble.Measures(trajectories * perTrajectory, plan.Threads, job =>
        {
            var config = plan.Member(scenario, job / perTrajectory);
            var point = design[job / perTrajectory].Points[job % perTrajectory];
            var overrides = parameters.Select((p, j) => new KeyValuePair<string, double>(p.Name, Math.Clamp(p.Min + point[j] * (p.Max - p.Min), p.Min, p.Max)));
            return config with { Parameters = config.Parameters.With(overrides) };
        }, measures, progress, (job, config, result) => perRun.Add(job, job, job / perTrajectory, config.Seed, scenario.Name,
            parameters.ToDictionary(p => p.Name, p => (double?)config.Parameters[p.Name]), result));

        double delta = levels / (2.0 * (levels - 1));
        // The bootstrap's resamples of the trajectories, drawn once from the first seed and shared by every factor and outcome.
        var rng = new SplitMix64(plan.FirstSeed);
        var picks = new int[resamples][];
        for (int b = 0; b < resamples; b++)
        {
            picks[b] = new int[trajectories];
            for (int t = 0; t < trajectories; t++) picks[b][t] = (int)rng.Below((ulong)trajectories);
        }
        var effects = new List<MorrisEffect>();
        for (int j = 0; j < factors.Count; j++)
        {
            string group = groups is null ? parameters[j].Group : factors[j].Name;
            for (int m = 0; m < measures.Count; m++)
            {
                // The elementary effect of each trajectory (NaN where an outcome is missing).
                var byTrajectory = new double[trajectories];
                for (int t = 0; t < trajectories; t++)
                {
                    int step = Array.IndexOf(design[t].Moved, j);
                    double before = values[t * perTrajectory + step][m], after = values[t * perTrajectory + step + 1][m];
                    byTrajectory[t] = (after - before) / delta * (design[t].Up[step] ? 1 : -1);
                }
                var ee = byTrajectory.Where(double.IsFinite).ToList();
                var (muStar, mu, sigma) = Moments(ee);
                var muStars = new double[resamples];
                var sigmas = new double[resamples];
                for (int b = 0; b < resamples; b++)
                {
                    var sample = picks[b].Select(t => byTrajectory[t]).Where(double.IsFinite).ToList();
                    (muStars[b], _, sigmas[b]) = Moments(sample);
                }
                var (muStarLow, muStarHigh) = SobolIndices.Percentiles(muStars, 0.95);
                var (sigmaLow, sigmaHigh) = SobolIndices.Percentiles(sigmas, 0.95);
                effects.Add(new MorrisEffect(factors[j].Name, group, measures[m].Name, measures[m].Unit, muStar, mu, sigma, ee.Count)
                    { MuStarLow = muStarLow, MuStarHigh = muStarHigh, SigmaLow = sigmaLow, SigmaHigh = sigmaHigh });
            }
        }
        return new MorrisReport(scenario, trajectories, levels, plan.Scale, plan.FirstSeed, parameters, measures, effects)
            { World = plan.World, PerRun = perRun.Result(), Groups = groups, Resamples = resamples };
    }

    /// <summary>μ*, μ and σ (n − 1) of some elementary effects; NaN where too few.</summary>
    private static (double MuStar, double Mu, double Sigma) Moments(IReadOnlyList<double> ee)
    {
        double mu = ee.Count > 0 ? ee.Average() : double.NaN;
        double muStar = ee.Count > 0 ? ee.Average(Math.Abs) : double.NaN;
        double sigma = ee.Count > 1 ? Math.Sqrt(ee.Sum(e => (e - mu) * (e - mu)) / (ee.Count - 1)) : double.NaN;
        return (muStar, mu, sigma);
    }

    /// <summary>A stable 63-bit key of a parameter's name (FNV-1a over its UTF-8 bytes): the entity
    /// of its design draws.</summary>
    public static long NameKey(string name)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(name)) { h ^= b; h *= 1099511628211UL; }
        return (long)(h >> 1);
    }
}
