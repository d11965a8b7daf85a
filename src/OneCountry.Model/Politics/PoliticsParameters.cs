using OneCountry.Model.Engine;

namespace OneCountry.Model.Politics;

/// <summary>The party's parameters, read once from the registry (group "politics").</summary>
public sealed class PoliticsParameters(ParameterValues v)
{
    public double AdjustmentRate { get; } = v["faction_adjustment_rate"];
    public double LeftDiscontent { get; } = v["left_discontent_weight"];
    public double LeftShortage { get; } = v["left_shortage_weight"];
    public double LeftRevolution { get; } = v["left_revolution_weight"];
    public double LeftOpenness { get; } = v["left_openness_weight"];
    public double CentreApparatus { get; } = v["centre_apparatus_weight"];
    public double CentreDefeats { get; } = v["centre_defeat_weight"];
    public double LeninCheck { get; } = v["lenin_check"];
    public double RightKulaks { get; } = v["right_kulak_weight"];
    public double RightHarvest { get; } = v["right_harvest_weight"];
    public double ExpulsionThreshold { get; } = v["expulsion_threshold"];
    public double ExpelledFloor { get; } = v["expelled_floor"];
    public double ExpulsionOpenness { get; } = v["expulsion_openness"];
    public double ExpulsionWeakness { get; } = v["expulsion_weakness"];
    public double ExpulsionClosure { get; } = v["expulsion_closure"];
    public double OpennessInitial { get; } = v["openness_initial"];
    public double OpennessRate { get; } = v["openness_rate"];
    public double OpennessLeft { get; } = v["openness_left"];
    public double OpennessCentre { get; } = v["openness_centre"];
    public double OpennessRight { get; } = v["openness_right"];
    public double AbroadMemoryYears { get; } = v["abroad_memory_years"];
    public double CrisisProcurementDrop { get; } = v["crisis_procurement_drop"];
    public double CrisisHarvestFloor { get; } = v["crisis_harvest_floor"];
}
