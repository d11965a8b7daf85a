using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>A parameter's elementary effects on one outcome: μ* (mean absolute effect: how much it
/// matters), μ (mean signed effect: in which direction) and σ (their spread: how far the effect
/// depends on the other parameters or is nonlinear). Effects are in the outcome's unit per the
/// parameter's whole registry range.</summary>
public sealed record MorrisEffect(string Parameter, string Group, string Measure, string Unit, double MuStar, double Mu, double Sigma, int Effects);

public sealed record MorrisReport(Scenario Scenario, int Trajectories, int Levels, double Scale, ulong FirstSeed,
    IReadOnlyList<ParameterSpec> Parameters, IReadOnlyList<ComparedMeasure> Measures, IReadOnlyList<MorrisEffect> Effects)
{
    /// <summary>The world the runs lived in (recorded or drawn).</summary>
    public WorldMode World { get; init; } = WorldMode.Recorded;
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
    public static IReadOnlyList<MorrisTrajectory> Design(IReadOnlyList<string> names, int trajectories, int levels, ulong seed)
    {
        int parameters = names.Count;
        if (parameters < 1) throw new ArgumentOutOfRangeException(nameof(names), "at least one parameter");
        if (names.Distinct(StringComparer.Ordinal).Count() != parameters) throw new ArgumentException("parameter names must differ", nameof(names));
        if (trajectories < 2) throw new ArgumentOutOfRangeException(nameof(trajectories), "at least two trajectories");
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), "an even number of levels, at least 2");
        var rng = new RandomStreams(seed);
        var keys = names.Select(NameKey).ToArray();
        double delta = levels / (2.0 * (levels - 1));
        var design = new List<MorrisTrajectory>();
        for (int t = 0; t < trajectories; t++)
        {
            // Start: each parameter at a lower grid level (so that +Δ stays in range), up by Δ or not.
            var x = new double[parameters];
            var startsUp = new bool[parameters];
            for (int j = 0; j < parameters; j++)
            {
                int level = (int)(rng.Uniform(RandomPurpose.ExperimentDesign, keys[j], t, 0) * (levels / 2));
                startsUp[j] = rng.Uniform(RandomPurpose.ExperimentDesign, keys[j], t, 1) >= 0.5;
                x[j] = (double)level / (levels - 1) + (startsUp[j] ? delta : 0);
            }
            // A random order of the moves: parameters sorted by a uniform key of their own (ties, never
            // seen in practice, by name).
            var order = Enumerable.Range(0, parameters)
                .OrderBy(j => rng.Uniform(RandomPurpose.ExperimentDesign, keys[j], t, 2)).ThenBy(j => names[j], StringComparer.Ordinal).ToArray();
            var points = new double[parameters + 1][];
            var up = new bool[parameters];
            points[0] = (double[])x.Clone();
            for (int i = 0; i < parameters; i++)
            {
                int j = order[i];
                // Each parameter moves once: down if it started Δ above its lower level, else up.
                up[i] = !startsUp[j];
                x[j] += up[i] ? delta : -delta;
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
        int trajectories, RunPlan plan, int levels = 4, Action<int, int>? progress = null, bool keepSeries = false, Action<FinishedBatch>? finished = null)
    {
        var design = Design(parameters.Select(p => p.Name).ToArray(), trajectories, levels, plan.FirstSeed);
        int perTrajectory = parameters.Count + 1;
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
        var effects = new List<MorrisEffect>();
        for (int j = 0; j < parameters.Count; j++)
        {
            for (int m = 0; m < measures.Count; m++)
            {
                var ee = new List<double>();
                for (int t = 0; t < trajectories; t++)
                {
                    int step = Array.IndexOf(design[t].Moved, j);
                    double before = values[t * perTrajectory + step][m], after = values[t * perTrajectory + step + 1][m];
                    double e = (after - before) / delta * (design[t].Up[step] ? 1 : -1);
                    if (double.IsFinite(e)) ee.Add(e);
                }
                double mu = ee.Count > 0 ? ee.Average() : double.NaN;
                double muStar = ee.Count > 0 ? ee.Average(Math.Abs) : double.NaN;
                double sigma = ee.Count > 1 ? Math.Sqrt(ee.Sum(e => (e - mu) * (e - mu)) / (ee.Count - 1)) : double.NaN;
                effects.Add(new MorrisEffect(parameters[j].Name, parameters[j].Group, measures[m].Name, measures[m].Unit, muStar, mu, sigma, ee.Count));
            }
        }
        return new MorrisReport(scenario, trajectories, levels, plan.Scale, plan.FirstSeed, parameters, measures, effects) { World = plan.World, PerRun = perRun.Result() };
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
