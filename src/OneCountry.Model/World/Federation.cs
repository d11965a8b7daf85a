namespace OneCountry.Model.World;

/// <summary>
/// What a federation of workers' states gives the USSR each month: members deliver machinery outside the trade balance
/// (<c>federation_machinery_share</c> of their GDP, in rubles at the USSR's own ratio of national
/// income to GDP in dollars); Soviet technique closes <c>federation_convergence</c> a year of its
/// log gap to the most advanced member; and the party regime faces a more open one, in
/// proportion to the members' weight (<c>federation_openness</c>).
/// </summary>
public static class Federation
{
    public readonly record struct Inputs
    {
        public required double FederationGdp { get; init; }
        public required double BestMemberGdpPerCapita { get; init; }
        /// <summary>Last month's Soviet GDP (dollars) and GDP per head.</summary>
        public required double UssrGdp { get; init; }
        public required double UssrGdpPerCapita { get; init; }
        /// <summary>Last month's national income (1913 rubles a year).</summary>
        public required double NationalIncome { get; init; }
        /// <summary>The lever <c>party_regime_openness</c>.</summary>
        public required double LeverOpenness { get; init; }
    }

    /// <summary>Machinery delivered (rubles this month), the month's technique convergence rate
    /// (null when no member is ahead) and the regime's openness.</summary>
    public readonly record struct Effects(double Machinery, double? Convergence, double Openness);

    public static Effects Month(in Inputs x, WorldParameters w)
    {
        double rublesPerDollar = x.UssrGdp > 0 ? x.NationalIncome / x.UssrGdp : 0;
        double machinery = w.FederationMachineryShare * x.FederationGdp / 12.0 * rublesPerDollar;
        double? convergence = x.BestMemberGdpPerCapita > x.UssrGdpPerCapita && x.UssrGdpPerCapita > 0
            ? w.FederationConvergence / 12.0 * Math.Log(x.BestMemberGdpPerCapita / x.UssrGdpPerCapita)
            : null;
        double openness = Math.Min(1, x.LeverOpenness + w.FederationOpenness * x.FederationGdp / Math.Max(1, x.UssrGdp + x.FederationGdp));
        return new Effects(machinery, convergence, openness);
    }
}
