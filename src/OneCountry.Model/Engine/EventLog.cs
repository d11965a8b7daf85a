namespace OneCountry.Model.Engine;

/// <summary>One entry of the event log: a stochastic draw that matters, a scripted event, or a
/// policy change. <see cref="Probability"/> is the probability of an outcome at least this
/// extreme (for continuous draws) or of the outcome drawn (for discrete ones); NaN when the
/// entry is not random.</summary>
public sealed record LoggedEvent(Month Month, string Country, string Kind, string Subject, string Description, double Probability, double Value);

/// <summary>Append-only log, written by the simulation in a deterministic order.</summary>
public sealed class EventLog
{
    private readonly List<LoggedEvent> _entries = [];
    public IReadOnlyList<LoggedEvent> Entries => _entries;
    public void Add(LoggedEvent e) => _entries.Add(e);
}
