using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>The outcome of one run: configuration, series and event log.</summary>
public sealed record RunOutput(Scenario Scenario, SimulationConfig Config, SimulationResult Result, SeriesTables Tables, TimeSpan Elapsed);

/// <summary>Runs a scenario: steps the model to the end under a <see cref="RunPlan"/> and
/// aggregates the series. Time is measured here, outside the model.</summary>
public static class RunExecutor
{
    public static RunOutput Run(Scenario scenario, RunOptions options, Action<int, int>? progress = null) =>
        Run(scenario, RunPlan.Resolve(scenario, options), progress);

    public static RunOutput Run(Scenario scenario, RunPlan plan, Action<int, int>? progress = null)
    {
        var config = plan.Config(scenario);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var simulation = new Simulation(config);
        var result = simulation.Run(progress);
        clock.Stop();
        return new RunOutput(scenario, config, result, SeriesTables.From(result), clock.Elapsed);
    }
}
