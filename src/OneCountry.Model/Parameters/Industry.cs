using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Industry and the tractor fleet: the parameters of group "industry", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("industry", "animal_raw_material_share", "Share of consumer-goods capacity working animal raw materials (wool, leather, fats)", "share", 0.15, 0.0, 0.4,
        "Assumption: woollens, footwear and leather goods, soap and fats; wool fabrics stagnated in the 1930s as the herds fell")]
    public double AnimalRawMaterialShare { get; init; }

    [Parameter("industry", "armament_share", "Share of defence outlays spent on armaments, taken from producer goods (the forces' upkeep in manufactures is forces_manufactures_per_man)", "share", 0.4, 0.2, 0.7,
        "Assumption: procurement of weapons grew from about a third of the defence budget in the late 1920s to about half by 1940 (HARRISON_DAVIES_2FYP)")]
    public double ArmamentShare { get; init; }

    [Parameter("industry", "defence_share_embodied", "Defence share of national income whose upkeep is already in the towns' 1913 claim on manufactures", "share", 0.04, 0.0, 0.08,
        "Assumption: the Russian defence budget was near a billion rubles in 1913, some 4-5% of national income; the towns' claim per person is calibrated on 1913 consumption")]
    public double DefenceShareEmbodied { get; init; }

    [Parameter("industry", "industry_output_1921", "Large-scale industrial output in 1921, relative to 1913", "ratio", 0.20, 0.15, 0.30,
        "Assumption: about a fifth of 1913 at the end of the Civil War (Nove 1992)")]
    public double IndustryOutput1921 { get; init; }

    [Parameter("industry", "industry_capacity_1921", "Industrial capacity in 1921, relative to 1913 (war losses and decay)", "ratio", 1.0, 0.7, 1.1,
        "Assumption: plant was idle rather than destroyed; output regained the prewar level about 1926-27 (Nove 1992)")]
    public double IndustryCapacity1921 { get; init; }

    [Parameter("industry", "industry_recovery_rate", "Yearly growth of capacity utilisation while plant stands idle", "1/yr", 0.29, 0.15, 0.5,
        "Assumption: from a fifth of capacity in 1921 to full use by 1926-27 (Nove 1992; STALIN1928_GF)")]
    public double IndustryRecoveryRate { get; init; }

    [Parameter("industry", "investment_goods_share", "Share of producer-goods output that can be invested (the rest: fuel, metal, repairs)", "share", 0.6, 0.3, 0.9,
        "Assumption: capital investment was 94% of producer-goods enterprises' output in 1928 (ALLEN_RU), counting construction")]
    public double InvestmentGoodsShare { get; init; }

    [Parameter("industry", "capital_output_ratio", "Capital needed per unit of yearly industrial output (1913 rubles)", "ratio", 1.6, 1.0, 3.5,
        "Assumption: Allen's simulations put fixed capital at 201-344 bn rubles for 143-232 bn of non-agricultural value added in 1939 (ALLEN_RU)")]
    public double CapitalOutputRatio { get; init; }

    [Parameter("industry", "construction_months", "Mean time for investment in consumer-goods industry to become capacity", "months", 18, 6, 36,
        "Assumption")]
    public double ConstructionMonths { get; init; }

    [Parameter("industry", "heavy_construction_months", "Mean time for investment in producer-goods industry (and imported machinery) to become capacity: the giant plants of the first plan", "months", 18, 12, 48,
        "Assumption from the giant projects of the first plan, begun 1929-30 and producing from 1932-34: Magnitogorsk (begun 1929, first blast furnace 1932), Kuznetsk (1929-32), Uralmash (1928-33), Chelyabinsk tractors (1930-33) (Davies 1996, Crisis and Progress in the Soviet Economy 1931-1933, ch. 1 and 8) suggest 24-48; the default keeps the calibrated 18 until hiring ahead of output is modelled (docs/model.md 7.5)")]
    public double HeavyConstructionMonths { get; init; }

    [Parameter("industry", "construction_stages", "Stages of the construction pipeline (order of the Erlang delay): 1 is an exponential delay whose completions start at once; more stages delay the first completions and bunch them around the mean", "stages", 1, 1, 6,
        "Assumption: 3 is the third-order material delay of system dynamics (Sterman 2000, Business Dynamics, ch. 11), a project spending for years before any capacity comes on line; the default 1 keeps the calibrated exponential delay (docs/model.md 7.5)")]
    public double ConstructionStages { get; init; }

    [Parameter("industry", "capital_depreciation", "Share of capacity retired per year", "1/yr", 0.05, 0.02, 0.08,
        "About 20 years' service life (POPOV_TFP)")]
    public double CapitalDepreciation { get; init; }

    [Parameter("industry", "industry_technique_growth", "Growth of industrial technique per year", "1/yr", 0.012, 0.0, 0.04,
        "Assumption: TFP grew about 0.6% and labour productivity about 3% a year in the 1930s (POPOV_TFP)")]
    public double IndustryTechniqueGrowth { get; init; }

    [Parameter("industry", "industrial_workers_1913", "Industrial workers in 1913 on the interwar territory", "persons", 3.0e6, 2.0e6, 3.5e6,
        "Assumption: 3.1 million industrial workers in 1928 (OVERY_RU) at about 1.1 times prewar output")]
    public double IndustrialWorkers1913 { get; init; }

    [Parameter("industry", "national_income_1913", "National income of 1913 on the interwar territory, 1913 prices", "rubles/yr", 14.0e9, 11.0e9, 17.0e9,
        "101 gold rubles per head in 1913 (WIKIPRAVDA) times 139 million")]
    public double NationalIncome1913 { get; init; }

    [Parameter("industry", "industry_overhead_share", "Share of unit cost that is fixed, so that cost rises when capacity stands idle", "share", 0.5, 0.2, 0.8,
        "Assumption")]
    public double IndustryOverheadShare { get; init; }

    [Parameter("industry", "rural_manufactures_1913", "Manufactures sold to the countryside per household in 1913", "1913 rubles/yr", 40.0, 20.0, 80.0,
        "Assumption: group B was 61% of 1913 industrial output of 6.5 billion rubles (ETHICS1913); much of it was processed food")]
    public double RuralManufactures1913 { get; init; }

    [Parameter("industry", "urban_manufactures_per_person_1913", "Manufactures claimed per urban person in 1913", "1913 rubles/yr", 30.0, 15.0, 80.0,
        "Assumption")]
    public double UrbanManufacturesPerPerson1913 { get; init; }

    [Parameter("industry", "urban_claim_elasticity", "Elasticity of the urban claim on manufactures to industrial output (wages follow output)", "elasticity", 0.5, 0.2, 1.2,
        "Assumption: industrial wages grew faster than planned in 1927/28 (OSOKINA)")]
    public double UrbanClaimElasticity { get; init; }
}
