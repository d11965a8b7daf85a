using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.World;

namespace OneCountry.Scenarios;

/// <summary>A validated scenario: span, seed, scale, parameter overrides, policy timeline and
/// events, with the file it came from and a hash of its bytes for the run manifest.</summary>
public sealed record Scenario
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    /// <summary>The comment block at the top of the file (what the scenario assumes, the position it encodes, its sources), without the '#'.</summary>
    public string Documentation { get; init; } = "";
    public required string SourcePath { get; init; }
    /// <summary>SHA-256 of the file's bytes; for a scenario that extends another, of this file's hash and its base's.</summary>
    public required string Sha256 { get; init; }
    /// <summary>The name of the scenario this one extends, if any.</summary>
    public string? Extends { get; init; }
    public required Month Start { get; init; }
    public required Month End { get; init; }
    public ulong Seed { get; init; } = 1;
    public double Scale { get; init; } = 1000;
    public IReadOnlyDictionary<string, double> ParameterOverrides { get; init; } = new Dictionary<string, double>();
    public required PolicyTimeline Policy { get; init; }
    public IReadOnlyList<ScheduledEvent> Events { get; init; } = [];
    /// <summary>The revolutionary windows: the defaults, changed or extended by the scenario's <c>windows</c>.</summary>
    public IReadOnlyList<Model.World.WindowSpec> Windows { get; init; } = Model.World.WindowCatalog.Defaults;
    /// <summary>Whether runs are conditioned on the recorded world (the default) or draw weather and windows freely.</summary>
    public WorldMode World { get; init; } = WorldMode.Recorded;
    /// <summary>The recorded world: stated by the root of the <c>extends</c> chain (normally
    /// <c>historical</c>): its policy, events, windows and recorded weather (Model/World/RecordedWorld).</summary>
    public required RecordedWorld Recorded { get; init; }
    /// <summary>For a scenario that extends another: where this file's lever changes replace the base's entries for those levers (from their date on).</summary>
    public IReadOnlyList<ScenarioError> Overrides { get; init; } = [];
    /// <summary>Entries of this file that never take effect (another entry of this file sets the same lever in the same month after them).</summary>
    public IReadOnlyList<ScenarioError> Warnings { get; init; } = [];

    /// <summary>The model configuration, with the command line's seed, scale and threads where given.</summary>
    /// <param name="world">The world (null: the scenario's own, <see cref="World"/>).</param>
    public SimulationConfig ToConfig(ulong? seed = null, double? scale = null, int threads = 1, WorldMode? world = null) => new()
    {
        Start = Start,
        End = End,
        Seed = seed ?? Seed,
        Scale = scale ?? Scale,
        Threads = threads,
        Parameters = ParameterValues.Defaults.With(ParameterOverrides),
        Policy = Policy,
        Events = Events,
        Windows = Windows,
        Recorded = (world ?? World) == WorldMode.Recorded ? Recorded : null,
    };
}

/// <summary>Which world a run lives in.</summary>
public enum WorldMode
{
    /// <summary>The recorded world: the record's weather and window outcomes, kept fixed unless the run's own policy changes them.</summary>
    Recorded,
    /// <summary>Weather and windows drawn freely on the run's seed: the spread of possible worlds.</summary>
    Drawn,
}

public static class WorldModes
{
    public static IReadOnlyList<string> Names { get; } = ["recorded", "drawn"];

    public static string Name(WorldMode mode) => Names[(int)mode];
}
