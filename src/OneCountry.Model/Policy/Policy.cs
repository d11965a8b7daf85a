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
    public static IReadOnlyList<LeverSpec> All { get; } =
    [
        new("nep_market", "Private grain trade, land lease and hired labour are legal (New Economic Policy)", "on/off", 1, 0, 1, true),
        new("tax_in_kind", "The peasant tax is levied in grain at harvest (prodnalog) rather than in money", "on/off", 1, 0, 1, true),
        new("peasant_tax_rate", "Peasant tax as a share of the harvest's value", "share", 0.10, 0, 0.5, false),
        new("tax_progressivity", "How steeply the tax rate rises with sown area per consumer (0 = flat)", "ratio", 0.5, 0, 2, false),
        new("procurement_price", "State procurement price of grain (1913 = 1)", "index", 0.9, 0.1, 5, false),
        new("state_procurement_share", "Share of peasant grain sales taken by state and cooperative agencies", "share", 0.6, 0, 1, false),
        new("procurement_enforcement", "Share of the marketable surplus taken by force at the procurement price (extraordinary measures)", "share", 0, 0, 1, false),
        new("industrial_markup", "Price of manufactures over unit cost set by the trusts and syndicates (1913 = 1)", "ratio", 1.0, 0.5, 3, false),
        new("industrial_investment_share", "Share of national income invested in industry", "share", 0.03, 0, 0.4, false),
        new("heavy_industry_share", "Share of industrial investment going to producer goods (Feldman's parameter)", "share", 0.4, 0, 1, false),
        new("grain_export_target", "State grain exports planned per year", "Mt/yr", 0, 0, 15, false),
        new("internal_passports", "Internal passports: recruitment to the towns goes on, flight from hunger is stopped", "on/off", 0, 0, 1, true),
        new("collectivization_drive", "Monthly probability that an individual household is brought into a collective farm while below target", "share/month", 0, 0, 1, false),
        new("collectivization_target", "Collectivized share of households the drive aims at", "share", 1, 0, 1, false),
        new("collective_exit", "Monthly probability that a household brought in by force may leave its collective farm", "share/month", 0, 0, 1, false),
        new("dekulakization", "Monthly share of kulak households deported", "share/month", 0, 0, 1, false),
        new("kolkhoz_delivery_share", "Compulsory deliveries to the state as a share of the collective harvest", "share", 0.25, 0, 0.8, false),
        new("kolkhoz_market", "Peasants and collective farms may sell and buy grain privately (the kolkhoz markets of May 1932) without the rest of NEP", "on/off", 0, 0, 1, true),
        new("rationing", "Bread and manufactures rationed in the towns (1929-35 historically)", "on/off", 0, 0, 1, true),
        new("party_regime_openness", "Openness of the party regime: inner-party democracy and workers' control (0 = closed)", "share", 0, 0, 1, false),
        new("trade_monopoly", "Strength of the state monopoly of foreign trade (1 = complete)", "share", 1, 0, 1, false),
        new("machinery_import_share", "Share of export earnings spent on imported machinery", "share", 0.3, 0, 1, false),
        new("world_grain_price", "World price of grain and raw materials, 1913 = 1 (a driver of the world economy, not a Soviet policy)", "index", 1.2, 0.2, 3, false),
        new("tractor_output_share", "Share of producer-goods output made as tractors and farm machinery", "share", 0.002, 0, 0.1, false),
        new("sowing_plan", "Share of its allotment an individual household is obliged to sow (state sowing plans; 0 = none)", "share", 0, 0, 1, false),
        new("food_relief", "Share of the state's grain above its reserve lent each month as food to collective farmers short of it (0 = none)", "share/month", 0, 0, 1, false),
        new("defence_share", "Share of national income spent on defence (armaments and the upkeep of the forces)", "share", 0.02, 0, 0.5, false),
        new("urban_demand_pressure", "Towns' claim on manufactures relative to what output alone would give (wage-fund and currency overruns)", "ratio", 1.0, 0.5, 2.0, false),
        new("quota_relief", "How far the state cuts a zone's collective-farm delivery quota for the share of its members who went hungry before the harvest (0 = the plan is pressed regardless)", "share", 0, 0, 1, false),
        new("comintern_line", "The Communist International's line: united_front, subordination (to reformists or the national bourgeoisie), third_period or popular_front", "line", 0, 0, 3, false)
            { Categories = World.Comintern.LineNames },
        new("comintern_diplomacy", "How far the Comintern's line serves Soviet diplomacy rather than the revolution abroad (0 = not at all)", "share", 0.2, 0, 1, false),
        new("revolution_support", "Soviet support for revolutions abroad: money, arms, advisers, readiness to intervene (0 = none)", "share", 0.3, 0, 1, false),
        new("federation", "A victorious workers' state joins the USSR in a federation", "on/off", 1, 0, 1, true),
        new("politics", "Who sets the platform levers: exogenous (the timeline), endogenous (the dominant faction's platform), left or right (that faction's platform)", "mode", 0, 0, 3, false)
            { Categories = ["exogenous", "endogenous", "left", "right"] },
        new("defence_follows_threat", "The defence share follows the hostile powers' military potential (World/WorldSystem) instead of the lever defence_share", "on/off", 0, 0, 1, true),
    ];

    private static readonly FrozenDictionary<string, int> IndexByName =
        All.Select((p, i) => (p.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i);

    public static bool TryIndex(string name, out int index) => IndexByName.TryGetValue(name, out index);

    public static int Index(string name) => IndexByName[name];
}

/// <summary>The levers in force in one month, as a typed immutable snapshot.</summary>
public sealed record PolicyState(
    bool NepMarket, bool TaxInKind, double PeasantTaxRate, double TaxProgressivity, double ProcurementPrice,
    double StateProcurementShare, double ProcurementEnforcement, double IndustrialMarkup, double IndustrialInvestmentShare, double HeavyIndustryShare,
    double GrainExportTarget, bool InternalPassports, double CollectivizationDrive, double CollectivizationTarget, double CollectiveExit,
    double Dekulakization, double KolkhozDeliveryShare, bool KolkhozMarket, bool Rationing, double PartyRegimeOpenness, double TradeMonopoly, double MachineryImportShare, double WorldGrainPrice, double UrbanDemandPressure, double TractorOutputShare, double DefenceShare, double SowingPlan, double FoodRelief,
    World.CominternLine CominternLine, double CominternDiplomacy, double RevolutionSupport, bool Federation, bool DefenceFollowsThreat,
    Politics.PoliticsMode Politics, double QuotaRelief)
{
    /// <summary>Reads the values by lever name, so the record cannot drift from the registry's order.</summary>
    public static PolicyState From(double[] v)
    {
        double N(string name) => v[LeverRegistry.Index(name)];
        bool On(string name) => v[LeverRegistry.Index(name)] >= 0.5;
        return new(On("nep_market"), On("tax_in_kind"), N("peasant_tax_rate"), N("tax_progressivity"), N("procurement_price"),
            N("state_procurement_share"), N("procurement_enforcement"), N("industrial_markup"), N("industrial_investment_share"), N("heavy_industry_share"),
            N("grain_export_target"), On("internal_passports"), N("collectivization_drive"), N("collectivization_target"), N("collective_exit"),
            N("dekulakization"), N("kolkhoz_delivery_share"), On("kolkhoz_market"), On("rationing"), N("party_regime_openness"), N("trade_monopoly"), N("machinery_import_share"), N("world_grain_price"), N("urban_demand_pressure"), N("tractor_output_share"), N("defence_share"), N("sowing_plan"), N("food_relief"),
            (World.CominternLine)(int)Math.Round(N("comintern_line")), N("comintern_diplomacy"), N("revolution_support"), On("federation"), On("defence_follows_threat"),
            (Politics.PoliticsMode)(int)Math.Round(N("politics")), N("quota_relief"));
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
