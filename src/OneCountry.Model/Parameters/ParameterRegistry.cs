using OneCountry.Model.Engine;
using System.Collections.Frozen;

namespace OneCountry.Model;

/// <summary>One parameter of the model: what it means, its unit, default, plausible range and
/// where the default comes from. Scenarios may override the value within [Min, Max].</summary>
public sealed record ParameterSpec(
    string Name, string Meaning, string Unit, double Default, double Min, double Max, string Source,
    string Group);

/// <summary>
/// The single registry of model parameters. Every mechanism reads its constants from here (through
/// the typed <see cref="Parameters"/> record), so the CLI table, scenario validation, the manifest
/// and sensitivity analysis all see the same list. Source ids refer to <c>data/SOURCES.md</c>;
/// "assumption" marks a modeller's choice, with its reasoning, where the data are silent, and such
/// parameters carry wide ranges.
/// </summary>
public static class ParameterRegistry
{
    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        // ---- initial conditions (March 1921) ----
        new("households_1921", "Peasant households in March 1921", "households", 21.0e6, 19.5e6, 23.0e6,
            "Between 19.5 million families in 1917 (MARTENS_AOB, citing Davies 1980) and 23 million in 1924 (HOSKING)", "initial"),
        new("persons_per_household_1921", "Mean members of a peasant household in 1921", "persons", 5.4, 5.0, 6.1,
            "Between 6.1 (1917) and 5.3 (1927) persons per family (MARTENS_AOB)", "initial"),
        new("urban_population_1921", "Urban population in March 1921", "persons", 19.0e6, 16.0e6, 23.0e6,
            "Assumption: urban share 15.3% in 1914 (RUWIKI_COPY2) and 17.9% in 1926 (STRANA50), towns depopulated by the Civil War", "initial"),
        new("draught_animals_per_household_1921", "Mean draught animals (horses, oxen) per household, 1921", "head", 0.95, 0.7, 1.2,
            "1.0-1.1 per household in 1927 (MARTENS_AOB), lower after Civil War losses (horses 17.9 to 12.8 million, 1914-1917, RUWIKI_COPY)", "initial"),
        new("horseless_share_1921", "Share of households without draught animals, 1921", "share", 0.30, 0.18, 0.40,
            "30% of RSFSR households without working cattle c.1926 (ZAITZEFF1928 citing Larin); 27 million peasants without horse or cart in 1927 (MARTENS_AOB)", "initial"),
        new("cattle_per_household_1921", "Mean cattle per household, 1921", "head", 1.3, 0.8, 2.0,
            "Assumption: richest 3.2% had 2.5 cows against a mean near 1 (MARTENS_AOB, 1927 census)", "initial"),
        new("small_livestock_per_household_1921", "Mean sheep, goats and pigs per household, 1921", "head", 2.5, 1.0, 5.0,
            "Assumption", "initial"),
        new("grain_stock_per_household_1921", "Grain held per household in March 1921", "t", 1.0, 0.3, 1.5,
            "Assumption: enough for seed and a lean diet to the harvest after the requisitions of War Communism", "initial"),
        new("cash_per_household_1921", "Cash held per household in March 1921", "1913 rubles", 2.0, 0.0, 20.0,
            "Assumption: money had almost no value at the end of War Communism", "initial"),
        new("market_grain_price_1921", "Private-market grain price in March 1921", "index 1913=1", 1.6, 0.8, 3.0,
            "Assumption: grain was dear in the spring before the 1921 famine", "initial"),
        new("state_grain_stock_1921", "Grain held by the state in March 1921", "t", 1.0e6, 0.0, 3.0e6,
            "Assumption", "initial"),
        new("land_per_consumer", "Arable allotment land per consumer unit", "ha", 1.35, 1.1, 2.0,
            "104.6 Mha grain area in 1913 (GSE_GRAIN) over about 19.5 million families (MARTENS_AOB) of 3.5 consumer units (CHAYANOV_TPE)", "initial"),

        // ---- the peasant farm ----
        new("grain_need_per_consumer", "Food grain needed per consumer unit per year", "t", 0.328, 0.25, 0.40,
            "Chayanov: 20 puds per consumer per year (CHAYANOV_TPE); 1 pud = 16.38 kg", "farm"),
        new("subsistence_share", "Share of the grain food norm below which hunger raises mortality", "share", 0.6, 0.4, 0.9,
            "Assumption: potatoes, vegetables and milk cover part of the diet, so hunger begins well below the grain norm", "farm"),
        new("seed_rate", "Seed sown per hectare", "t/ha", 0.13, 0.10, 0.16,
            "Chayanov's rye yield of 50 puds per desyatina net of seed (CHAYANOV_TPE) with about 8 puds of seed per desyatina", "farm"),
        new("base_yield", "Grain yield per sown hectare with own draught power in a normal year", "t/ha", 0.8, 0.6, 0.9,
            "6.9 centners/ha in 1909-1913 (GSE_GRAIN); 73.3 Mt on about 92 Mha in 1928 (WD1994_T54) is about 8 c/ha; 5-6 c/ha on poor peasant land (GSE2_GRAIN)", "farm"),
        new("area_per_draught_animal", "Sown area one draught animal can work", "ha", 4.4, 3.3, 5.5,
            "Chayanov: at most 4 desyatinas (4.37 ha) of sown area per horse (CHAYANOV_TPE)", "farm"),
        new("area_per_worker", "Sown area one worker can cultivate with draught power", "ha", 3.6, 2.5, 5.0,
            "Assumption: Chayanov's farm of 3-3.9 workers sows 2.8 desyatinas for consumption and more when it pays (CHAYANOV_TPE)", "farm"),
        new("hand_tillage_per_worker", "Sown area one worker can cultivate without draught animals", "ha", 1.2, 0.5, 1.8,
            "Assumption: spade work, and animals borrowed from neighbours against labour (otrabotki)", "farm"),
        new("horseless_yield_factor", "Yield on area tilled without own draught power, relative to normal", "ratio", 0.8, 0.65, 0.95,
            "Assumption: late and shallow ploughing with borrowed animals", "farm"),
        new("commercial_sowing_response", "Extra sowing for the market, as a share of the area the household's draught animals can work, per unit of the marketing incentive", "ratio", 0.4, 0.05, 1.2,
            "Assumption: the well-equipped farm produces for the market (Lenin's differentiation), the poor one for subsistence (Chayanov); calibrated to off-farm sales of 10-13 Mt in the mid-1920s", "farm"),
        new("sowing_safety_margin", "Area sown above a normal year's needs as insurance against a bad harvest", "share", 0.15, 0.0, 0.5,
            "Assumption: Chayanov's peasant farm sows for the family's needs in a poor year, not an average one (CHAYANOV_TPE)", "farm"),
        new("precautionary_reserve", "Grain held back as insurance, as a share of a year's food", "share", 0.25, 0.05, 0.6,
            "Assumption", "farm"),
        new("sale_propensity", "Share of the marketable surplus sold in a month at incentive 1", "share/month", 0.16, 0.05, 0.5,
            "Assumption: calibrated to off-farm sales of 10-13 Mt in the mid-1920s (EGOR_LJ, MARTENS)", "farm"),
        new("sale_incentive_elasticity", "Elasticity of monthly grain sales to the marketing incentive", "elasticity", 0.6, 0.2, 2.0,
            "Assumption: peasants' cash needs (tax, salt, kerosene, cloth) keep sales going at poor terms; OGPU reports that they would sell more if prices rose (DRONIN_BELLINGER)", "farm"),
        new("availability_weight", "Weight of the availability of manufactures in the value of money", "exponent", 1.0, 0.3, 2.0,
            "Assumption: money that buys nothing is not worth selling for (goods famine, OSOKINA)", "farm"),
        new("manufactures_spend_propensity", "Share of cash a household tries to spend on manufactures each month", "share/month", 0.35, 0.1, 0.7,
            "Assumption", "farm"),
        new("other_spending_rate", "Share of cash above a half-year's manufactures budget spent each month on other goods and services (crafts, building, vodka, services)", "share/month", 0.2, 0.02, 0.6,
            "Assumption: peasants did not hoard money indefinitely; a stand-in for the rest of the rural economy", "farm"),
        new("fodder_grain_per_draught_animal", "Grain fed to a draught animal per year at the normal ration", "t", 0.40, 0.25, 0.7,
            "Assumption: almost 32% of grain fed to livestock in 1928 (GALIN)", "farm"),
        new("fodder_grain_per_cattle", "Grain fed to one head of cattle per year at the normal ration", "t", 0.10, 0.04, 0.25,
            "Assumption", "farm"),
        new("fodder_grain_per_small_livestock", "Grain fed to one sheep, goat or pig per year", "t", 0.03, 0.01, 0.08,
            "Assumption", "farm"),
        new("fodder_response", "Extra feeding of grain to livestock when selling it pays poorly", "ratio", 0.6, 0.0, 1.5,
            "Assumption: in 1927/28 peasants fed grain to livestock and sold meat (DRONIN_BELLINGER; AFANASYEV fodder prices)", "farm"),
        new("storage_loss_rate", "Grain lost in storage per month", "share/month", 0.004, 0.001, 0.01,
            "Assumption", "farm"),
        new("livestock_income_per_cattle", "Cash from selling livestock products, per head of cattle and year", "1913 rubles", 12.0, 4.0, 30.0,
            "Assumption", "farm"),
        new("draught_birth_rate", "Draught animals born per head per year with full fodder", "1/yr", 0.12, 0.05, 0.18,
            "Assumption: horses recovered about 5% a year in the 1920s", "livestock"),
        new("draught_death_rate", "Draught animals dying per head per year", "1/yr", 0.05, 0.03, 0.09, "Assumption", "livestock"),
        new("cattle_birth_rate", "Calves per head of cattle per year with full fodder", "1/yr", 0.22, 0.12, 0.35, "Assumption", "livestock"),
        new("cattle_death_rate", "Cattle dying or slaughtered for own use per head per year", "1/yr", 0.16, 0.08, 0.25, "Assumption", "livestock"),
        new("small_livestock_birth_rate", "Young per head of small livestock per year with full fodder", "1/yr", 0.55, 0.3, 0.9, "Assumption", "livestock"),
        new("small_livestock_death_rate", "Small livestock dying or slaughtered per head per year", "1/yr", 0.45, 0.25, 0.7, "Assumption", "livestock"),
        new("food_value_draught_animal", "Food from slaughtering a draught animal, grain equivalent", "t", 0.15, 0.08, 0.3, "Assumption", "livestock"),
        new("food_value_cattle", "Food from slaughtering one head of cattle, grain equivalent", "t", 0.20, 0.1, 0.35, "Assumption", "livestock"),
        new("food_value_small_livestock", "Food from slaughtering a sheep, goat or pig, grain equivalent", "t", 0.03, 0.01, 0.06, "Assumption", "livestock"),
        new("horse_price", "Price of a draught animal between households", "t of grain", 1.2, 0.6, 2.5,
            "Assumption: 60-80 rubles before 1914 at about 1 ruble per pud of grain", "livestock"),

        // ---- differentiation: land lease, hired labour, the commune ----
        new("rent_share", "Share of the harvest on leased land paid to the lessor", "share", 0.25, 0.1, 0.5, "Assumption (share-cropping terms)", "differentiation"),
        new("wage_share", "Share of the harvest on hired-labour area paid to hired workers", "share", 0.35, 0.2, 0.5, "Assumption", "differentiation"),
        new("repartition_rate", "Yearly pull of allotments toward equal land per consumer (commune repartition)", "1/yr", 0.08, 0.0, 0.3,
            "Assumption: the mir repartitioned land by eaters every decade or so; the 1922 Land Code limited it", "differentiation"),
        new("enterprise_spread", "Spread (log sd) of household skill and enterprise", "log sd", 0.12, 0.0, 0.3, "Assumption", "differentiation"),
        new("kulak_sown_multiple", "Sown area, relative to the zone mean, above which a household hiring or leasing is counted a kulak", "ratio", 1.6, 1.3, 3.0,
            "Assumption: Soviet 1920s criteria used sown area, draught animals, hiring and leasing (MARTENS, RECON1930)", "differentiation"),
        new("poor_sown_multiple", "Sown area, relative to the zone mean, below which a household is counted poor", "ratio", 0.55, 0.3, 0.8,
            "Assumption; households without draught animals also count as poor", "differentiation"),

        // ---- collectivization ----
        new("voluntary_collectivization_rate", "Share of individual households joining a collective farm of their own accord each month, at the 1928 supply of tractors", "1/month", 0.0008, 0.0, 0.01,
            "Collectivized share rose from 0.8% (June 1927) to about 4% (1929) (RECON1930, COLUMBIA_ENC): about 1-1.5% of households a year", "collectivization"),
        new("forced_entry_slaughter", "Share of its animals a household brought in by force slaughters first", "share", 0.3, 0.05, 0.6,
            "Assumption: herds fell by about half between 1929 and 1933, much of it by slaughter on entry (Wheatcroft and Davies 1994)", "collectivization"),
        new("collective_effort", "Work on the collective farm relative to work on one's own farm", "ratio", 0.8, 0.5, 1.0,
            "Assumption: labour-day pay weakened incentives", "collectivization"),
        new("collective_efficiency", "Collective yield relative to an individual farm's with the same draught power", "ratio", 0.9, 0.6, 1.2,
            "Assumption: economies of scale against weaker incentives (Allen 2003 finds collectivization added little)", "collectivization"),
        new("collective_land_expansion", "Land a collective farm sows per hectare of allotment brought in (fallow, boundary strips and idle land taken into use)", "ratio", 1.1, 1.0, 1.5,
            "Assumption: grain sown area rose from about 92 Mha (1928) to about 100-104 Mha in the 1930s while the peasantry shrank (Wheatcroft and Davies 1994); spring sowings 93.5-95.9 Mha in 1933-34 (PLAN1934)", "collectivization"),
        new("collective_animal_loss", "Extra yearly death rate of pooled animals (neglect in common stables)", "1/yr", 0.08, 0.0, 0.3,
            "Assumption: horses roughly halved between 1929 and 1934", "collectivization"),
        new("mts_payment_share", "Share of the harvest on tractor-worked land paid in kind to the machine-tractor stations", "share", 0.15, 0.05, 0.3,
            "Assumption", "collectivization"),
        new("collective_incentive_loss", "Fall in the collective farm's yield when all its members went hungry before the harvest (in proportion to the hungry share)", "share", 0.3, 0.0, 0.8,
            "Assumption after Davies and Wheatcroft (2004), The Years of Hunger, ch. 4-5: weakened and demoralized collective farmers, crops unweeded and left in the fields (1932)", "collectivization"),
        new("delivery_plan_yield", "Yield the collective farms' delivery plan assumes, relative to the yield in normal weather", "ratio", 1.0, 0.9, 1.3,
            "Assumption: plans were set on a normal or better harvest (Davies and Wheatcroft 2004); from 1933 the 'biological yield' overstated the barn yield by 10-25% (Wheatcroft and Davies 1994)", "collectivization"),
        new("area_per_tractor", "Sown area one tractor (15 hp) can work", "ha", 40, 20, 80,
            "Assumption: a 15-hp tractor did the work of about eight to ten horses", "collectivization"),
        new("tractors_1928", "Tractors in agriculture in 1928", "units", 27000, 20000, 35000, "EORH_MTS: some 27,000 units", "collectivization"),
        new("animal_raw_material_share", "Share of consumer-goods capacity working animal raw materials (wool, leather, fats)", "share", 0.15, 0.0, 0.4,
            "Assumption: woollens, footwear and leather goods, soap and fats; wool fabrics stagnated in the 1930s as the herds fell", "industry"),
        new("armament_share", "Share of defence outlays spent on armaments (the rest is the forces' upkeep in consumer goods)", "share", 0.4, 0.2, 0.7,
            "Assumption: procurement of weapons grew from about a third of the defence budget in the late 1920s to about half by 1940 (HARRISON_DAVIES_2FYP)", "industry"),
        new("defence_share_embodied", "Defence share of national income whose upkeep is already in the towns' 1913 claim on manufactures", "share", 0.04, 0.0, 0.08,
            "Assumption: the Russian defence budget was near a billion rubles in 1913, some 4-5% of national income; the towns' claim per person is calibrated on 1913 consumption", "industry"),
        new("tractors_1921", "Tractors in agriculture in March 1921", "units", 2000, 500, 6000,
            "Assumption: a few thousand prewar and wartime machines; the Fordson imports began in 1922", "collectivization"),
        new("tractor_price", "Cost of a 15-hp tractor with its implements", "1913 rubles", 1500, 800, 3000,
            "Assumption: a Fordson cost about $700-900 in the 1920s (about 1,400-1,800 gold rubles)", "collectivization"),
        new("tractor_service_life", "Mean service life of a tractor", "years", 8, 4, 15, "Assumption: hard use and poor repair in the stations", "collectivization"),
        new("tractor_import_share", "Share of machinery imports spent on tractors and farm machinery", "share", 0.035, 0.0, 0.3,
            "Assumption: tractors were a main import of 1929-31, industrial plant the larger part", "collectivization"),

        // ---- demography and migration ----
        new("birth_rate", "Rural births per person per year", "1/yr", 0.043, 0.035, 0.05, "Assumption: 1926 census-era crude birth rate about 43-45 per 1000 (Lorimer 1946)", "demography"),
        new("death_rate", "Rural deaths per person per year in a normal year", "1/yr", 0.021, 0.016, 0.03, "Assumption: crude death rate about 20-22 per 1000 (Lorimer 1946)", "demography"),
        new("birth_hunger_response", "Fall in births per unit of food shortfall (1 - food ratio)", "ratio", 2.0, 0.0, 4.0,
            "Assumption: births fall by a third or more in famines (O Grada 2009, Famine: A Short History, ch. 4); the Soviet birth rate fell from about 44 to about 30 per 1000 in 1928-34 (Lorimer 1946)", "demography"),
        new("famine_mortality", "Extra deaths per person per year when a household has no grain food at all", "1/yr", 0.5, 0.1, 1.0,
            "Assumption: famines of 1921-22 and 1932-33 killed about 1.5-2.5% a month of the starving population; scales with the shortfall below the subsistence share. The model's hungry are on average at 0.5-0.75 of full hunger in those famines (measured), so 0.5 gives 2.1-3.1% a month: the upper end, because the rate also stands for the famine's epidemics (typhus), which the model does not have", "demography"),
        new("urban_natural_increase", "Urban births less deaths per person per year", "1/yr", 0.012, 0.0, 0.02, "Assumption", "demography"),
        new("migration_rate", "Rural persons moving to towns per person per year at normal labour demand", "1/yr", 0.011, 0.002, 0.03,
            "Assumption: towns grew from about 19 to 26.3 million 1921-1926 (STRANA50)", "demography"),
        new("hunger_migration_boost", "Extra migration when food falls short, per unit of shortfall", "ratio", 3.0, 0.0, 10.0, "Assumption", "demography"),
        new("passport_flight_factor", "Hunger-driven flight to the towns under internal passports, relative to without", "ratio", 0.0, 0.0, 1.0,
            "The passports (December 1932) and the directive of 22 January 1933 had the OGPU stop and send back peasants fleeing the famine regions (Davies and Wheatcroft 2004, The Years of Hunger, ch. 7): recruitment went on, flight did not", "demography"),
        new("passport_migration_factor", "Migration to towns under internal passports, relative to without", "ratio", 0.9, 0.05, 1.0,
            "Passports checked who lived in the towns, but organised recruitment (orgnabor) and the building sites kept peasants moving: about 2.5 million a year moved to the towns in 1934-35 (BOFFA) and the towns held 56.1 million at the January 1939 census (LEWIN); 0.9 gives 2.5 million a year and 56 million, 0.5 gave 1.4 million and 51 million", "demography"),
        new("split_rate", "Yearly probability that a large household divides (razdel)", "1/yr", 0.13, 0.03, 0.3,
            "Assumption: peasant holdings grew by about 500 thousand a year (RECON1930)", "demography"),
        new("split_min_members", "Members from which a household may divide", "persons", 7, 5, 10, "Assumption", "demography"),

        // ---- weather and technique ----
        new("weather_sd", "Scale of year-to-year yield variation (multiplies each zone's spread)", "ratio", 0.5, 0.2, 1.6,
            "Assumption: national harvests 1925-1929 varied by a few percent (WD1994_T54, GSE_GRAIN)", "weather"),
        new("weather_correlation", "Correlation of yield shocks between zones", "correlation", 0.45, 0.0, 0.9, "Assumption", "weather"),
        new("agri_technique_growth", "Growth of agricultural technique per year", "1/yr", 0.004, 0.0, 0.015,
            "Assumption: wheat yields near flat 1926-1940 (LEVINS_LEWONTIN_LBO)", "weather"),

        // ---- grain market and the state ----
        new("grain_price_1913", "Grain price in 1913", "rubles/t", 61.0, 45.0, 80.0, "1 ruble per pud (16.38 kg); prewar rye 0.7-1.0, wheat about 1.2 rubles per pud (DRONIN_BELLINGER, 1928 prices)", "market"),
        new("urban_grain_need", "Grain bought per urban person per year (with non-farm rural buyers; the army is counted apart)", "t", 0.26, 0.18, 0.35, "Assumption", "market"),
        new("nonfarm_income_per_worker", "Cash from crafts and seasonal work (otkhod) per peasant worker and year", "1913 rubles", 8.0, 0.0, 30.0,
            "Assumption: grain-deficit regions bought grain with craft and seasonal earnings", "market"),
        new("urban_demand_elasticity", "Price elasticity of private urban demand for grain", "elasticity", 0.5, 0.1, 1.2, "Assumption", "market"),
        new("trade_channel_elasticity", "How strongly peasants shift sales between state agencies and private traders with their price ratio", "elasticity", 2.0, 0.5, 5.0,
            "Assumption: state agencies and private traders competed for grain under NEP", "market"),
        new("trader_stock_share", "Share of private demand until the next harvest that traders aim to hold in stock", "share", 0.7, 0.2, 1.0,
            "Assumption: traders bought after the harvest and sold through the year (seasonal storage)", "market"),
        new("state_stock_months", "Months of the towns' grain need the state keeps in reserve", "months", 2.0, 0.0, 6.0, "Assumption", "market"),
        new("war_scare_hoarding", "Extra precautionary reserve during a war scare, as a share of a year's food", "share", 0.25, 0.0, 0.6,
            "Assumption: the 1927 war scare led to hoarding (Carr and Davies 1969)", "market"),

        // ---- labour and the state apparatus ----
        new("expansion_labour_factor", "Extra industrial workers per unit of yearly capacity growth (raw recruits learning on the job)", "ratio", 5.0, 0.0, 8.0,
            "Industrial employment roughly doubled 1928-1932 while output rose far less; labour productivity grew only about 3% a year in the 1930s (POPOV_TFP). Set to the employment in industry of 8, 10.1 and 11 million in 1932, 1937 and 1940 (BOFFA): 5 gives 7.8, 9.5 and 11.5 million, the earlier 3 gave 6.5, 8.4 and 10.3", "labour"),
        new("construction_workers_per_million", "Construction workers per million rubles a year of industrial investment (1913 prices)", "persons", 1200, 300, 2000,
            "Assumption: industry took about 40% of all investment; construction employed about 0.7 million in 1928 and 3 million in 1932", "labour"),
        new("service_employment_rate", "Workers and employees in transport, trade, education, health and other services per townsperson", "ratio", 0.15, 0.08, 0.25,
            "Assumption: about 4 of the 11.4 million workers and employees of 1928 (NKH1972) served 28 million townspeople", "labour"),
        new("state_farm_workers", "Workers of state farms and other state agriculture, besides the tractor stations", "persons", 1.0e6, 0.3e6, 2.5e6, "Assumption", "labour"),
        new("workers_per_tractor", "Tractor drivers, mechanics, station and state-farm staff per tractor", "persons", 10, 2, 15,
            "Assumption: state farms and machine-tractor stations grew with the tractor park", "labour"),
        new("urban_participation", "Townspeople of working age seeking work", "share", 0.45, 0.35, 0.6,
            "Assumption: 11.4 million workers and employees and 1.5 million unemployed in 1928 (NKH1972, SIEGELBAUM2006) for about 28 million townspeople", "labour"),
        new("state_apparatus_1921", "Employees of the state apparatus in March 1921", "persons", 2.4e6, 1.8e6, 3.0e6,
            "1.88 million middle and 0.48 million senior employees in 33 provinces of European Russia at the end of 1919; cut by 28.5% in 1923-24 (VOLKOV_ELITE)", "society"),
        new("admin_per_capita", "Base administration per head of population", "persons/person", 0.0016, 0.0008, 0.003,
            "1.6 tsarist officials and clerks per thousand in 1913 (VOLKOV_OFFICIALS)", "society"),
        new("admin_per_million_rubles", "Apparatus staff for the state's economic tasks, per (million rubles a year)^elasticity administered", "persons", 19000, 8000, 40000,
            "Calibrated: 1.85 million (1925) and 2.23 million (1928) state employees (VOLKOV_ELITE); wide range", "society"),
        new("admin_scale_elasticity", "Elasticity of the apparatus to the volume it administers", "elasticity", 0.5, 0.3, 1.0,
            "Assumption: administration has economies of scale", "society"),
        new("admin_scarcity_growth", "Extra apparatus per unit of scarcity (1 - availability of manufactures)", "ratio", 0.2, 0.0, 1.0,
            "Assumption: every shortage is a queue, a ration card and an inspector to manage (MODEL.md §4.7)", "society"),
        new("admin_openness_cut", "Smaller apparatus under a fully open party regime and workers' control", "share", 0.3, 0.0, 0.6,
            "Assumption (MODEL.md §4.7)", "society"),
        new("rationed_supply_per_person", "Value of rationed supplies per townsperson per year", "1913 rubles", 60, 20, 150, "Assumption", "society"),
        new("privilege_share_1921", "Share of consumer goods taken by the apparatus above its numbers' share, 1921", "share", 0.08, 0.0, 0.3,
            "Assumption: the party maximum held officials' pay near 175 rubles against about 50 for a worker (KARLIN_BLOG, low reliability)", "society"),
        new("privilege_share_base", "Privileged share at no political weight and no scarcity", "share", 0.05, 0.0, 0.2, "Assumption", "society"),
        new("privilege_weight_response", "Growth of the privileged share with the apparatus's weight among employees", "ratio", 2.0, 0.0, 6.0,
            "Assumption: manager/worker pay ratio about 5 in 1937 (KARLIN_BLOG, low reliability)", "society"),
        new("employee_consumption_weight", "Consumption of an employee's family relative to a worker's", "ratio", 1.3, 1.0, 2.0,
            "Assumption: office employees' salaries ran above workers' wages in the 1920s; the party maximum (175 against about 50 rubles, KARLIN_BLOG) bounds the top", "society"),
        new("unemployed_consumption_weight", "Consumption of an unemployed person's family relative to a worker's", "ratio", 0.5, 0.2, 1.0,
            "Assumption: unemployment benefit for a minority of the registered unemployed, casual earnings for the rest", "society"),

        // ---- foreign trade ----
        new("other_exports_1913", "Exports other than grain in 1913 (timber, oil, flax, furs), gold rubles a year", "rubles/yr", 0.9e9, 0.5e9, 1.2e9,
            "Assumption: Russia exported about 1.5 billion rubles in 1913, some 40% of it grain", "trade"),
        new("other_export_volume", "Volume of other exports relative to 1913 at prewar industrial output", "ratio", 0.5, 0.2, 1.0,
            "Assumption: Soviet exports in the mid-1920s were about a third to a half of prewar volume", "trade"),
        new("private_import_share", "Share of private money incomes spent on imported consumer goods when the monopoly is fully open", "share", 0.08, 0.0, 0.3,
            "Assumption: the danger Lenin saw in Stalin's 1922 proposal (the source document)", "trade"),
        new("capital_flight_share", "Share of private money incomes sent abroad when the monopoly is fully open", "share", 0.04, 0.0, 0.2, "Assumption", "trade"),
        new("reserves_1921", "Gold and currency reserves in March 1921", "gold rubles", 0.4e9, 0.1e9, 1.0e9,
            "Assumption: much of the gold reserve was spent on imports in 1920-22", "trade"),
        new("reserve_floor", "Reserves the state will not spend on machinery", "gold rubles", 0.15e9, 0.0, 0.5e9, "Assumption", "trade"),
        new("imported_machinery_productivity", "Capacity from a ruble of imported machinery relative to a ruble of domestic investment", "ratio", 1.2, 1.0, 3.0,
            "Assumption: imports embodied the advanced countries' technique; means of production were 85% of imports 1918-1933 (ROZENGOLTS1934)", "trade"),

        // ---- national accounts ----
        new("gdp_per_capita_1913", "GDP per head in 1913", "2011 int. $", 2254, 2254, 2254, "MPD2020 (Former USSR, 1913); an anchor, not a free parameter", "accounts"),
        new("population_1913", "Population in 1913 on the interwar Soviet territory", "persons", 139.3e6, 135e6, 145e6,
            "Assumption: Lorimer (1946); 147 million at the December 1926 census (CENSUS1926_SZAO)", "accounts"),
        new("urban_population_1913", "Urban population in 1913 on the same territory", "persons", 21.3e6, 18e6, 25e6,
            "Urban share 15.3% in 1914 (RUWIKI_COPY2) of the 1913 population", "accounts"),
        new("grain_harvest_1913", "Grain harvest of 1913", "t", 76.5e6, 65.2e6, 80.1e6, "WD1994_T54 (revised Soviet estimate)", "accounts"),
        new("livestock_index_1921", "Livestock in March 1921 relative to 1913", "ratio", 0.75, 0.6, 0.95,
            "Assumption: horses fell from 17.9 to 12.8 million 1914-1917 on the census territory (RUWIKI_COPY), then the Civil War", "accounts"),
        new("agriculture_weight_1913", "Agriculture's share of national output in 1913", "share", 0.5, 0.4, 0.6,
            "Assumption: 45.7% of national income in 1927/28 (FYP1929); about half before the war", "accounts"),
        new("industry_weight_1913", "Industry's share of national output in 1913 (with construction)", "share", 0.25, 0.15, 0.35,
            "Assumption: 31.6% with excise in 1927/28 (FYP1929)", "accounts"),

        // ---- industry and the plan ----
        new("industry_output_1921", "Large-scale industrial output in 1921, relative to 1913", "ratio", 0.20, 0.15, 0.30,
            "Assumption: about a fifth of 1913 at the end of the Civil War (Nove 1992)", "industry"),
        new("industry_capacity_1921", "Industrial capacity in 1921, relative to 1913 (war losses and decay)", "ratio", 1.0, 0.7, 1.1,
            "Assumption: plant was idle rather than destroyed; output regained the prewar level about 1926-27 (Nove 1992)", "industry"),
        new("industry_recovery_rate", "Yearly growth of capacity utilisation while plant stands idle", "1/yr", 0.29, 0.15, 0.5,
            "Assumption: from a fifth of capacity in 1921 to full use by 1926-27 (Nove 1992; STALIN1928_GF)", "industry"),
        new("investment_goods_share", "Share of producer-goods output that can be invested (the rest: fuel, metal, repairs)", "share", 0.6, 0.3, 0.9,
            "Assumption: capital investment was 94% of producer-goods enterprises' output in 1928 (ALLEN_RU), counting construction", "industry"),
        new("capital_output_ratio", "Capital needed per unit of yearly industrial output (1913 rubles)", "ratio", 1.6, 1.0, 3.5,
            "Assumption: Allen's simulations put fixed capital at 201-344 bn rubles for 143-232 bn of non-agricultural value added in 1939 (ALLEN_RU)", "industry"),
        new("construction_months", "Mean time for investment to become capacity", "months", 18, 6, 36, "Assumption", "industry"),
        new("capital_depreciation", "Share of capacity retired per year", "1/yr", 0.05, 0.02, 0.08, "About 20 years' service life (POPOV_TFP)", "industry"),
        new("industry_technique_growth", "Growth of industrial technique per year", "1/yr", 0.012, 0.0, 0.04,
            "Assumption: TFP grew about 0.6% and labour productivity about 3% a year in the 1930s (POPOV_TFP)", "industry"),
        new("industrial_workers_1913", "Industrial workers in 1913 on the interwar territory", "persons", 3.0e6, 2.0e6, 3.5e6,
            "Assumption: 3.1 million industrial workers in 1928 (OVERY_RU) at about 1.1 times prewar output", "industry"),
        new("national_income_1913", "National income of 1913 on the interwar territory, 1913 prices", "rubles/yr", 14.0e9, 11.0e9, 17.0e9,
            "101 gold rubles per head in 1913 (WIKIPRAVDA) times 139 million", "industry"),
        new("industry_overhead_share", "Share of unit cost that is fixed, so that cost rises when capacity stands idle", "share", 0.5, 0.2, 0.8, "Assumption", "industry"),
        new("rural_manufactures_1913", "Manufactures sold to the countryside per household in 1913", "1913 rubles/yr", 40.0, 20.0, 80.0,
            "Assumption: group B was 61% of 1913 industrial output of 6.5 billion rubles (ETHICS1913); much of it was processed food", "industry"),
        new("urban_manufactures_per_person_1913", "Manufactures claimed per urban person in 1913", "1913 rubles/yr", 30.0, 15.0, 80.0, "Assumption", "industry"),
        new("urban_claim_elasticity", "Elasticity of the urban claim on manufactures to industrial output (wages follow output)", "elasticity", 0.5, 0.2, 1.2,
            "Assumption: industrial wages grew faster than planned in 1927/28 (OSOKINA)", "industry"),

        // ---- the world: revolutionary windows, the Comintern, encirclement, federation ----
        new("hazard_victory_base", "Log of the expected victories in a window with situation, party, support 0 and fit and leadership at 0.5", "log", -3.5, -6.0, -1.0,
            "Assumption: calibrated so that the historical windows' recorded outcomes are the likeliest under the historical lines (MODEL.md §7)", "world"),
        new("hazard_situation", "Weight of the revolutionary-situation index in the log victory hazard", "per unit", 1.0, 0.0, 3.0, "Assumption", "world"),
        new("hazard_party", "Weight of the communist party's strength (share of the vote or of the organised workers) in the log victory hazard", "per unit", 6.0, 0.0, 12.0,
            "Assumption: a party of a sixth of the class (KPD 1932, WIKI_REICHSTAG) multiplies the odds by e", "world"),
        new("hazard_fit", "Weight of the fit of the Comintern line to the situation in the log victory hazard", "per unit", 2.0, 0.0, 4.0,
            "Assumption: the source's thesis (the lines turned crises into defeats) is a hypothesis; 0 switches it off", "world"),
        new("hazard_leadership", "Weight of the national leadership's resolve in the log victory hazard", "per unit", 3.0, 0.0, 6.0,
            "Assumption: Germany 1923 (the retreat of October), Trotsky's Lessons of October", "world"),
        new("hazard_support", "Weight of Soviet support in the log victory hazard", "per unit", 1.0, 0.0, 3.0, "Assumption", "world"),
        new("hazard_fascist_scale", "Expected fascist victories in a window per unit of fascist strength, with situation 0 and fit 0.5", "per unit", 1.8, 0.0, 5.0,
            "Assumption: the NSDAP's vote (WIKI_REICHSTAG) as fascist strength", "world"),
        new("hazard_fascist_situation", "Weight of the situation index in the log fascist hazard", "per unit", 1.0, 0.0, 3.0, "Assumption", "world"),
        new("hazard_fascist_fit", "How much a fitting line lowers the log fascist hazard (a united front blocks fascism)", "per unit", 2.0, 0.0, 4.0,
            "Assumption: the source's thesis for Germany 1930-33", "world"),
        new("comintern_diplomacy_penalty", "Share of the line's fit lost when the line fully serves Soviet diplomacy", "share", 0.5, 0.0, 1.0,
            "Assumption: subordination of the sections to the USSR's foreign policy (the source document)", "world"),
        new("fit_united_front_revolutionary_crisis", "Fit of the united front line to a revolutionary crisis", "0-1", 0.9, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: a united front of the workers' parties keeps the class together", "world"),
        new("fit_united_front_fascist_threat", "Fit of the united front line to a fascist threat", "0-1", 1.0, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: a united front of the workers' parties keeps the class together", "world"),
        new("fit_united_front_mass_strike", "Fit of the united front line to a mass strike", "0-1", 0.9, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: a united front of the workers' parties keeps the class together", "world"),
        new("fit_united_front_national_revolution", "Fit of the united front line to a national revolution", "0-1", 0.7, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: a united front of the workers' parties keeps the class together", "world"),
        new("fit_subordination_revolutionary_crisis", "Fit of the subordination line to a revolutionary crisis", "0-1", 0.3, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)", "world"),
        new("fit_subordination_fascist_threat", "Fit of the subordination line to a fascist threat", "0-1", 0.3, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)", "world"),
        new("fit_subordination_mass_strike", "Fit of the subordination line to a mass strike", "0-1", 0.2, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)", "world"),
        new("fit_subordination_national_revolution", "Fit of the subordination line to a national revolution", "0-1", 0.15, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: subordination to reformists or the national bourgeoisie disarms the party (Britain 1926, China 1927)", "world"),
        new("fit_third_period_revolutionary_crisis", "Fit of the third period line to a revolutionary crisis", "0-1", 0.4, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: ultraleftism (social fascism) splits the class (Germany 1930-33)", "world"),
        new("fit_third_period_fascist_threat", "Fit of the third period line to a fascist threat", "0-1", 0.1, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: ultraleftism (social fascism) splits the class (Germany 1930-33)", "world"),
        new("fit_third_period_mass_strike", "Fit of the third period line to a mass strike", "0-1", 0.3, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: ultraleftism (social fascism) splits the class (Germany 1930-33)", "world"),
        new("fit_third_period_national_revolution", "Fit of the third period line to a national revolution", "0-1", 0.3, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: ultraleftism (social fascism) splits the class (Germany 1930-33)", "world"),
        new("fit_popular_front_revolutionary_crisis", "Fit of the popular front line to a revolutionary crisis", "0-1", 0.25, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)", "world"),
        new("fit_popular_front_fascist_threat", "Fit of the popular front line to a fascist threat", "0-1", 0.5, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)", "world"),
        new("fit_popular_front_mass_strike", "Fit of the popular front line to a mass strike", "0-1", 0.3, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)", "world"),
        new("fit_popular_front_national_revolution", "Fit of the popular front line to a national revolution", "0-1", 0.2, 0.0, 1.0,
            "Assumption after the source document and MODEL.md §4.9: an alliance with bourgeois parties limits the movement to their programme (Spain, France 1936)", "world"),
        new("united_front_reach", "Share of social democracy's strength a united or popular front adds to the party's in the victory hazard", "share", 0.5, 0.0, 1.0,
            "Assumption after the source document: the united front wins the reformist workers to common action", "world"),
        new("crisis_full_fall", "Fall of GDP per head below its peak of the last three years that counts as a full crisis (situation index 1)", "share", 0.2, 0.1, 0.4,
            "Assumption: Germany 1923 (-17%) and 1929-32 (-16%) in MPD2020", "world"),
        new("war_situation", "Rise of the revolutionary-situation index while a country is at war", "0-1", 0.3, 0.0, 0.8,
            "Assumption: war as a revolutionary factor (Russia 1917, Germany 1918)", "world"),
        new("militarization_rate", "Share of the gap to its target militarization a country closes in a year", "1/yr", 0.2, 0.05, 0.5,
            "Assumption: German military spending rose from ~1% of GDP (1933) to ~20% (1938) (Harrison 1998)", "world"),
        new("fascist_militarization", "Share of GDP a fascist regime bent on expansion aims to spend on arms", "share", 0.25, 0.1, 0.4, "Assumption (Harrison 1998)", "world"),
        new("war_militarization", "Share of GDP spent on arms by a country at war", "share", 0.4, 0.2, 0.6, "Assumption (Harrison 1998: Germany 1940 ~40%)", "world"),
        new("threat_defence_min", "Soviet defence share with no hostile military potential", "share", 0.0, 0.0, 0.03, "Assumption", "world"),
        new("threat_defence_response", "Soviet defence share per unit of hostile military potential over the federation's GDP", "share", 0.45, 0.1, 1.0,
            "Assumption: calibrated on the defence shares of 1928 (~3%), 1933 (~5%), 1937 (~8%) and 1940 (~17%) (HARRISON_DAVIES_2FYP; Harrison 1998)", "world"),
        new("threat_defence_max", "Highest defence share the threat can require", "share", 0.3, 0.1, 0.5, "Assumption", "world"),
        new("federation_convergence", "Yearly rate at which Soviet technique closes the log gap to the federation's most advanced member", "1/yr", 0.02, 0.0, 0.1,
            "Assumption: the iron law of convergence, about 2% a year of the log gap (Barro and Sala-i-Martin 1992)", "world"),
        new("federation_machinery_share", "Share of a member's GDP delivered to the USSR as machinery each year, outside the foreign-trade balance", "share", 0.01, 0.0, 0.05,
            "Assumption: German machinery exports to the USSR under the credits of 1931-32 were about 0.5% of German GDP", "world"),
        new("federation_openness", "Rise in the party regime's openness per unit of the federation's GDP outside the USSR over its total", "share", 0.3, 0.0, 1.0,
            "Assumption: the source's claim that revolution abroad would weaken the bureaucracy (MODEL.md §1, claims 1-2)", "world"),
        new("baltic_gdp_per_capita_ratio", "GDP per head of the Baltic states relative to Finland's (not in the Maddison file)", "ratio", 0.75, 0.5, 1.0, "Assumption", "world"),
        new("baltic_population", "Population of Estonia, Latvia and Lithuania (not in the Maddison file)", "persons", 5.6e6, 5.0e6, 6.2e6,
            "Assumption: censuses of 1922-1934 (about 1.1, 1.9 and 2.4 million)", "world"),

        // ---- the party: factions, openness, the Centre's turn (Politics/Party) ----
        new("deportee_death_rate", "Deaths per deportee per year in the special settlements", "1/yr", 0.07, 0.02, 0.15,
            "Zemskov (2003): about 90,000 deaths among 1.3 million special settlers in 1932 and 151,000 in 1933, fewer later", "demography"),
        new("deportee_birth_rate", "Births per deportee per year in the special settlements", "1/yr", 0.02, 0.0, 0.04,
            "Zemskov (2003): about 230,000 births in 1932-40", "demography"),
        new("forces_per_defence_share", "Men under arms per person of the population per unit of the defence share", "persons/person", 0.12, 0.05, 0.2,
            "Assumption calibrated on the Red Army: about 0.56 million in 1925-28 at a defence share of ~3% and 4.2 million in 1941 at ~17% (Krivosheev 1997)", "defence"),
        new("army_grain_per_soldier", "Grain the army draws per man under arms per year: bread and its horses' fodder", "t/yr", 0.5, 0.3, 0.8,
            "Assumption: a bread ration of about 0.9 kg a day (0.33 t a year) and fodder for a horse per five to ten men", "defence"),
        new("war_defence_surge", "Extra defence share while the USSR itself is at war (a scripted war of the USSR)", "share", 0.05, 0.0, 0.2,
            "Assumption: the Winter War's outlays", "defence"),
        new("faction_adjustment_rate", "Yearly rate at which faction strengths move toward what their attractions give", "1/yr", 0.6, 0.1, 2.0, "Assumption", "politics"),
        new("left_discontent_weight", "Attraction of the Left per unit of workers' discontent (3 x unemployment rate + fall of the real wage from its peak)", "per unit", 1.0, 0.0, 5.0,
            "Assumption after the source document: the Opposition drew on workers' discontent", "politics"),
        new("left_shortage_weight", "Attraction of the Left per unit of the shortage index", "per unit", 0.5, 0.0, 3.0, "Assumption", "politics"),
        new("left_revolution_weight", "Attraction of the Left per recent revolutionary victory abroad", "per unit", 1.5, 0.0, 4.0, "Assumption (MODEL.md §4.8)", "politics"),
        new("left_openness_weight", "Attraction of the Left per unit of the party regime's openness", "per unit", 1.0, 0.0, 4.0, "Assumption (MODEL.md §4.8)", "politics"),
        new("centre_apparatus_weight", "Attraction of the Centre per unit of the apparatus's size relative to 1.2% of the population", "per unit", 2.5, 0.0, 4.0,
            "Assumption: the apparatus as the Centre's base (the source document)", "politics"),
        new("centre_defeat_weight", "Attraction of the Centre per recent defeat abroad (lost faith in world revolution)", "per unit", 0.6, 0.0, 2.0, "Assumption (MODEL.md §4.8)", "politics"),
        new("lenin_check", "Attraction the Centre loses while Lenin is active (his fight against the apparatus, 1922-23)", "per unit", 1.0, 0.0, 3.0, "Assumption", "politics"),
        new("right_kulak_weight", "Attraction of the Right per unit of the kulak share relative to 5% of households", "per unit", 1.5, 0.0, 3.0, "Assumption (MODEL.md §4.8)", "politics"),
        new("right_harvest_weight", "Attraction of the Right per unit of the latest harvest's gain over the three before", "per unit", 2.0, 0.0, 5.0, "Assumption (MODEL.md §4.8)", "politics"),
        new("expulsion_threshold", "Strength above which the dominant faction expels the weakest (when the regime is closed)", "share", 0.6, 0.4, 0.9,
            "Assumption: the Opposition's expulsion at the 15th Congress (December 1927)", "politics"),
        new("expulsion_openness", "Openness below which the dominant faction can expel another", "share", 0.3, 0.1, 0.6, "Assumption", "politics"),
        new("expulsion_weakness", "Strength below which a faction can be expelled", "share", 0.1, 0.02, 0.3,
            "Assumption: the Opposition's 4,000 votes against 725,000 before the 15th Congress (Carr and Davies 1969)", "politics"),
        new("expelled_floor", "Share of its attraction an expelled faction keeps", "share", 0.1, 0.0, 0.5, "Assumption", "politics"),
        new("expulsion_closure", "Fall in the regime's openness at an expulsion", "share", 0.15, 0.0, 0.5, "Assumption", "politics"),
        new("openness_initial", "Openness of the party regime in March 1921 (the ban on factions of the Tenth Congress, debate still open)", "share", 0.55, 0.2, 0.9, "Assumption", "politics"),
        new("openness_rate", "Yearly rate at which openness moves toward the dominant faction's aim", "1/yr", 0.3, 0.05, 1.0, "Assumption", "politics"),
        new("openness_left", "Openness the Left aims at (party democracy, the New Course of 1923)", "share", 0.7, 0.3, 1.0, "Assumption", "politics"),
        new("openness_centre", "Openness the Centre aims at (the apparatus's regime)", "share", 0.1, 0.0, 0.4, "Assumption", "politics"),
        new("openness_right", "Openness the Right aims at", "share", 0.4, 0.1, 0.7, "Assumption", "politics"),
        new("abroad_memory_years", "Half-life of the memory of victories and defeats abroad in party opinion", "years", 5.0, 1.0, 15.0, "Assumption", "politics"),
        new("crisis_procurement_drop", "Fall of the state's grain purchases over three months, against the same months a year before, that makes a procurement crisis", "share", 0.2, 0.05, 0.5,
            "Assumption: procurement in October-December 1927 was about half that of 1926 (Carr and Davies 1969)", "politics"),
        new("crisis_harvest_floor", "The harvest must be at least this share of the one before for a fall in procurement to count as a crisis (not a bad year)", "share", 0.95, 0.8, 1.0, "Assumption", "politics"),
    ];

    private static readonly FrozenDictionary<string, int> IndexByName =
        All.Select((p, i) => (p.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i);

    public static int Count => All.Count;

    public static bool TryIndex(string name, out int index) => IndexByName.TryGetValue(name, out index);

    public static ParameterSpec Get(string name) =>
        IndexByName.TryGetValue(name, out var i) ? All[i] : throw new KeyNotFoundException($"unknown parameter '{name}'");
}

/// <summary>An immutable set of parameter values, one per registry entry, defaults unless overridden.</summary>
public sealed class ParameterValues
{
    private readonly double[] _values;

    private ParameterValues(double[] values) => _values = values;

    public static ParameterValues Defaults { get; } = new(ParameterRegistry.All.Select(p => p.Default).ToArray());

    public double this[string name] => _values[ParameterRegistry.TryIndex(name, out var i) ? i : throw new KeyNotFoundException($"unknown parameter '{name}'")];

    public double this[int index] => _values[index];

    /// <summary>Returns a copy with the given overrides. Throws <see cref="ArgumentException"/>
    /// for an unknown name or a value outside the registered range (scenario loading checks first
    /// and reports the file position).</summary>
    public ParameterValues With(IEnumerable<KeyValuePair<string, double>> overrides)
    {
        var copy = (double[])_values.Clone();
        foreach (var (name, value) in overrides)
        {
            if (!ParameterRegistry.TryIndex(name, out var i)) throw new ArgumentException($"unknown parameter '{name}'");
            var spec = ParameterRegistry.All[i];
            if (!(value >= spec.Min && value <= spec.Max))
                throw new ArgumentException($"parameter '{name}' = {value} is outside its range [{spec.Min}, {spec.Max}]");
            copy[i] = value;
        }
        return new ParameterValues(copy);
    }

    public IEnumerable<(ParameterSpec Spec, double Value)> Entries() =>
        ParameterRegistry.All.Select((p, i) => (p, _values[i]));
}
