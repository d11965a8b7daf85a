namespace OneCountry.Model.Engine;

/// <summary>
/// One named step of a model's month: what it does (its summary, from which the documentation of
/// the schedule is generated), when it runs (every month, or one calendar month), and the adapter
/// that runs it on the model's state and the month's ledger. A model's month is an ordered list
/// of these (BeforeIT.jl's <c>step!</c>, Agents.jl's model step calling named sub-steps).
/// </summary>
public sealed record Process<TState, TLedger>(string Name, int CalendarMonth, string Summary, Action<TState, TLedger> Run)
{
    /// <summary>Runs every month.</summary>
    public const int Every = 0;

    public bool RunsIn(int calendarMonth) => CalendarMonth == Every || CalendarMonth == calendarMonth;
}
