using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>The peasant farm: the parameters of group "farm", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("farm", "grain_need_per_consumer", "Food grain needed per consumer unit per year", "t", 0.328, 0.25, 0.40,
        "Chayanov: 20 puds per consumer per year (CHAYANOV_TPE); 1 pud = 16.38 kg")]
    public double GrainNeedPerConsumer { get; init; }

    [Parameter("farm", "subsistence_share", "Share of the food norm (grain and other food, in grain equivalent) below which hunger raises mortality", "share", 0.7, 0.5, 0.9,
        "Assumption: the earlier threshold, 0.6 of the grain norm with the other food implicit, re-expressed in the food norm that now counts milk, meat and garden food: (0.6 x 0.328 + 0.13) / 0.458 = 0.71")]
    public double SubsistenceShare { get; init; }

    [Parameter("farm", "lean_ration_share", "Share of the food norm a household accepts, spreading its grain to the harvest, before it kills pigs and sheep for food", "share", 0.75, 0.7, 1.0,
        "Assumption: households cut their rations before they eat their stock (Ravallion 1997; Ó Gráda 2009, ch. 3, on the order of famine coping)")]
    public double LeanRationShare { get; init; }

    [Parameter("farm", "seed_rate", "Seed sown per hectare", "t/ha", 0.13, 0.10, 0.16,
        "Chayanov's rye yield of 50 puds per desyatina net of seed (CHAYANOV_TPE) with about 8 puds of seed per desyatina")]
    public double SeedRate { get; init; }

    [Parameter("farm", "base_yield", "Grain yield per sown hectare with own draught power in a normal year", "t/ha", 0.8, 0.6, 0.9,
        "6.9 centners/ha in 1909-1913 (GSE_GRAIN); 73.3 Mt on about 92 Mha in 1928 (WD1994_T54) is about 8 c/ha; 5-6 c/ha on poor peasant land (GSE2_GRAIN)")]
    public double BaseYield { get; init; }

    [Parameter("farm", "area_per_draught_animal", "Sown area one draught animal can work", "ha", 4.4, 3.3, 5.5,
        "Chayanov: at most 4 desyatinas (4.37 ha) of sown area per horse (CHAYANOV_TPE)")]
    public double AreaPerDraughtAnimal { get; init; }

    [Parameter("farm", "area_per_worker", "Sown area one worker can cultivate with draught power", "ha", 3.6, 2.5, 5.0,
        "Assumption: Chayanov's farm of 3-3.9 workers sows 2.8 desyatinas for consumption and more when it pays (CHAYANOV_TPE)")]
    public double AreaPerWorker { get; init; }

    [Parameter("farm", "hand_tillage_per_worker", "Sown area one worker can cultivate without draught animals", "ha", 1.2, 0.5, 1.8,
        "Assumption: spade work, and animals borrowed from neighbours against labour (otrabotki)")]
    public double HandTillagePerWorker { get; init; }

    [Parameter("farm", "horseless_yield_factor", "Yield on area tilled without own draught power, relative to normal", "ratio", 0.8, 0.65, 0.95,
        "Assumption: late and shallow ploughing with borrowed animals")]
    public double HorselessYieldFactor { get; init; }

    [Parameter("farm", "commercial_sowing_response", "Extra sowing for the market, as a share of the area the household's draught animals can work, per unit of the marketing incentive", "ratio", 0.4, 0.05, 1.2,
        "Assumption: the well-equipped farm produces for the market (Lenin's differentiation), the poor one for subsistence (Chayanov); calibrated to off-farm sales of 10-13 Mt in the mid-1920s")]
    public double CommercialSowingResponse { get; init; }

    [Parameter("farm", "sowing_safety_margin", "Area sown above a normal year's needs as insurance against a bad harvest", "share", 0.15, 0.0, 0.5,
        "Assumption: Chayanov's peasant farm sows for the family's needs in a poor year, not an average one (CHAYANOV_TPE)")]
    public double SowingSafetyMargin { get; init; }

    [Parameter("farm", "precautionary_reserve", "Grain held back as insurance, as a share of a year's food", "share", 0.25, 0.05, 0.6,
        "Assumption")]
    public double PrecautionaryReserve { get; init; }

    [Parameter("farm", "sale_propensity", "Share of the marketable surplus sold in a month at incentive 1", "share/month", 0.16, 0.05, 0.5,
        "Assumption: calibrated to off-farm sales of 10-13 Mt in the mid-1920s (EGOR_LJ, MARTENS)")]
    public double SalePropensity { get; init; }

    [Parameter("farm", "sale_incentive_elasticity", "Elasticity of monthly grain sales to the marketing incentive", "elasticity", 0.6, 0.2, 2.0,
        "Assumption: peasants' cash needs (tax, salt, kerosene, cloth) keep sales going at poor terms; OGPU reports that they would sell more if prices rose (DRONIN_BELLINGER)")]
    public double SaleIncentiveElasticity { get; init; }

    [Parameter("farm", "availability_weight", "Weight of the availability of manufactures in the value of money", "exponent", 1.0, 0.3, 2.0,
        "Assumption: money that buys nothing is not worth selling for (goods famine, OSOKINA)")]
    public double AvailabilityWeight { get; init; }

    [Parameter("farm", "manufactures_spend_propensity", "Share of cash a household tries to spend on manufactures each month", "share/month", 0.35, 0.1, 0.7,
        "Assumption")]
    public double ManufacturesSpendPropensity { get; init; }

    [Parameter("farm", "other_spending_rate", "Share of cash above a half-year's manufactures budget spent each month on other goods and services (crafts, building, vodka, services)", "share/month", 0.2, 0.02, 0.6,
        "Assumption: peasants did not hoard money indefinitely; a stand-in for the rest of the rural economy")]
    public double OtherSpendingRate { get; init; }

    [Parameter("farm", "fodder_grain_per_draught_animal", "Grain fed to a draught animal per year at the normal ration", "t", 0.40, 0.25, 0.7,
        "Assumption: almost 32% of grain fed to livestock in 1928 (GALIN)")]
    public double FodderGrainPerDraughtAnimal { get; init; }

    [Parameter("farm", "fodder_grain_per_cattle", "Grain fed to one head of cattle per year at the normal ration", "t", 0.06, 0.03, 0.2,
        "Assumption: cows and young stock lived on hay and straw; grain went to calving cows and the draught oxen (the herd is now counted at the census level, 2.5 times the earlier model's, so the norm per head is lower)")]
    public double FodderGrainPerCattle { get; init; }

    [Parameter("farm", "fodder_grain_per_pig", "Grain fed to one pig per year at the normal ration", "t", 0.10, 0.05, 0.2,
        "Assumption: pigs were fattened on grain, potatoes and kitchen waste")]
    public double FodderGrainPerPig { get; init; }

    [Parameter("farm", "fodder_grain_per_sheep", "Grain fed to one sheep or goat per year at the normal ration", "t", 0.01, 0.0, 0.03,
        "Assumption: sheep and goats lived on pasture and straw")]
    public double FodderGrainPerSheep { get; init; }

    [Parameter("farm", "fodder_response", "Extra feeding of grain to livestock when selling it pays poorly", "ratio", 0.6, 0.0, 1.5,
        "Assumption: in 1927/28 peasants fed grain to livestock and sold meat (DRONIN_BELLINGER; AFANASYEV fodder prices)")]
    public double FodderResponse { get; init; }

    [Parameter("farm", "storage_loss_rate", "Grain lost in storage per month", "share/month", 0.004, 0.001, 0.01,
        "Assumption")]
    public double StorageLossRate { get; init; }

    [Parameter("farm", "nongrain_food_norm", "Food other than grain in the norm per consumer unit and year: milk, meat, potatoes and garden produce, in grain equivalent", "t", 0.13, 0.08, 0.2,
        "Assumption: grain about 70% of the peasant diet's calories in the 1920s budget studies; set to the model's own mean supply of milk, meat and garden food per consumer in 1926-28, so that the grain need of the average household is grain_need_per_consumer")]
    public double NongrainFoodNorm { get; init; }

    [Parameter("farm", "garden_food_per_consumer", "Potatoes, vegetables and other garden food per consumer unit and year in a normal year, in grain equivalent", "t", 0.05, 0.02, 0.1,
        "Assumption: 150-200 kg of potatoes a head at a quarter of grain's calories; substitutes in famine")]
    public double GardenFoodPerConsumer { get; init; }
}
