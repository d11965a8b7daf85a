using OneCountry.Model.Engine;
namespace OneCountry.Model;

public enum EventKind
{
    /// <summary>Scripted harvest weather in some zones (a drought, or any known year): yields are
    /// multiplied by the magnitude in the harvest of that year instead of the stochastic draw.</summary>
    Drought,
    /// <summary>A war scare (a break of relations with a capitalist power): peasants hold more grain
    /// back for <see cref="ScheduledEvent.DurationMonths"/> months.</summary>
    WarScare,
    /// <summary>A territory joins the country: <see cref="ScheduledEvent.Magnitude"/> persons, of
    /// whom the share <see cref="ScheduledEvent.UrbanShare"/> live in towns; the peasants farm in
    /// <see cref="ScheduledEvent.Zones"/> as individual households.</summary>
    Annexation,
    /// <summary>A country's regime changes (Italy's March on Rome, Japan's militarists after
    /// Mukden): <see cref="ScheduledEvent.Regime"/>, and its attitude to the USSR if
    /// <see cref="ScheduledEvent.Attitude"/> is given.</summary>
    RegimeChange,
    /// <summary>A country goes to war for <see cref="ScheduledEvent.DurationMonths"/> months: its
    /// militarization heads for <c>war_militarization</c>.</summary>
    War,
    /// <summary>A country's attitude to the USSR changes (recognition, a break of relations, a pact):
    /// <see cref="ScheduledEvent.Attitude"/> from -1 (hostile) to 1 (allied).</summary>
    Attitude,
    /// <summary>Lenin is incapacitated (his third stroke, March 1923): the check he kept on the
    /// apparatus goes (Politics/Party).</summary>
    LeninIncapacity,
    /// <summary>A capitalist country's GDP per head departs from its data path: multiplied by
    /// <see cref="ScheduledEvent.Magnitude"/> for <see cref="ScheduledEvent.DurationMonths"/> months
    /// (0: for good) - a scenario shock.</summary>
    EconomicShock,
    /// <summary>Deaths the model does not produce by a mechanism of its own (the famine of the
    /// Kazakh nomads, the executions of 1937-38): <see cref="ScheduledEvent.Magnitude"/> persons
    /// over <see cref="ScheduledEvent.DurationMonths"/> months, the share
    /// <see cref="ScheduledEvent.UrbanShare"/> in the towns and the rest among the peasants of
    /// <see cref="ScheduledEvent.Zones"/>.</summary>
    ExcessDeaths,
}

/// <summary>A dated event from the scenario.</summary>
public sealed record ScheduledEvent(Month Month, EventKind Kind, double Magnitude, int DurationMonths,
    IReadOnlyList<int> Zones, string? Country, string? Note)
{
    public double UrbanShare { get; init; }
    public World.Regime? Regime { get; init; }
    public double? Attitude { get; init; }
    /// <summary>For a regime change: the share of GDP the new regime spends on arms in peacetime
    /// (default: <c>fascist_militarization</c> for a fascist regime, unchanged otherwise).</summary>
    public double? Militarization { get; init; }
    /// <summary>The world the event needs (the pact and the German attacks need a fascist
    /// Germany): in a run where the country does not have the regime that month, the event does
    /// not happen, and the log says so. Read for world events, wars, war scares and annexations
    /// (the scenario format allows it on no other kind).</summary>
    public World.WorldCondition? Requires { get; init; }
}
