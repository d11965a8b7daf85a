using OneCountry.Model.Engine;
using System.Collections.Frozen;

namespace OneCountry.Model;

/// <summary>A policy lever: a quantity the Soviet government sets. A scenario's timeline changes
/// levers at dated months; between changes a lever keeps its value.</summary>
public sealed record LeverSpec(string Name, string Meaning, string Unit, double Default, double Min, double Max, bool IsSwitch)
{
    /// <summary>For a categorical lever, the names of its values 0, 1, 2, …; a scenario writes the name.</summary>
    public IReadOnlyList<string>? Categories { get; init; }
}

public static class LeverRegistry
{
    /// <summary>Every lever, read from the declarations of <see cref="PolicyState"/> in their order.</summary>
    public static IReadOnlyList<LeverSpec> All { get; } = LeverBinding.Declared(typeof(PolicyState))
        .Select(x => new LeverSpec(x.Declaration.Name, x.Declaration.Meaning, x.Declaration.Unit, x.Declaration.Default,
            x.Declaration.Min, x.Declaration.Max, x.Property.PropertyType == typeof(bool))
        {
            Categories = x.Property.PropertyType.IsEnum ? LeverBinding.CategoryNames(x.Property.PropertyType) : null,
        })
        .ToArray();

    private static readonly FrozenDictionary<string, int> IndexByName =
        All.Select((p, i) => (p.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i);

    public static bool TryIndex(string name, out int index) => IndexByName.TryGetValue(name, out index);

    public static int Index(string name) => IndexByName[name];
}

/// <summary>
/// The levers in force in one month, as a typed immutable snapshot. Each lever is declared once:
/// the property that holds it, with a <see cref="LeverAttribute"/> (name, meaning, unit, default,
/// range); a <c>bool</c> property is an on/off switch and an enum property a categorical lever
/// whose values a scenario writes by name. <see cref="LeverRegistry"/> is read from these.
/// </summary>
public sealed class PolicyState
{
    [Lever("nep_market", "Private grain trade, land lease and hired labour are legal (New Economic Policy)", "on/off", 1, 0, 1)]
    public bool NepMarket { get; init; }

    [Lever("tax_in_kind", "The peasant tax is levied in grain at harvest (prodnalog) rather than in money", "on/off", 1, 0, 1)]
    public bool TaxInKind { get; init; }

    [Lever("peasant_tax_rate", "Peasant tax as a share of the harvest's value", "share", 0.10, 0, 0.5)]
    public double PeasantTaxRate { get; init; }

    [Lever("tax_progressivity", "How steeply the tax rate rises with sown area per consumer (0 = flat)", "ratio", 0.5, 0, 2)]
    public double TaxProgressivity { get; init; }

    [Lever("procurement_price", "State procurement price of grain (1913 = 1)", "index", 0.9, 0.1, 5)]
    public double ProcurementPrice { get; init; }

    [Lever("state_procurement_share", "Share of peasant grain sales taken by state and cooperative agencies", "share", 0.6, 0, 1)]
    public double StateProcurementShare { get; init; }

    [Lever("procurement_enforcement", "Share of the marketable surplus taken by force at the procurement price (extraordinary measures)", "share", 0, 0, 1)]
    public double ProcurementEnforcement { get; init; }

    [Lever("industrial_markup", "Price of manufactures over unit cost set by the trusts and syndicates (1913 = 1)", "ratio", 1.0, 0.5, 3)]
    public double IndustrialMarkup { get; init; }

    [Lever("industrial_investment_share", "Share of national income invested in industry", "share", 0.03, 0, 0.4)]
    public double IndustrialInvestmentShare { get; init; }

    [Lever("heavy_industry_share", "Share of industrial investment going to producer goods (Feldman's parameter)", "share", 0.4, 0, 1)]
    public double HeavyIndustryShare { get; init; }

    [Lever("grain_export_target", "State grain exports planned for the agricultural year from the August harvest (a change during the year revises the year's plan)", "Mt/yr", 0, 0, 15)]
    public double GrainExportTarget { get; init; }

    [Lever("grain_export_priority", "Whether the export plan ships before the towns' ration and the army (commitment) or only from stock above their needs to the harvest and the working reserve (after_needs)", "category", 0, 0, 1)]
    public Economy.ExportPriority GrainExportPriority { get; init; }

    [Lever("grain_reserve_target", "Grain the state sets aside and never exports, rations or lends (the untouchable funds: nepfond and mobilisation fund); lowering it releases them", "Mt", 0, 0, 20)]
    public double GrainReserveTarget { get; init; }

    [Lever("exports_follow_harvest", "Exports rise above the plan by a twelfth of the state's stock above its ceiling each month (the export plan followed the harvest); off: the planned exports only", "on/off", 1, 0, 1)]
    public bool ExportsFollowHarvest { get; init; }

    [Lever("plot_livestock_limit", "Livestock a collective farmer's household may keep and feed on its plot (cow 0.8, pig 0.3, sheep 0.1 units); the rest of its animals are socialised on entry", "LU", 1.0, 0, 4)]
    public double PlotLivestockLimit { get; init; }

    [Lever("internal_passports", "Internal passports: recruitment to the towns goes on, flight from hunger is stopped", "on/off", 0, 0, 1)]
    public bool InternalPassports { get; init; }

    [Lever("collectivization_drive", "Monthly probability that an individual household is brought into a collective farm while below target", "share/month", 0, 0, 1)]
    public double CollectivizationDrive { get; init; }

    [Lever("collectivization_target", "Collectivized share of households the drive aims at", "share", 1, 0, 1)]
    public double CollectivizationTarget { get; init; }

    [Lever("collective_exit", "Monthly probability that a household brought in by force may leave its collective farm", "share/month", 0, 0, 1)]
    public double CollectiveExit { get; init; }

    [Lever("dekulakization", "Monthly share of kulak households deported", "share/month", 0, 0, 1)]
    public double Dekulakization { get; init; }

    [Lever("deportation_quota", "Households a month deported by the campaign's lists, taken from the best-equipped individual peasants (livestock and sown area)", "households/month", 0, 0, 200000)]
    public double DeportationQuota { get; init; }

    [Lever("kolkhoz_delivery_share", "Compulsory deliveries to the state as a share of the collective harvest", "share", 0.25, 0, 0.8)]
    public double KolkhozDeliveryShare { get; init; }

    [Lever("deliveries_to_claims", "The collective farms' delivery plan is cut to the state's claims for the year (towns, army, exports, reserves, less its stock and its other procurement); off: the quota rate is pressed whatever the state holds", "on/off", 0, 0, 1)]
    public bool DeliveriesToClaims { get; init; }

    [Lever("kolkhoz_market", "Peasants and collective farms may sell and buy grain privately (the kolkhoz markets of May 1932) without the rest of NEP", "on/off", 0, 0, 1)]
    public bool KolkhozMarket { get; init; }

    [Lever("rationing", "Bread and manufactures rationed in the towns (1929-35 historically)", "on/off", 0, 0, 1)]
    public bool Rationing { get; init; }

    [Lever("party_regime_openness", "Openness of the party regime: inner-party democracy and workers' control (0 = closed)", "share", 0, 0, 1)]
    public double PartyRegimeOpenness { get; init; }

    [Lever("trade_monopoly", "Strength of the state monopoly of foreign trade (1 = complete)", "share", 1, 0, 1)]
    public double TradeMonopoly { get; init; }

    [Lever("machinery_import_share", "Share of export earnings spent on imported machinery", "share", 0.3, 0, 1)]
    public double MachineryImportShare { get; init; }

    [Lever("world_grain_price", "World price of grain and raw materials, 1913 = 1 (a driver of the world economy, not a Soviet policy)", "index", 1.2, 0.2, 3)]
    public double WorldGrainPrice { get; init; }

    [Lever("tractor_output_share", "Share of producer-goods output made as tractors and farm machinery", "share", 0.002, 0, 0.1)]
    public double TractorOutputShare { get; init; }

    [Lever("sowing_plan", "Share of its allotment an individual household is obliged to sow (state sowing plans; 0 = none)", "share", 0, 0, 1)]
    public double SowingPlan { get; init; }

    [Lever("food_relief", "Share of the state's grain above its reserve lent each month as food to households short of it (0 = none); food_relief_reach says which", "share/month", 0, 0, 1)]
    public double FoodRelief { get; init; }

    [Lever("food_relief_reach", "Who the state's food loans reach: collective farmers only, or every hungry peasant household", "category", 0, 0, 1)]
    public Countryside.ReliefReach FoodReliefReach { get; init; }

    [Lever("defence_share", "Share of national income spent on defence (armaments and the upkeep of the forces)", "share", 0.02, 0, 0.5)]
    public double DefenceShare { get; init; }

    [Lever("urban_demand_pressure", "Towns' claim on manufactures relative to what output alone would give (wage-fund and currency overruns)", "ratio", 1.0, 0.5, 2.0)]
    public double UrbanDemandPressure { get; init; }

    [Lever("quota_relief", "How far the state cuts a zone's collective-farm delivery quota for the share of its members who went hungry before the harvest or the harvest's weather shortfall, whichever is larger (0 = the plan is pressed regardless)", "share", 0, 0, 1)]
    public double QuotaRelief { get; init; }

    [Lever("comintern_line", "The Communist International's line: united_front, subordination (to reformists or the national bourgeoisie), third_period or popular_front", "line", 0, 0, 3)]
    public World.CominternLine CominternLine { get; init; }

    [Lever("comintern_diplomacy", "How far the Comintern's line serves Soviet diplomacy rather than the revolution abroad (0 = not at all)", "share", 0.2, 0, 1)]
    public double CominternDiplomacy { get; init; }

    [Lever("revolution_support", "Soviet support for revolutions abroad: money, arms, advisers, readiness to intervene (0 = none)", "share", 0.3, 0, 1)]
    public double RevolutionSupport { get; init; }

    [Lever("federation", "A victorious workers' state joins the USSR in a federation", "on/off", 1, 0, 1)]
    public bool Federation { get; init; }

    [Lever("politics", "Who sets the platform levers: exogenous (the timeline), endogenous (the dominant faction's platform), left or right (that faction's platform)", "mode", 0, 0, 3)]
    public Politics.PoliticsMode Politics { get; init; }

    [Lever("defence_follows_threat", "The defence share follows the hostile powers' military potential (World/WorldSystem) instead of the lever defence_share", "on/off", 0, 0, 1)]
    public bool DefenceFollowsThreat { get; init; }

    private static readonly Action<PolicyState, double>[] Setters = LeverBinding.Setters<PolicyState>();

    /// <summary>Reads the values by the registry's order (the order of declaration above).</summary>
    public static PolicyState From(double[] v)
    {
        var state = new PolicyState();
        for (int i = 0; i < Setters.Length; i++) Setters[i](state, v[i]);
        return state;
    }
}

/// <summary>One dated change of a lever.</summary>
public sealed record PolicyChange(Month Month, string Lever, double Value, string? Note = null);

/// <summary>
/// The scenario's policy timeline (exogenous mode): dated lever changes applied in month order.
/// Several changes in the same month apply in the order given.
/// </summary>
public sealed class PolicyTimeline
{
    private readonly PolicyChange[] _changes;

    public PolicyTimeline(IEnumerable<PolicyChange> changes)
    {
        var list = changes.ToList();
        foreach (var c in list)
        {
            if (!LeverRegistry.TryIndex(c.Lever, out var i)) throw new ArgumentException($"unknown lever '{c.Lever}'");
            var spec = LeverRegistry.All[i];
            if (!(c.Value >= spec.Min && c.Value <= spec.Max))
                throw new ArgumentException($"lever '{c.Lever}' = {c.Value} is outside [{spec.Min}, {spec.Max}]");
            if (spec.Categories is not null && c.Value != Math.Floor(c.Value))
                throw new ArgumentException($"lever '{c.Lever}' = {c.Value} is not one of its categories ({string.Join(", ", spec.Categories)})");
        }
        // Stable sort keeps the given order within a month.
        _changes = list.Select((c, i) => (c, i)).OrderBy(x => x.c.Month).ThenBy(x => x.i).Select(x => x.c).ToArray();
    }

    public static PolicyTimeline Empty { get; } = new([]);

    public IReadOnlyList<PolicyChange> Changes => _changes;

    /// <summary>Lever values in force in <paramref name="month"/> (all changes dated on or before it).</summary>
    public double[] ValuesAt(Month month)
    {
        var v = LeverRegistry.All.Select(l => l.Default).ToArray();
        foreach (var c in _changes)
        {
            if (c.Month > month) break;
            v[LeverRegistry.Index(c.Lever)] = c.Value;
        }
        return v;
    }

    public IEnumerable<PolicyChange> ChangesIn(Month month) => _changes.Where(c => c.Month == month);
}
