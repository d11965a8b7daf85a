namespace OneCountry.Model.Engine;

/// <summary>Stock–flow identities checked every month. Each holds to rounding: the tolerance
/// is relative to the stock.</summary>
public readonly record struct BalanceReport(string Name, double Start, double Inflows, double Outflows, double End)
{
    public double Residual => Start + Inflows - Outflows - End;
    public bool Holds(double relativeTolerance = 1e-9) => Math.Abs(Residual) <= relativeTolerance * Math.Max(1.0, Math.Abs(Start) + Math.Abs(Inflows) + Math.Abs(End));
    public override string ToString() => $"{Name}: start {Start:G10} + in {Inflows:G10} - out {Outflows:G10} = {Start + Inflows - Outflows:G10}, end {End:G10} (residual {Residual:G4})";
}

public sealed class BalanceViolationException(BalanceReport report, Month month)
    : Exception($"stock-flow balance '{report.Name}' failed in {month}: {report}")
{
    public BalanceReport Report { get; } = report;
    public Month Month { get; } = month;
}
