namespace OneCountry.Model.Simulation;

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
}

/// <summary>A dated event from the scenario.</summary>
public sealed record ScheduledEvent(Month Month, EventKind Kind, double Magnitude, int DurationMonths,
    IReadOnlyList<int> Zones, string? Country, string? Note)
{
    public double UrbanShare { get; init; }
}
