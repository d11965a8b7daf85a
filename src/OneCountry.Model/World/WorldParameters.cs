using OneCountry.Model.Engine;

namespace OneCountry.Model.World;

/// <summary>The world's parameters, read once from the registry (group "world").</summary>
public sealed class WorldParameters
{
    public double VictoryBase { get; }
    public double VictorySituation { get; }
    public double VictoryParty { get; }
    public double VictoryFit { get; }
    public double VictoryLeadership { get; }
    public double VictorySupport { get; }
    public double FascistScale { get; }
    public double FascistSituation { get; }
    public double FascistFit { get; }
    public double DiplomacyPenalty { get; }
    public double UnitedFrontReach { get; }
    /// <summary>Fit of each line (rows, <see cref="CominternLine"/>) to each kind of window (columns, <see cref="WindowKind"/>).</summary>
    public double[,] Fit { get; } = new double[4, 4];
    public double CrisisFullFall { get; }
    public double WarSituation { get; }
    public double MilitarizationRate { get; }
    public double FascistMilitarization { get; }
    public double WarMilitarization { get; }
    public double DefenceMin { get; }
    public double DefenceResponse { get; }
    public double DefenceMax { get; }
    public double FederationConvergence { get; }
    public double FederationMachineryShare { get; }
    public double FederationOpenness { get; }
    public double BalticGdpRatio { get; }
    public double BalticPopulation { get; }

    public WorldParameters(ParameterValues v)
    {
        VictoryBase = v["hazard_victory_base"];
        VictorySituation = v["hazard_situation"];
        VictoryParty = v["hazard_party"];
        VictoryFit = v["hazard_fit"];
        VictoryLeadership = v["hazard_leadership"];
        VictorySupport = v["hazard_support"];
        FascistScale = v["hazard_fascist_scale"];
        FascistSituation = v["hazard_fascist_situation"];
        FascistFit = v["hazard_fascist_fit"];
        DiplomacyPenalty = v["comintern_diplomacy_penalty"];
        UnitedFrontReach = v["united_front_reach"];
        foreach (var line in Enum.GetValues<CominternLine>())
            foreach (var kind in Enum.GetValues<WindowKind>())
                Fit[(int)line, (int)kind] = v[$"fit_{Comintern.Name(line)}_{Comintern.Name(kind)}"];
        CrisisFullFall = v["crisis_full_fall"];
        WarSituation = v["war_situation"];
        MilitarizationRate = v["militarization_rate"];
        FascistMilitarization = v["fascist_militarization"];
        WarMilitarization = v["war_militarization"];
        DefenceMin = v["threat_defence_min"];
        DefenceResponse = v["threat_defence_response"];
        DefenceMax = v["threat_defence_max"];
        FederationConvergence = v["federation_convergence"];
        FederationMachineryShare = v["federation_machinery_share"];
        FederationOpenness = v["federation_openness"];
        BalticGdpRatio = v["baltic_gdp_per_capita_ratio"];
        BalticPopulation = v["baltic_population"];
    }
}
