using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Collectivization and the collective farms: the parameters of group "collectivization", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice).</summary>
public sealed partial class Parameters
{
    [Parameter("collectivization", "voluntary_collectivization_rate", "Share of individual households joining a collective farm of their own accord each month, at the 1928 supply of tractors", "1/month", 0.0008, 0.0, 0.01,
        "Collectivized share rose from 0.8% (June 1927) to about 4% (1929) (RECON1930, COLUMBIA_ENC): about 1-1.5% of households a year")]
    public double VoluntaryCollectivizationRate { get; init; }

    [Parameter("collectivization", "forced_entry_slaughter", "Share of its animals a household brought in by force slaughters first", "share", 0.3, 0.05, 0.6,
        "Assumption: herds fell by about half between 1929 and 1933, much of it by slaughter on entry (Wheatcroft and Davies 1994)")]
    public double ForcedEntrySlaughter { get; init; }

    [Parameter("collectivization", "collective_effort", "Work on the collective farm relative to work on one's own farm", "ratio", 0.8, 0.5, 1.0,
        "Assumption: labour-day pay weakened incentives")]
    public double CollectiveEffort { get; init; }

    [Parameter("collectivization", "collective_efficiency", "Collective yield relative to an individual farm's with the same draught power", "ratio", 0.9, 0.6, 1.2,
        "Assumption: economies of scale against weaker incentives (Allen 2003 finds collectivization added little)")]
    public double CollectiveEfficiency { get; init; }

    [Parameter("collectivization", "collective_land_expansion", "Land a collective farm sows per hectare of allotment brought in (fallow, boundary strips and idle land taken into use)", "ratio", 1.1, 1.0, 1.5,
        "Assumption: grain sown area rose from about 92 Mha (1928) to about 100-104 Mha in the 1930s while the peasantry shrank (Wheatcroft and Davies 1994); spring sowings 93.5-95.9 Mha in 1933-34 (PLAN1934)")]
    public double CollectiveLandExpansion { get; init; }

    [Parameter("collectivization", "collective_animal_loss", "Extra yearly death rate of pooled animals (neglect in common stables)", "1/yr", 0.08, 0.0, 0.3,
        "Assumption: horses roughly halved between 1929 and 1934")]
    public double CollectiveAnimalLoss { get; init; }

    [Parameter("collectivization", "mts_payment_share", "Share of the harvest on tractor-worked land paid in kind to the machine-tractor stations", "share", 0.15, 0.05, 0.3,
        "Assumption")]
    public double MtsPaymentShare { get; init; }

    [Parameter("collectivization", "collective_incentive_loss", "Fall in the collective farm's yield when all its members went hungry before the harvest (in proportion to the hungry share)", "share", 0.3, 0.0, 0.8,
        "Assumption after Davies and Wheatcroft (2004), The Years of Hunger, ch. 4-5: weakened and demoralized collective farmers, crops unweeded and left in the fields (1932)")]
    public double CollectiveIncentiveLoss { get; init; }

    [Parameter("collectivization", "delivery_plan_yield", "Yield the collective farms' delivery plan assumes, relative to the yield in normal weather", "ratio", 1.0, 0.9, 1.3,
        "Assumption: plans were set on a normal or better harvest (Davies and Wheatcroft 2004); from 1933 the 'biological yield' overstated the barn yield by 10-25% (Wheatcroft and Davies 1994)")]
    public double DeliveryPlanYield { get; init; }

    [Parameter("collectivization", "area_per_tractor", "Sown area one tractor (15 hp) can work", "ha", 40, 20, 80,
        "Assumption: a 15-hp tractor did the work of about eight to ten horses")]
    public double AreaPerTractor { get; init; }

    [Parameter("collectivization", "tractors_1928", "Tractors in agriculture in 1928", "units", 27000, 20000, 35000,
        "EORH_MTS: some 27,000 units")]
    public double Tractors1928 { get; init; }

    [Parameter("collectivization", "tractors_1921", "Tractors in agriculture in March 1921", "units", 2000, 500, 6000,
        "Assumption: a few thousand prewar and wartime machines; the Fordson imports began in 1922")]
    public double Tractors1921 { get; init; }

    [Parameter("collectivization", "tractor_price", "Cost of a 15-hp tractor with its implements", "1913 rubles", 1500, 800, 3000,
        "Assumption: a Fordson cost about $700-900 in the 1920s (about 1,400-1,800 gold rubles)")]
    public double TractorPrice { get; init; }

    [Parameter("collectivization", "tractor_service_life", "Mean service life of a tractor", "years", 8, 4, 15,
        "Assumption: hard use and poor repair in the stations")]
    public double TractorServiceLife { get; init; }

    [Parameter("collectivization", "tractor_import_share", "Share of machinery imports spent on tractors and farm machinery", "share", 0.035, 0.0, 0.3,
        "Assumption: tractors were a main import of 1929-31, industrial plant the larger part")]
    public double TractorImportShare { get; init; }
}
