using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>What is needed to reproduce a run: model version, the scenario (name, file, SHA-256),
/// seed, scale, span and every resolved parameter and lever change. It holds nothing that varies
/// between identical runs (no clock time, no thread count), so that identical runs write
/// identical files.</summary>
public sealed record RunManifest
{
    public required string Model { get; init; }
    public required string Version { get; init; }
    public required string Scenario { get; init; }
    public required string ScenarioFile { get; init; }
    public required string ScenarioSha256 { get; init; }
    public required ulong Seed { get; init; }
    public required double Scale { get; init; }
    public required int SimulatedHouseholds { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    /// <summary>"recorded" (conditioned on the recorded world: its weather and window outcomes) or "drawn".</summary>
    public required string World { get; init; }
    public required IReadOnlyList<ManifestParameter> Parameters { get; init; }
    public required IReadOnlyList<ManifestLever> Policy { get; init; }
    public required IReadOnlyList<ManifestEvent> Events { get; init; }
    public required IReadOnlyList<string> Files { get; init; }

    public static string ModelVersion =>
        typeof(Simulation).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static RunManifest Build(Scenario scenario, SimulationConfig config, SimulationResult result, IReadOnlyList<string> files) => new()
    {
        Model = "OneCountry",
        Version = ModelVersion,
        Scenario = scenario.Name,
        ScenarioFile = Path.GetFileName(scenario.SourcePath),
        ScenarioSha256 = scenario.Sha256,
        Seed = config.Seed,
        Scale = config.Scale,
        SimulatedHouseholds = result.SimulatedHouseholds,
        Start = config.Start.ToString(),
        End = config.End.ToString(),
        World = WorldModes.Name(config.Recorded is null ? WorldMode.Drawn : WorldMode.Recorded),
        Parameters = config.Parameters.Entries()
            .Select(e => new ManifestParameter(e.Spec.Name, e.Value, e.Spec.Unit, e.Spec.Default, scenario.ParameterOverrides.ContainsKey(e.Spec.Name)))
            .ToList(),
        Policy = config.Policy.Changes.Select(c => new ManifestLever(c.Month.ToString(), c.Lever, c.Value, c.Note)).ToList(),
        Events = config.Events.Select(e => new ManifestEvent(e.Month.ToString(), e.Kind.ToString(), e.Magnitude, e.DurationMonths,
            e.Zones.Select(z => OneCountry.Model.Countryside.Zones.All[z].Name).ToList(), e.Country, e.Note)).ToList(),
        Files = files,
    };
}

public sealed record ManifestParameter(string Name, double Value, string Unit, double Default, bool Overridden);
public sealed record ManifestLever(string Date, string Lever, double Value, string? Note);
public sealed record ManifestEvent(string Date, string Kind, double Magnitude, int Months, IReadOnlyList<string> Zones, string? Country, string? Note);
