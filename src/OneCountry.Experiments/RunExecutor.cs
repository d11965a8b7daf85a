using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>Options a user may set on the command line for one run.</summary>
public sealed record RunOptions(ulong? Seed = null, double? Scale = null, int Threads = 1, bool CheckBalances = true);

/// <summary>The outcome of one run: configuration, series and event log.</summary>
public sealed record RunOutput(Scenario Scenario, SimulationConfig Config, SimulationResult Result, SeriesTables Tables, TimeSpan Elapsed);

/// <summary>Runs a scenario: resolves its configuration, steps the model to the end and
/// aggregates the series. Time is measured here, outside the model.</summary>
public static class RunExecutor
{
    public static RunOutput Run(Scenario scenario, RunOptions options, Action<int, int>? progress = null)
    {
        if (options.Scale is { } k && (k < ScenarioLoader.MinScale || k > ScenarioLoader.MaxScale))
            throw new ArgumentOutOfRangeException(nameof(options), $"scale must be from {ScenarioLoader.MinScale} to {ScenarioLoader.MaxScale}");
        var config = scenario.ToConfig(options.Seed, options.Scale, options.Threads) with { CheckBalances = options.CheckBalances };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var simulation = new Simulation(config);
        var result = simulation.Run(progress);
        clock.Stop();
        return new RunOutput(scenario, config, result, SeriesTables.From(result), clock.Elapsed);
    }
}
