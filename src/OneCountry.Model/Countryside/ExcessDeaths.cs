using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// Scripted excess deaths for what the model has no mechanism for (the Kazakh nomads' famine of
/// 1930–33, the executions of 1937–38): each event in force spreads its deaths evenly over its
/// months; the towns take its urban share, and the rest is an extra death rate (per person per
/// year) on the peasants of its zones.
/// </summary>
public static class ExcessDeaths
{
    /// <summary>This month's extra death rates by zone (null: none) and the deaths in the towns (persons).</summary>
    public static double[]? Rates(IReadOnlyList<ScheduledEvent> events, Month month, HouseholdTable h, double realPerRow, out double urban)
    {
        urban = 0;
        double[]? rates = null;
        Span<double> zonePeople = stackalloc double[Zones.Count];
        bool counted = false;
        foreach (var e in events)
        {
            if (e.Kind != EventKind.ExcessDeaths || month < e.Month || month > e.Month.Plus(Math.Max(1, e.DurationMonths) - 1)) continue;
            double perMonth = e.Magnitude / Math.Max(1, e.DurationMonths);
            urban += perMonth * e.UrbanShare;
            if (!counted)
            {
                zonePeople.Clear();
                for (int i = 0; i < h.Count; i++)
                    if (h.Status[i] < (byte)HouseholdStatus.Deported) zonePeople[h.Zone[i]] += h.Members[i];
                counted = true;
            }
            double people = 0;
            foreach (var z in e.Zones) people += zonePeople[z] * realPerRow;
            if (people <= 0) continue;
            rates ??= new double[Zones.Count];
            foreach (var z in e.Zones) rates[z] += 12 * perMonth * (1 - e.UrbanShare) / people;
        }
        return rates;
    }
}
