namespace OneCountry.Model.Engine;

/// <summary>
/// One stock–flow identity: opened at the month's start with its stock, each inflow and outflow
/// posted by the process that makes it, closed against the stock at the check. The identity
/// start + in − out = end must hold to <see cref="Tolerance"/> relative to the stock
/// (<see cref="BalanceReport.Holds"/>); a flow a process forgets to post makes the check fail.
/// </summary>
public sealed class StockAccount(string name, double tolerance)
{
    private double _start, _in, _out;

    public string Name { get; } = name;
    public double Tolerance { get; } = tolerance;

    public void Open(double stock) => (_start, _in, _out) = (stock, 0, 0);

    public void In(double flow) => _in += flow;

    public void Out(double flow) => _out += flow;

    /// <summary>The identity against <paramref name="end"/>, the stock as it stands.</summary>
    public BalanceReport Close(double end) => new(Name, _start, _in, _out, end);
}
