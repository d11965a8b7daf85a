namespace OneCountry.Model.Politics;

/// <summary>
/// The procurement-crisis test the Centre turns on (Politics/Party): from the autumn to the
/// spring, the state's purchases of the last three months fall well below the same months a
/// year before (by more than <c>crisis_procurement_drop</c>) while the harvest held (at least
/// <c>crisis_harvest_floor</c> of the one before) — the shape of the winter of 1927/28, when
/// grain was there but was not sold. It also keeps the last four harvests, whose growth the
/// factions read.
/// </summary>
public sealed class ProcurementCrisis
{
    private readonly double[] _procurement = new double[24];
    private readonly double[] _harvests = [double.NaN, double.NaN, double.NaN, double.NaN];

    /// <summary>The latest harvest (tonnes; NaN before the first).</summary>
    public double LatestHarvest => _harvests[0];

    /// <summary>Records month <paramref name="t"/>'s procurement, and in August the harvest.</summary>
    public void Record(int t, int calendarMonth, double procurement, double harvest)
    {
        _procurement[t % 24] = procurement;
        if (calendarMonth == 8)
        {
            for (int i = 3; i > 0; i--) _harvests[i] = _harvests[i - 1];
            _harvests[0] = harvest;
        }
    }

    /// <summary>Whether month <paramref name="t"/> (already recorded) is a procurement crisis.</summary>
    public bool Test(int t, int calendarMonth, double procurementDrop, double harvestFloor)
    {
        if (t < 15 || !(calendarMonth >= 9 || calendarMonth <= 3)) return false;
        double recent = 0, yearBefore = 0;
        for (int i = 0; i < 3; i++) { recent += _procurement[(t - i) % 24]; yearBefore += _procurement[(t - 12 - i) % 24]; }
        bool harvestHeld = !double.IsNaN(_harvests[1]) && _harvests[0] >= harvestFloor * _harvests[1];
        return yearBefore > 0 && recent < (1 - procurementDrop) * yearBefore && harvestHeld;
    }

    /// <summary>The latest harvest against the mean of the three before it, minus one (0 while unknown).</summary>
    public double HarvestGrowth()
    {
        double prior = (_harvests[1] + _harvests[2] + _harvests[3]) / 3;
        return double.IsNaN(prior) || prior <= 0 ? 0 : _harvests[0] / prior - 1;
    }
}
