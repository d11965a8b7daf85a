using OneCountry.Model.Engine;
namespace OneCountry.Model.Politics;

/// <summary>
/// The factions' platforms as lever values. Each names only the levers it
/// changes; the others keep the values in force when the platform took over. Sources: the
/// Platform of the Opposition (1927) and Preobrazhensky's "primitive socialist accumulation" for
/// the Left; Bukharin's "Notes of an Economist" (1928) for the Right; the practice of 1928-33
/// (Davies 1980; Carr and Davies 1969) for the Centre's turn.
/// </summary>
public static class Platforms
{
    /// <summary>The Left Opposition (1923-27): planned industrialization financed by a progressive
    /// tax on the kulak, voluntary collectivization on tractors from industry, the monopoly kept
    /// with more world trade, party democracy, the united front.</summary>
    public static IReadOnlyList<(string, double)> Left { get; } =
    [
        ("nep_market", 1), ("procurement_enforcement", 0), ("tax_progressivity", 1.5), ("peasant_tax_rate", 0.08),
        ("industrial_investment_share", 0.10), ("heavy_industry_share", 0.6), ("tractor_output_share", 0.01),
        ("collectivization_drive", 0), ("dekulakization", 0), ("deportation_quota", 0), ("machinery_import_share", 0.3), ("grain_export_target", 3.0),
        ("comintern_line", (int)World.CominternLine.UnitedFront), ("comintern_diplomacy", 0.2), ("revolution_support", 0.5),
    ];

    /// <summary>The Right (1925-28): NEP continued with higher procurement prices, slow tempo,
    /// no forced collectivization.</summary>
    public static IReadOnlyList<(string, double)> Right { get; } =
    [
        ("nep_market", 1), ("procurement_enforcement", 0), ("procurement_price", 1.1), ("tax_progressivity", 0.3),
        ("industrial_investment_share", 0.05), ("heavy_industry_share", 0.4), ("collectivization_drive", 0), ("dekulakization", 0),
        ("deportation_quota", 0),
    ];

    /// <summary>The Centre allied with the Right: the policy in force (no change).</summary>
    public static IReadOnlyList<(string, double)> CentreWithRight { get; } = [];

    /// <summary>The Centre after its turn, by months since the turn: extraordinary measures at once,
    /// the plan's investment within a year, rationing, then the end of NEP, forced collectivization
    /// and dekulakization, later compulsory deliveries and passports.</summary>
    public static IReadOnlyList<(string, double)> CentreTurned(int months)
    {
        var list = new List<(string, double)>
        {
            ("procurement_enforcement", 0.4), ("heavy_industry_share", 0.7),
            ("industrial_investment_share", Math.Min(0.2, 0.08 + 0.01 * Math.Max(0, months))), ("comintern_line", (int)World.CominternLine.ThirdPeriod),
        };
        if (months >= 12) list.Add(("rationing", 1));
        if (months >= 20)
        {
            list.AddRange([("nep_market", 0), ("kolkhoz_market", 1), ("collectivization_drive", 0.04), ("collectivization_target", 0.95),
                ("kolkhoz_delivery_share", 0.3), ("grain_export_target", 4.0), ("sowing_plan", 0.9)]);
            list.Add(("dekulakization", months < 38 ? 0.008 : 0));
        }
        if (months >= 47) list.Add(("internal_passports", 1));
        return list;
    }

    /// <summary>Every lever some platform sets, and the party regime's openness (which the party's
    /// own state sets): outside the exogenous mode these are frozen at their values when the mode
    /// began, so that the scenario's later scripted changes of them do not apply.</summary>
    public static IReadOnlyList<string> Controlled { get; } =
        Left.Concat(Right).Concat(CentreTurned(60)).Select(x => x.Item1).Append("party_regime_openness").Distinct().ToArray();
}
