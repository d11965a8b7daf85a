using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>Livestock: the parameters of group "livestock", each declared once — its
/// attribute is its registry entry (meaning, unit, default, range, source; source ids refer to
/// data/SOURCES.md, "Assumption" marks a modeller's choice). The mechanism is
/// Countryside/Herds.</summary>
public sealed partial class Parameters
{
    // --- The herds of 1916 and what was left of them in March 1921 ---

    [Parameter("livestock", "horses_1916", "Horses on 1 January 1916 (census)", "head", 38.2e6, 30e6, 40e6,
        "GSE_LIVESTOCK (later-Soviet territory)")]
    public double Horses1916 { get; init; }

    [Parameter("livestock", "cattle_1916", "Cattle on 1 January 1916 (census)", "head", 58.4e6, 50e6, 62e6,
        "GSE_LIVESTOCK")]
    public double Cattle1916 { get; init; }

    [Parameter("livestock", "pigs_1916", "Pigs on 1 January 1916 (census)", "head", 23.0e6, 18e6, 25e6,
        "GSE_LIVESTOCK")]
    public double Pigs1916 { get; init; }

    [Parameter("livestock", "sheep_goats_1916", "Sheep and goats on 1 January 1916 (census)", "head", 96.3e6, 85e6, 100e6,
        "GSE_LIVESTOCK: sheep 89.7 + goats 6.6 million")]
    public double SheepGoats1916 { get; init; }

    [Parameter("livestock", "horses_left_1921", "Horses in March 1921 as a share of 1916", "share", 0.70, 0.55, 0.9,
        "HERD_LOSSES: mobilisation and requisition for the armies 1914-20 (horses 17.9 to 12.8 million on the 1917 census territory, RUWIKI_COPY); 61% of 1916 by 1923 after the famine of 1921-22 (GSE_LIVESTOCK)")]
    public double HorsesLeft1921 { get; init; }

    [Parameter("livestock", "cattle_left_1921", "Cattle in March 1921 as a share of 1916", "share", 0.80, 0.65, 0.95,
        "HERD_LOSSES: 72% of 1916 by 1923, cows 84%, after the famine (GSE_LIVESTOCK)")]
    public double CattleLeft1921 { get; init; }

    [Parameter("livestock", "pigs_left_1921", "Pigs in March 1921 as a share of 1916", "share", 0.60, 0.4, 0.85,
        "HERD_LOSSES: pigs, eating what people eat, fell furthest: 45% of 1916 by 1923, after the famine (GSE_LIVESTOCK)")]
    public double PigsLeft1921 { get; init; }

    [Parameter("livestock", "sheep_goats_left_1921", "Sheep and goats in March 1921 as a share of 1916", "share", 0.90, 0.65, 1.0,
        "HERD_LOSSES: 71% of 1916 by 1923, after the famine (GSE_LIVESTOCK); sheep were requisitioned less than horses and cattle")]
    public double SheepGoatsLeft1921 { get; init; }

    // --- Fodder ---

    [Parameter("livestock", "fodder_capacity_per_ha", "Livestock units the hay, straw and pasture of a hectare of allotment land carry at the full ration in a normal year", "LU/ha", 1.10, 0.8, 1.4,
        "Assumption: the 1916 herd (GSE_LIVESTOCK, 101 million LU) was at the limit of the fodder base of the peasants' land (the peasant 'fodder problem'); 101 M LU over the model's 92 M ha of allotment land")]
    public double FodderCapacityPerHa { get; init; }

    [Parameter("livestock", "fodder_weather_elasticity", "Elasticity of the year's hay, straw and pasture to the harvest's weather", "elasticity", 0.5, 0.2, 1.5,
        "Assumption: drought burns the steppe pastures and the hay, less than the grain (river-valley meadows and forest-zone hay keep a yield); set so that the herd losses of the drought of 1921 leave the 1923 counts (GSE_LIVESTOCK; a target)")]
    public double FodderWeatherElasticity { get; init; }

    [Parameter("livestock", "grain_share_of_ration", "Share of the full ration that is grain (concentrates); the rest is hay, straw and pasture", "share", 0.15, 0.05, 0.3,
        "Assumption: cattle, pigs and sheep lived mostly on hay, straw, pasture, potatoes and waste")]
    public double GrainShareOfRation { get; init; }

    [Parameter("livestock", "horse_grain_share", "Share of a working horse's full ration that is grain (oats)", "share", 0.35, 0.2, 0.5,
        "Assumption: about 400 kg of oats a horse a year before 1914 (Allen 2003, via HERD_LOSSES notes) against 1.5-2 t of hay")]
    public double HorseGrainShare { get; init; }

    [Parameter("livestock", "collective_fodder_care", "Share of the pooled land's fodder capacity a collective farm's herd gets (meadows ploughed, hay uncut, fodder procured)", "share", 0.7, 0.4, 1.0,
        "Assumption: the fodder crisis of the collective farms (Davies 1980, The Soviet Collective Farm, ch. 1-2)")]
    public double CollectiveFodderCare { get; init; }

    [Parameter("livestock", "ration_survival_share", "Share of the full ration below which animals starve: they die and are killed for want of fodder", "share", 0.75, 0.5, 0.9,
        "Assumption: peasant animals were habitually underfed in late winter and survived on straw from the roofs")]
    public double RationSurvivalShare { get; init; }

    [Parameter("livestock", "fodder_want_mortality", "Extra deaths per head per year when an animal gets no fodder at all (in proportion to its starvation)", "1/yr", 1.0, 0.4, 2.0,
        "Assumption: an animal without fodder does not survive a winter")]
    public double FodderWantMortality { get; init; }

    [Parameter("livestock", "distress_slaughter", "Extra slaughter of cattle, pigs and sheep per head per year when the animals starve (in proportion to their starvation)", "1/yr", 1.0, 0.3, 2.0,
        "Assumption: a household that cannot feed an animal kills or sells it")]
    public double DistressSlaughter { get; init; }

    // --- Reproduction and offtake at the full ration ---

    [Parameter("livestock", "draught_birth_rate", "Foals per draught animal per year at the full ration", "1/yr", 0.12, 0.05, 0.18,
        "Assumption: horses recovered about 5% a year in the 1920s")]
    public double DraughtBirthRate { get; init; }

    [Parameter("livestock", "draught_death_rate", "Draught animals dying per head per year at the full ration", "1/yr", 0.06, 0.03, 0.09,
        "Assumption: a working life of about 15 years")]
    public double DraughtDeathRate { get; init; }

    [Parameter("livestock", "cattle_birth_rate", "Calves per head of cattle per year at the full ration", "1/yr", 0.38, 0.25, 0.45,
        "Assumption: about half the herd cows, 75-80 calves per 100 cows")]
    public double CattleBirthRate { get; init; }

    [Parameter("livestock", "cattle_death_rate", "Cattle dying per head per year at the full ration (mostly calves)", "1/yr", 0.06, 0.03, 0.12,
        "Assumption")]
    public double CattleDeathRate { get; init; }

    [Parameter("livestock", "cattle_offtake", "Cattle slaughtered for meat or sold per head per year at the full ration", "1/yr", 0.26, 0.15, 0.35,
        "Assumption")]
    public double CattleOfftake { get; init; }

    [Parameter("livestock", "pig_birth_rate", "Piglets raised per pig per year at the full ration", "1/yr", 1.3, 0.8, 2.0,
        "Assumption: a sow's litter or two of 6-8 a year, a fifth of the herd sows")]
    public double PigBirthRate { get; init; }

    [Parameter("livestock", "pig_death_rate", "Pigs dying per head per year at the full ration", "1/yr", 0.15, 0.05, 0.3,
        "Assumption")]
    public double PigDeathRate { get; init; }

    [Parameter("livestock", "pig_offtake", "Pigs slaughtered or sold per head per year at the full ration", "1/yr", 1.05, 0.6, 1.5,
        "Assumption: most pigs are killed in their first winter")]
    public double PigOfftake { get; init; }

    [Parameter("livestock", "sheep_birth_rate", "Lambs and kids per sheep or goat per year at the full ration", "1/yr", 0.45, 0.3, 0.7,
        "Assumption")]
    public double SheepBirthRate { get; init; }

    [Parameter("livestock", "sheep_death_rate", "Sheep and goats dying per head per year at the full ration", "1/yr", 0.10, 0.05, 0.2,
        "Assumption")]
    public double SheepDeathRate { get; init; }

    [Parameter("livestock", "sheep_offtake", "Sheep and goats slaughtered or sold per head per year at the full ration", "1/yr", 0.27, 0.15, 0.45,
        "Assumption")]
    public double SheepOfftake { get; init; }

    // --- Products ---

    [Parameter("livestock", "cattle_slaughter_weight", "Meat (slaughter weight) from one head of cattle", "t", 0.13, 0.09, 0.18,
        "Assumption: peasant cattle of 250-300 kg live weight")]
    public double CattleSlaughterWeight { get; init; }

    [Parameter("livestock", "pig_slaughter_weight", "Meat and fat (slaughter weight) from one pig", "t", 0.06, 0.04, 0.09,
        "Assumption")]
    public double PigSlaughterWeight { get; init; }

    [Parameter("livestock", "sheep_slaughter_weight", "Meat (slaughter weight) from one sheep or goat", "t", 0.016, 0.01, 0.025,
        "Assumption")]
    public double SheepSlaughterWeight { get; init; }

    [Parameter("livestock", "cow_share", "Cows in the cattle herd", "share", 0.49, 0.4, 0.6,
        "GSE_LIVESTOCK: 28.8 of 58.4 million (1916), 29.2 of 58.2 (1929)")]
    public double CowShare { get; init; }

    [Parameter("livestock", "milk_yield", "Milk per cow per year at the full ration", "t", 1.02, 0.8, 1.3,
        "GSE_LIVESTOCK: 29.4 Mt of milk in 1913 from the 28.8 million cows of 1916 (target: milk 1913)")]
    public double MilkYield { get; init; }

    [Parameter("livestock", "meat_grain_equivalent", "Food value of a tonne of meat in tonnes of grain", "t/t", 0.8, 0.5, 1.2,
        "Assumption: 2,500-2,800 kcal per kg of fat peasant meat against 3,300 for grain")]
    public double MeatGrainEquivalent { get; init; }

    [Parameter("livestock", "milk_grain_equivalent", "Food value of a tonne of milk in tonnes of grain", "t/t", 0.19, 0.15, 0.22,
        "Assumption: about 640 kcal per kg of whole milk against 3,300 for grain")]
    public double MilkGrainEquivalent { get; init; }

    [Parameter("livestock", "livestock_products_sold", "Share of the meat and milk a household sells (the rest it eats)", "share", 0.35, 0.15, 0.6,
        "Assumption: meat, butter and eggs were the peasants' main cash after grain")]
    public double LivestockProductsSold { get; init; }

    [Parameter("livestock", "meat_price", "Price of a tonne of meat relative to a tonne of grain", "ratio", 6.0, 4.0, 9.0,
        "Assumption: beef at 15-20 kopecks a funt before 1914 against grain at about 6 kopecks a kilogram")]
    public double MeatPrice { get; init; }

    [Parameter("livestock", "milk_price", "Price of a tonne of milk relative to a tonne of grain", "ratio", 0.9, 0.5, 1.5,
        "Assumption: 4-6 kopecks a litre before 1914")]
    public double MilkPrice { get; init; }

    [Parameter("livestock", "horse_price", "Price of a draught animal between households", "t of grain", 1.2, 0.6, 2.5,
        "Assumption: 60-80 rubles before 1914 at about 1 ruble per pud of grain")]
    public double HorsePrice { get; init; }
}
