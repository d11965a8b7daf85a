using OneCountry.Model.Engine;
namespace OneCountry.Model.Countryside;

/// <summary>A climate zone. Harvest shocks are drawn per zone (correlated between zones), so that
/// droughts hit regions, as in 1921 (Volga) or 1924 (Volga, South).</summary>
public sealed record Zone(string Name, double HouseholdShare, double YieldFactor, double WeatherSd);

/// <summary>
/// The six grain zones. Shares of households, relative yields and the spread of yields are the
/// modeller's approximations of the regional pattern (Dronin and Bellinger 2005, ch. 4-5: drought
/// risk highest in the Volga and the south-east; the non-black-earth centre a grain-deficit
/// "consumer" region). Relative yields average 1 over households, so that base_yield is the
/// national mean. They are structural constants, scaled by the registry's weather_sd.
/// </summary>
public static class Zones
{
    public static IReadOnlyList<Zone> All { get; } =
    [
        new("central_non_black_earth", 0.24, 0.84, 0.10),
        new("central_black_earth", 0.17, 1.02, 0.16),
        new("volga", 0.12, 0.97, 0.28),
        new("ukraine", 0.21, 1.14, 0.17),
        new("north_caucasus", 0.08, 1.20, 0.20),
        new("siberia_urals_kazakhstan", 0.18, 0.97, 0.18),
    ];

    public static int Count => All.Count;

    /// <summary>Throws unless the zones fit a pass's fixed per-zone sums of <paramref name="capacity"/> zones.</summary>
    public static void CheckCapacity(int capacity)
    {
        if (Count > capacity) throw new InvalidOperationException($"{Count} zones, but the per-zone sums hold {capacity}");
    }

    /// <summary>Every zone's index, in order.</summary>
    public static IReadOnlyList<int> Indices { get; } = Enumerable.Range(0, All.Count).ToArray();

    /// <summary>A factor of one for every zone (read only by convention: never written).</summary>
    public static double[] Ones { get; } = Enumerable.Repeat(1.0, All.Count).ToArray();

    /// <summary>The zone among <paramref name="among"/> that a uniform draw <paramref name="u"/> in
    /// [0, 1) falls into, each zone in proportion to its share of households.</summary>
    public static int Pick(double u, IReadOnlyList<int> among)
    {
        double total = 0;
        foreach (int z in among) total += All[z].HouseholdShare;
        double x = u * total, cum = 0;
        for (int j = 0; j < among.Count - 1; j++)
        {
            cum += All[among[j]].HouseholdShare;
            if (x <= cum) return among[j];
        }
        return among[^1];
    }

    public static int IndexOf(string name)
    {
        for (int i = 0; i < All.Count; i++) if (All[i].Name == name) return i;
        return -1;
    }
}
