using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>What a user may set for a run, an ensemble, a comparison or a sweep; null means the
/// scenario's own seed and scale, and all cores;
/// <see cref="World"/> null: the (first) scenario's own world.</summary>
public sealed record RunOptions(ulong? Seed = null, double? Scale = null, int? Threads = null, bool CheckBalances = true, WorldMode? World = null);

/// <summary>
/// Seed, scale, threads and balance checks, resolved once from a scenario and the user's options
/// and checked against their bounds, for every kind of experiment: one run uses
/// <see cref="Threads"/> inside the model (<see cref="Config"/>); an ensemble, comparison or sweep
/// runs <see cref="Threads"/> single-threaded members at a time, member i on seed
/// <see cref="FirstSeed"/> + i (<see cref="Member"/>). Scenarios compared under one plan share
/// its seeds, scale and world (common random numbers, and one world - recorded or drawn - for all).
/// </summary>
public sealed record RunPlan
{
    public const double MinScale = ScenarioLoader.MinScale, MaxScale = ScenarioLoader.MaxScale;
    public const int MinThreads = 1, MaxThreads = 1024;

    public ulong FirstSeed { get; }
    public double Scale { get; }
    public int Threads { get; }
    public bool CheckBalances { get; }
    /// <summary>Whether the runs are conditioned on the recorded world or draw weather and windows freely.</summary>
    public WorldMode World { get; }

    private RunPlan(ulong firstSeed, double scale, int threads, bool checkBalances, WorldMode world) =>
        (FirstSeed, Scale, Threads, CheckBalances, World) = (firstSeed, scale, threads, checkBalances, world);

    /// <summary>The user's options where given, else the scenario's seed and scale and all cores.</summary>
    /// <exception cref="ArgumentOutOfRangeException">a scale or thread count outside its bounds.</exception>
    public static RunPlan Resolve(Scenario scenario, RunOptions options)
    {
        double scale = options.Scale ?? scenario.Scale;
        if (!IsScale(scale))
            throw new ArgumentOutOfRangeException(nameof(options), $"scale must be from {MinScale} to {MaxScale}");
        int threads = options.Threads ?? Environment.ProcessorCount;
        if (!IsThreads(threads))
            throw new ArgumentOutOfRangeException(nameof(options), $"threads must be from {MinThreads} to {MaxThreads}");
        return new RunPlan(options.Seed ?? scenario.Seed, scale, threads, options.CheckBalances, options.World ?? scenario.World);
    }

    /// <summary>Whether <paramref name="scale"/> is within the bounds (NaN is not).</summary>
    public static bool IsScale(double scale) => scale >= MinScale && scale <= MaxScale;

    public static bool IsThreads(int threads) => threads is >= MinThreads and <= MaxThreads;

    /// <summary>One run of <paramref name="scenario"/> on the first seed, the model using every thread of the plan.</summary>
    public SimulationConfig Config(Scenario scenario) => With(scenario.ToConfig(FirstSeed, Scale, Threads, World));

    /// <summary>Member <paramref name="run"/> of an ensemble of <paramref name="scenario"/>: seed
    /// <see cref="FirstSeed"/> + run, the model single-threaded (the members run in parallel).</summary>
    public SimulationConfig Member(Scenario scenario, int run) => With(scenario.ToConfig(FirstSeed + (ulong)run, Scale, threads: 1, World));

    /// <summary>A run of <paramref name="scenario"/> on <paramref name="seed"/>, single-threaded (an experiment's runs run in parallel).</summary>
    public SimulationConfig OnSeed(Scenario scenario, ulong seed) => With(scenario.ToConfig(seed, Scale, threads: 1, World));

    private SimulationConfig With(SimulationConfig config) => config with { CheckBalances = CheckBalances };
}
