using OneCountry.Model.Engine;
namespace OneCountry.Model.Country;

/// <summary>Everything a run needs: span, seed, scale, threads, parameters, policy timeline and
/// events. Built by the scenario layer; the model never reads files.</summary>
public sealed record SimulationConfig
{
    public required Month Start { get; init; }
    public required Month End { get; init; }
    public ulong Seed { get; init; } = 1;
    /// <summary>Real households per simulated household (k).</summary>
    public double Scale { get; init; } = 1000;
    public int Threads { get; init; } = 1;
    public ParameterValues Parameters { get; init; } = ParameterValues.Defaults;
    public PolicyTimeline Policy { get; init; } = PolicyTimeline.Empty;
    public IReadOnlyList<ScheduledEvent> Events { get; init; } = [];
    /// <summary>The revolutionary windows: by default those of World/WindowCatalog.</summary>
    public IReadOnlyList<World.WindowSpec> Windows { get; init; } = World.WindowCatalog.Defaults;
    /// <summary>The recorded world the run is conditioned on (World/RecordedWorld): its windows'
    /// outcomes and its weather. Null: the drawn world - weather and windows drawn freely, for
    /// questions about the spread of possible worlds.</summary>
    public World.RecordedWorld? Recorded { get; init; }
    /// <summary>Check grain, people and money balances after every month and throw if one fails.</summary>
    public bool CheckBalances { get; init; } = true;

    public int Months => End - Start + 1;

    public static Month DefaultStart => Month.Of(1921, 3);
    public static Month DefaultEnd => Month.Of(1941, 6);
}
