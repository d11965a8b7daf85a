namespace OneCountry.Model.Economy;

/// <summary>
/// Defence: what share of national income goes to the forces, what the forces cost in consumer
/// goods, and how many men are under arms.
/// <list type="bullet">
/// <item>The share is the lever's, or — when defence follows the threat — the share the hostile
///   powers' military potential requires (World/WorldSystem), plus a surge while the USSR is at
///   war; never more than half of national income.</item>
/// <item>Armaments come out of producer goods ahead of investment (Economy/Industry); the forces'
///   upkeep in manufactures comes out of consumer goods ahead of the civilians: what their men use
///   (<c>forces_manufactures_per_man</c>), for the men beyond those the towns' 1913 claim on
///   manufactures already clothed and fed (the forces <c>defence_share_embodied</c> keeps), and
///   never more than half the month's consumer goods.</item>
/// <item>Men under arms follow the defence share and the population (<c>forces_per_defence_share</c>),
///   reached within about half a year: mobilization and demobilization take time.</item>
/// </list>
/// </summary>
public static class Defence
{
    public readonly record struct ShareInputs
    {
        /// <summary>The lever <c>defence_follows_threat</c>.</summary>
        public required bool FollowsThreat { get; init; }
        /// <summary>The lever <c>defence_share</c>.</summary>
        public required double LeverShare { get; init; }
        /// <summary>The share the encirclement requires this month (World/WorldSystem).</summary>
        public required double RequiredShare { get; init; }
        public required bool AtWar { get; init; }
        /// <summary><c>war_defence_surge</c>: extra share while the USSR fights.</summary>
        public required double WarSurge { get; init; }
    }

    /// <summary>Share of national income spent on defence this month.</summary>
    public static double Share(in ShareInputs x) =>
        Math.Min(0.5, (x.FollowsThreat ? x.RequiredShare : x.LeverShare) + (x.AtWar ? x.WarSurge : 0));

    public readonly record struct UpkeepInputs
    {
        /// <summary>Last month's men under arms (NaN before the first month).</summary>
        public required double ArmedForces { get; init; }
        /// <summary>Last month's population.</summary>
        public required double Population { get; init; }
        /// <summary><c>forces_per_defence_share</c>.</summary>
        public required double ForcesPerDefenceShare { get; init; }
        /// <summary><c>defence_share_embodied</c>.</summary>
        public required double DefenceShareEmbodied { get; init; }
        /// <summary><c>forces_manufactures_per_man</c> (1913 rubles a year).</summary>
        public required double ManufacturesPerMan { get; init; }
        /// <summary>Consumer-goods output this month (index 1913 = 1).</summary>
        public required double ConsumerOutput { get; init; }
        /// <summary>The 1913 consumption of manufactures (1913 rubles a year).</summary>
        public required double Manufactures1913 { get; init; }
    }

    /// <summary>The forces' upkeep taken from consumer goods this month (1913 rubles): the
    /// manufactures their men use (kit, boots, processed food; <c>forces_manufactures_per_man</c>)
    /// for the men beyond the army the towns' 1913 claim already kept (the forces the embodied
    /// share would keep, <c>defence_share_embodied × forces_per_defence_share × population</c>),
    /// never more than half the month's consumer goods. The rest of the outlay beyond armaments —
    /// pay, construction, fuel, transport — is not a claim on manufactures (Davies and Harrison
    /// 1997, Europe-Asia Studies 49(3): the budget's upkeep items).</summary>
    public static double ForcesUpkeep(in UpkeepInputs x)
    {
        double forces = double.IsNaN(x.ArmedForces) ? 0 : x.ArmedForces;
        double embodied = x.DefenceShareEmbodied * x.ForcesPerDefenceShare * x.Population;
        return Math.Min(Math.Max(0, forces - embodied) * x.ManufacturesPerMan / 12.0, 0.5 * x.ConsumerOutput * x.Manufactures1913 / 12.0);
    }

    /// <summary>Men under arms this month: a sixth of the way from last month's to the target
    /// <c>forces_per_defence_share × share × population</c>; the target itself in the first month
    /// (<paramref name="previous"/> NaN).</summary>
    public static double ArmedForces(double previous, double forcesPerDefenceShare, double defenceShare, double population)
    {
        double target = forcesPerDefenceShare * defenceShare * population;
        return double.IsNaN(previous) ? target : previous + (target - previous) / 6.0;
    }
}
