using OneCountry.Model.Engine;

namespace OneCountry.Model.Politics;

/// <summary>The party's parameters (group "politics"), each declared once: its attribute is its
/// registry entry.</summary>
public sealed class PoliticsParameters
{
    [Parameter("politics", "faction_adjustment_rate", "Yearly rate at which faction strengths move toward what their attractions give", "1/yr", 0.6, 0.1, 2.0,
        "Assumption")]
    public double AdjustmentRate { get; init; }

    [Parameter("politics", "left_discontent_weight", "Attraction of the Left per unit of workers' discontent (3 x unemployment rate + fall of the real wage from its peak)", "per unit", 1.0, 0.0, 5.0,
        "Assumption after the source document: the Opposition drew on workers' discontent")]
    public double LeftDiscontent { get; init; }

    [Parameter("politics", "left_shortage_weight", "Attraction of the Left per unit of the shortage index", "per unit", 0.5, 0.0, 3.0,
        "Assumption")]
    public double LeftShortage { get; init; }

    [Parameter("politics", "left_revolution_weight", "Attraction of the Left per recent revolutionary victory abroad", "per unit", 1.5, 0.0, 4.0,
        "Assumption")]
    public double LeftRevolution { get; init; }

    [Parameter("politics", "left_openness_weight", "Attraction of the Left per unit of the party regime's openness", "per unit", 1.0, 0.0, 4.0,
        "Assumption")]
    public double LeftOpenness { get; init; }

    [Parameter("politics", "centre_apparatus_weight", "Attraction of the Centre per unit of the apparatus's size relative to 1.2% of the population", "per unit", 2.5, 0.0, 4.0,
        "Assumption: the apparatus as the Centre's base (the source document)")]
    public double CentreApparatus { get; init; }

    [Parameter("politics", "centre_defeat_weight", "Attraction of the Centre per recent defeat abroad (lost faith in world revolution)", "per unit", 0.6, 0.0, 2.0,
        "Assumption")]
    public double CentreDefeats { get; init; }

    [Parameter("politics", "lenin_check", "Attraction the Centre loses while Lenin is active (his fight against the apparatus, 1922-23)", "per unit", 1.0, 0.0, 3.0,
        "Assumption")]
    public double LeninCheck { get; init; }

    [Parameter("politics", "right_kulak_weight", "Attraction of the Right per unit of the kulak share relative to 5% of households", "per unit", 1.5, 0.0, 3.0,
        "Assumption")]
    public double RightKulaks { get; init; }

    [Parameter("politics", "right_harvest_weight", "Attraction of the Right per unit of the latest harvest's gain over the three before", "per unit", 2.0, 0.0, 5.0,
        "Assumption")]
    public double RightHarvest { get; init; }

    [Parameter("politics", "expulsion_threshold", "Strength above which the dominant faction expels the weakest (when the regime is closed)", "share", 0.6, 0.4, 0.9,
        "Assumption: the Opposition's expulsion at the 15th Congress (December 1927)")]
    public double ExpulsionThreshold { get; init; }

    [Parameter("politics", "expulsion_openness", "Openness below which the dominant faction can expel another", "share", 0.3, 0.1, 0.6,
        "Assumption")]
    public double ExpulsionOpenness { get; init; }

    [Parameter("politics", "expulsion_weakness", "Strength below which a faction can be expelled", "share", 0.1, 0.02, 0.3,
        "Assumption: the Opposition's 4,000 votes against 725,000 before the 15th Congress (Carr and Davies 1969)")]
    public double ExpulsionWeakness { get; init; }

    [Parameter("politics", "expelled_floor", "Share of its attraction an expelled faction keeps", "share", 0.1, 0.0, 0.5,
        "Assumption")]
    public double ExpelledFloor { get; init; }

    [Parameter("politics", "expulsion_closure", "Fall in the regime's openness at an expulsion", "share", 0.15, 0.0, 0.5,
        "Assumption")]
    public double ExpulsionClosure { get; init; }

    [Parameter("politics", "openness_initial", "Openness of the party regime in March 1921 (the ban on factions of the Tenth Congress, debate still open)", "share", 0.55, 0.2, 0.9,
        "Assumption")]
    public double OpennessInitial { get; init; }

    [Parameter("politics", "openness_rate", "Yearly rate at which openness moves toward the dominant faction's aim", "1/yr", 0.3, 0.05, 1.0,
        "Assumption")]
    public double OpennessRate { get; init; }

    [Parameter("politics", "openness_left", "Openness the Left aims at (party democracy, the New Course of 1923)", "share", 0.7, 0.3, 1.0,
        "Assumption")]
    public double OpennessLeft { get; init; }

    [Parameter("politics", "openness_centre", "Openness the Centre aims at (the apparatus's regime)", "share", 0.1, 0.0, 0.4,
        "Assumption")]
    public double OpennessCentre { get; init; }

    [Parameter("politics", "openness_right", "Openness the Right aims at", "share", 0.4, 0.1, 0.7,
        "Assumption")]
    public double OpennessRight { get; init; }

    [Parameter("politics", "abroad_memory_years", "Half-life of the memory of victories and defeats abroad in party opinion", "years", 5.0, 1.0, 15.0,
        "Assumption")]
    public double AbroadMemoryYears { get; init; }

    [Parameter("politics", "crisis_procurement_drop", "Fall of the state's grain purchases over three months, against the same months a year before, that makes a procurement crisis", "share", 0.2, 0.05, 0.5,
        "Assumption: procurement in October-December 1927 was about half that of 1926 (Carr and Davies 1969)")]
    public double CrisisProcurementDrop { get; init; }

    [Parameter("politics", "crisis_harvest_floor", "The harvest must be at least this share of the one before for a fall in procurement to count as a crisis (not a bad year)", "share", 0.95, 0.8, 1.0,
        "Assumption")]
    public double CrisisHarvestFloor { get; init; }

    public PoliticsParameters(ParameterValues v) => ParameterBinding.Bind(this, name => v[name]);
}
