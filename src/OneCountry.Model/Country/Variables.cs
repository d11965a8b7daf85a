using OneCountry.Model.Engine;
namespace OneCountry.Model.Country;


/// <summary>
/// The output catalog. Observation is declared, not coded into the processes: the simulation
/// fills one value per variable per month, and the experiment layer aggregates and writes them
/// (in the spirit of Agents.jl's <c>mdata</c>).
/// </summary>
public static class Variables
{
    public static IReadOnlyList<VariableSpec> All { get; } =
    [
        new("grain_harvest", "t", "Grain harvested by peasant households", Aggregation.Sum, true),
        new("sown_area_harvested", "ha", "Area harvested (recorded in the harvest month)", Aggregation.Sum, true),
        new("grain_yield", "t/ha", "Harvest per harvested hectare (harvest month)", Aggregation.Sum, true),
        new("grain_seed", "t", "Grain sown as seed", Aggregation.Sum, true),
        new("grain_food_rural", "t", "Grain eaten by peasant households", Aggregation.Sum, true),
        new("grain_fodder", "t", "Grain fed to livestock", Aggregation.Sum, true),
        new("grain_losses", "t", "Grain lost in storage", Aggregation.Sum, true),
        new("grain_sales_state", "t", "Voluntary sales to state and cooperative agencies", Aggregation.Sum, true),
        new("grain_sales_market", "t", "Sales to private traders", Aggregation.Sum, true),
        new("grain_forced_procurement", "t", "Grain taken by extraordinary measures at the procurement price", Aggregation.Sum, true),
        new("grain_tax_in_kind", "t", "Tax paid in grain (prodnalog)", Aggregation.Sum, true),
        new("grain_marketed", "t", "Grain leaving the peasant economy: sales, forced procurement and tax in kind", Aggregation.Sum, true),
        new("grain_procurement", "t", "Grain received by the state: sales to it, forced procurement and tax in kind", Aggregation.Sum, true),
        new("grain_bought_rural", "t", "Grain bought from private traders by peasant households short of food", Aggregation.Sum, true),
        new("grain_stock_traders", "t", "Grain held by private traders (end of month)", Aggregation.Last, true),
        new("grain_exports", "t", "State grain exports", Aggregation.Sum, true),
        new("grain_urban_consumption", "t", "Grain consumed by towns and non-farm buyers", Aggregation.Sum, true),
        new("grain_army", "t", "Grain the army draws from the state's stock (bread and fodder)", Aggregation.Sum, true),
        new("collective_harvest", "t", "Grain harvested by collective farms (included in grain_harvest)", Aggregation.Sum, true),
        new("kolkhoz_deliveries", "t", "Compulsory deliveries of collective farms to the state", Aggregation.Sum, true),
        new("mts_payments_in_kind", "t", "Grain paid by collective farms to the machine-tractor stations", Aggregation.Sum, true),
        new("grain_distributed_collective", "t", "Grain shared among collective farmers by labour days", Aggregation.Sum, true),
        new("grain_confiscated", "t", "Grain confiscated from deported households", Aggregation.Sum, true),
        new("grain_seed_aid", "t", "Seed the state gives collective farms short of it in April", Aggregation.Sum, true),
        new("grain_food_relief", "t", "Food grain the state lends to hungry collective farmers", Aggregation.Sum, true),
        new("grain_stock_collective", "t", "Grain held by collective farms (seed, fodder)", Aggregation.Last, true),
        new("grain_stock_households", "t", "Grain held by peasant households (end of month)", Aggregation.Last, true),
        new("grain_stock_state", "t", "Grain held by the state (end of month)", Aggregation.Last, true),
        new("grain_market_price", "index 1913=1", "Private-market grain price", Aggregation.Mean, false),
        new("grain_procurement_price", "index 1913=1", "State procurement price of grain", Aggregation.Mean, false),
        new("agricultural_price_index", "index 1913=1", "Price peasants receive for grain (state and market, by the state's share of purchases)", Aggregation.Mean, false),
        new("industrial_price_index", "index 1913=1", "Price of manufactures", Aggregation.Mean, false),
        new("price_ratio_industry_agriculture", "ratio", "Industrial over agricultural price index (the scissors)", Aggregation.Mean, false),
        new("marketing_incentive", "ratio", "What a tonne of grain sold buys in manufactures, discounted by their availability (1913 = 1)", Aggregation.Mean, false),
        new("manufactures_availability", "share", "Share of the countryside's demand for manufactures that can be bought", Aggregation.Mean, false),
        new("manufactures_bought_rural", "1913 rubles", "Manufactures bought by peasant households, at 1913 prices", Aggregation.Sum, true),
        new("gdp_index", "index 1913=1", "National output, 1913 weights", Aggregation.Mean, false),
        new("gdp_per_capita", "2011 int. $", "GDP per head (Maddison's 1913 level times the output index per head)", Aggregation.Mean, false),
        new("agricultural_output_index", "index 1913=1", "Agricultural output: grain (latest harvest) and livestock", Aggregation.Mean, false),
        new("population", "persons", "Total population: rural, urban and deportees", Aggregation.Last, false),
        new("industrial_output_index", "index 1913=1", "Large-scale industrial output (1913 weights of the two departments)", Aggregation.Mean, false),
        new("producer_goods_output", "index 1913=1", "Output of producer goods (group A)", Aggregation.Mean, false),
        new("consumer_goods_output", "index 1913=1", "Output of consumer goods (group B)", Aggregation.Mean, false),
        new("industrial_investment", "1913 rubles", "Investment in industry", Aggregation.Sum, false),
        new("defence_spending", "1913 rubles", "Defence outlays: the defence share of national income", Aggregation.Sum, false),
        new("defence_share", "share", "Share of national income spent on defence (the lever, or the threat's requirement when defence_follows_threat is on)", Aggregation.Mean, false),
        new("armed_forces", "persons", "Men under arms (taken out of the towns' labour force)", Aggregation.Mean, false),
        new("war_deaths", "persons", "Deaths in a war the USSR fights (scripted)", Aggregation.Sum, false),
        new("excess_deaths_towns", "persons", "Scripted excess deaths in the towns (their rural part is among deaths_rural)", Aggregation.Sum, false),
        new("deportee_deaths", "persons", "Deaths in the special settlements", Aggregation.Sum, false),
        new("deportee_births", "persons", "Births in the special settlements", Aggregation.Sum, false),
        new("required_defence_share", "share", "Defence share the hostile powers' military potential requires (World/WorldSystem)", Aggregation.Mean, false),
        new("hostile_power_ratio", "ratio", "Hostile military potential (GDP x militarization x hostility) over the federation's GDP", Aggregation.Mean, false),
        new("federation_members", "states", "Workers' states federated with the USSR", Aggregation.Last, false),
        new("federation_population", "persons", "Population of the USSR and its federation partners", Aggregation.Mean, false),
        new("federation_gdp_per_capita", "2011 int. $", "GDP per head of the USSR and its federation partners together", Aggregation.Mean, false),
        new("technique_relative_frontier", "ratio", "Soviet GDP per head over the most advanced capitalist country's (the technique gap)", Aggregation.Mean, false),
        new("comintern_line", "code", "Comintern line in force: 0 united front, 1 subordination, 2 third period, 3 popular front", Aggregation.Last, false),
        new("faction_left", "share", "Strength of the Left (the Opposition) in the party", Aggregation.Mean, false),
        new("faction_centre", "share", "Strength of the Centre (the apparatus) in the party", Aggregation.Mean, false),
        new("faction_right", "share", "Strength of the Right in the party", Aggregation.Mean, false),
        new("party_openness", "share", "Openness of the party regime as the party's own state (Politics/Party)", Aggregation.Mean, false),
        new("procurement_crisis", "0/1", "A procurement crisis: three months' state purchases well below a year before while the harvest held", Aggregation.Sum, false),
        new("centre_turned", "0/1", "The Centre has turned against the Right (Politics/Party)", Aggregation.Last, false),
        new("party_regime_openness", "share", "Openness of the party regime in effect (the lever plus the federation's weight)", Aggregation.Mean, false),
        new("armaments", "1913 rubles", "Armaments delivered by the producer-goods department (ahead of investment)", Aggregation.Sum, false),
        new("forces_upkeep", "1913 rubles", "Consumer goods taken for the armed forces (ahead of civilians)", Aggregation.Sum, false),
        new("raw_material_factor", "share", "Consumer-goods output relative to what capacity allows, given the herds' supply of wool, leather and fats", Aggregation.Mean, false),
        new("livestock_index", "index 1913=1", "Livestock (draught animals, cattle, small livestock in cattle units) relative to 1913", Aggregation.Mean, false),
        new("industrial_workers", "persons", "Workers employed in large-scale industry", Aggregation.Mean, false),
        new("workers_and_employees", "persons", "Workers and employees: industry, construction, services, state apparatus, state agriculture", Aggregation.Mean, false),
        new("construction_workers", "persons", "Construction workers", Aggregation.Mean, false),
        new("service_workers", "persons", "Workers and employees in transport, trade and services", Aggregation.Mean, false),
        new("state_apparatus", "persons", "Employees of the state apparatus (the bureaucracy)", Aggregation.Mean, false),
        new("state_apparatus_target", "persons", "The apparatus the state's tasks call for", Aggregation.Mean, false),
        new("privilege_share", "share", "Share of consumer goods taken by the apparatus above its numbers' share", Aggregation.Mean, false),
        new("consumption_poor", "1913 rubles/person/month", "Consumption per head of poor peasants (food grain and manufactures)", Aggregation.Mean, false),
        new("consumption_middle", "1913 rubles/person/month", "Consumption per head of middle peasants", Aggregation.Mean, false),
        new("consumption_kulak", "1913 rubles/person/month", "Consumption per head of kulaks", Aggregation.Mean, false),
        new("consumption_collective_farmers", "1913 rubles/person/month", "Consumption per head of collective farmers", Aggregation.Mean, false),
        new("consumption_workers", "1913 rubles/person/month", "Consumption per head of workers' families", Aggregation.Mean, false),
        new("consumption_employees", "1913 rubles/person/month", "Consumption per head of employees' families", Aggregation.Mean, false),
        new("consumption_apparatus", "1913 rubles/person/month", "Consumption per head of the state apparatus's families", Aggregation.Mean, false),
        new("consumption_unemployed", "1913 rubles/person/month", "Consumption per head of the urban unemployed's families", Aggregation.Mean, false),
        new("consumption_per_head", "1913 rubles/person/month", "Consumption per head of the whole population", Aggregation.Mean, false),
        new("gini_consumption", "index", "Gini coefficient of consumption per head over all persons", Aggregation.Mean, false),
        new("shortage_index", "share", "Unmet demand for the countryside's manufactures and the towns' grain, share of the value demanded", Aggregation.Mean, false),
        new("real_wage", "1913 rubles/month", "A worker's real wage: the family's consumption per earner", Aggregation.Mean, false),
        new("class_share_urban", "share", "Workers, employees, officials and the urban unemployed with their families, share of the population", Aggregation.Mean, false),
        new("class_share_collective_farmers", "share", "Collective farmers with their families, share of the population", Aggregation.Mean, false),
        new("class_share_individual_peasants", "share", "Individual peasants (poor, middle and kulak), share of the population", Aggregation.Mean, false),
        new("class_share_kulaks", "share", "Kulak households' members, share of the population", Aggregation.Mean, false),
        new("urban_labour_force", "persons", "Townspeople seeking work", Aggregation.Mean, false),
        new("unemployed", "persons", "Townspeople seeking work who find no post", Aggregation.Mean, false),
        new("export_earnings", "gold rubles", "Export earnings: grain and other raw materials", Aggregation.Sum, false),
        new("grain_export_earnings", "gold rubles", "Earnings from grain exports", Aggregation.Sum, false),
        new("machinery_imports", "gold rubles", "Imports of machinery", Aggregation.Sum, false),
        new("private_imports", "gold rubles", "Consumer goods imported on private account (weakened monopoly)", Aggregation.Sum, false),
        new("capital_flight", "gold rubles", "Private money sent abroad (weakened monopoly)", Aggregation.Sum, false),
        new("gold_currency_reserves", "gold rubles", "Gold and currency reserves", Aggregation.Last, false),
        new("capacity_utilization", "share", "Share of industrial capacity in use", Aggregation.Mean, false),
        new("urban_grain_shortfall", "share", "Share of urban grain demand not met", Aggregation.Mean, false),
        new("households", "households", "Peasant households (not extinct)", Aggregation.Last, false),
        new("rural_population", "persons", "Members of peasant households", Aggregation.Last, false),
        new("urban_population", "persons", "Urban population", Aggregation.Last, false),
        new("urban_share", "share", "Urban share of the population", Aggregation.Last, false),
        new("births_rural", "persons", "Births in peasant households", Aggregation.Sum, false),
        new("deaths_rural", "persons", "Deaths in peasant households (all causes)", Aggregation.Sum, false),
        new("famine_deaths", "persons", "Deaths above the normal rate caused by hunger", Aggregation.Sum, true),
        new("migrants_to_towns", "persons", "Peasants moving to towns", Aggregation.Sum, false),
        new("annexed_population", "persons", "People of territories joining the country (1939-40: eastern Poland, the Baltic states, Bessarabia)", Aggregation.Sum, false),
        new("urban_natural_increase", "persons", "Urban births less deaths", Aggregation.Sum, false),
        new("food_ratio_rural", "ratio", "Food eaten against the norm, mean over rural persons", Aggregation.Mean, false),
        new("draught_animals", "head", "Draught animals held by peasants", Aggregation.Last, false),
        new("cattle", "head", "Cattle held by peasants", Aggregation.Last, false),
        new("small_livestock", "head", "Sheep, goats and pigs held by peasants", Aggregation.Last, false),
        new("livestock_slaughtered_for_food", "t grain eq.", "Livestock eaten because grain ran out, in grain equivalent", Aggregation.Sum, true),
        new("collectivized_share", "share", "Share of peasant households in collective farms", Aggregation.Last, false),
        new("collective_sown_area", "ha", "Area sown by collective farms (in the harvest month)", Aggregation.Sum, true),
        new("collective_draught_animals", "head", "Draught animals held by collective farms (included in draught_animals)", Aggregation.Last, false),
        new("tractors", "units", "Tractors in agriculture (stand-in path)", Aggregation.Last, false),
        new("livestock_slaughtered_on_entry", "head", "Animals slaughtered by households brought into collective farms by force", Aggregation.Sum, false),
        new("deported_persons", "persons", "Members of kulak households deported", Aggregation.Sum, false),
        new("deportees", "persons", "Persons in the special settlements (stock)", Aggregation.Last, false),
        new("sown_area", "ha", "Area sown for the coming harvest", Aggregation.Last, false),
        new("leased_land", "ha", "Land leased between households", Aggregation.Last, false),
        new("hired_labour_area", "ha", "Area worked by hired labour", Aggregation.Last, false),
        new("share_poor", "share", "Share of households classed poor (bednyak)", Aggregation.Last, false),
        new("share_middle", "share", "Share of households classed middle (serednyak)", Aggregation.Last, false),
        new("share_kulak", "share", "Share of households classed kulak", Aggregation.Last, false),
        new("kulak_sown_share", "share", "Share of all sown area on farms classed kulak", Aggregation.Last, false),
        new("gini_sown_area", "index", "Gini coefficient of sown area per household", Aggregation.Last, false),
        new("gini_sown_per_consumer", "index", "Gini coefficient of sown area per consumer unit across households (differentiation net of family size)", Aggregation.Last, false),
        new("top_decile_sown_share", "share", "Share of all sown area on the 10% of households that sow most", Aggregation.Last, false),
        new("cash_households", "1913 rubles", "Cash held by peasant households", Aggregation.Last, false),
        new("money_tax_paid", "1913 rubles", "Money tax paid by peasants", Aggregation.Sum, true),
        new("sales_revenue", "1913 rubles", "Peasants' receipts from grain sales", Aggregation.Sum, true),
    ];

    public static int Count => All.Count;

    private static readonly Dictionary<string, int> Index = All.Select((v, i) => (v.Name, i)).ToDictionary(x => x.Name, x => x.i);

    public static int IndexOf(string name) => Index.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException(name);
}

/// <summary>Indices into <see cref="Variables.All"/> for the simulation's own use.</summary>
internal static class V
{
    public static readonly int ExportEarnings = Variables.IndexOf("export_earnings");
    public static readonly int GrainExportEarnings = Variables.IndexOf("grain_export_earnings");
    public static readonly int MachineryImports = Variables.IndexOf("machinery_imports");
    public static readonly int PrivateImports = Variables.IndexOf("private_imports");
    public static readonly int CapitalFlight = Variables.IndexOf("capital_flight");
    public static readonly int Reserves = Variables.IndexOf("gold_currency_reserves");

    public static readonly int WorkersAndEmployees = Variables.IndexOf("workers_and_employees");
    public static readonly int ConstructionWorkers = Variables.IndexOf("construction_workers");
    public static readonly int ServiceWorkers = Variables.IndexOf("service_workers");
    public static readonly int StateApparatus = Variables.IndexOf("state_apparatus");
    public static readonly int StateApparatusTarget = Variables.IndexOf("state_apparatus_target");
    public static readonly int PrivilegeShare = Variables.IndexOf("privilege_share");
    public static readonly int ConsumptionPoor = Variables.IndexOf("consumption_poor");
    public static readonly int ConsumptionMiddle = Variables.IndexOf("consumption_middle");
    public static readonly int ConsumptionKulak = Variables.IndexOf("consumption_kulak");
    public static readonly int ConsumptionCollectiveFarmers = Variables.IndexOf("consumption_collective_farmers");
    public static readonly int ConsumptionWorkers = Variables.IndexOf("consumption_workers");
    public static readonly int ConsumptionEmployees = Variables.IndexOf("consumption_employees");
    public static readonly int ConsumptionApparatus = Variables.IndexOf("consumption_apparatus");
    public static readonly int ConsumptionUnemployed = Variables.IndexOf("consumption_unemployed");
    public static readonly int ConsumptionPerHead = Variables.IndexOf("consumption_per_head");
    public static readonly int GiniConsumption = Variables.IndexOf("gini_consumption");
    public static readonly int ShortageIndex = Variables.IndexOf("shortage_index");
    public static readonly int SeedAid = Variables.IndexOf("grain_seed_aid");
    public static readonly int FoodRelief = Variables.IndexOf("grain_food_relief");
    public static readonly int RealWage = Variables.IndexOf("real_wage");
    public static readonly int ClassShareUrban = Variables.IndexOf("class_share_urban");
    public static readonly int ClassShareCollectiveFarmers = Variables.IndexOf("class_share_collective_farmers");
    public static readonly int ClassShareIndividualPeasants = Variables.IndexOf("class_share_individual_peasants");
    public static readonly int ClassShareKulaks = Variables.IndexOf("class_share_kulaks");
    public static readonly int UrbanLabourForce = Variables.IndexOf("urban_labour_force");
    public static readonly int Unemployed = Variables.IndexOf("unemployed");

    public static readonly int ProducerGoodsOutput = Variables.IndexOf("producer_goods_output");
    public static readonly int ConsumerGoodsOutput = Variables.IndexOf("consumer_goods_output");
    public static readonly int IndustrialInvestment = Variables.IndexOf("industrial_investment");
    public static readonly int IndustrialWorkers = Variables.IndexOf("industrial_workers");
    public static readonly int CapacityUtilization = Variables.IndexOf("capacity_utilization");

    public static readonly int GdpIndex = Variables.IndexOf("gdp_index");
    public static readonly int GdpPerCapita = Variables.IndexOf("gdp_per_capita");
    public static readonly int AgriculturalOutput = Variables.IndexOf("agricultural_output_index");
    public static readonly int Population = Variables.IndexOf("population");

    public static readonly int CollectiveHarvest = Variables.IndexOf("collective_harvest");
    public static readonly int KolkhozDeliveries = Variables.IndexOf("kolkhoz_deliveries");
    public static readonly int MtsPayments = Variables.IndexOf("mts_payments_in_kind");
    public static readonly int Distributed = Variables.IndexOf("grain_distributed_collective");
    public static readonly int Confiscated = Variables.IndexOf("grain_confiscated");
    public static readonly int GrainStockCollective = Variables.IndexOf("grain_stock_collective");
    public static readonly int CollectivizedShare = Variables.IndexOf("collectivized_share");
    public static readonly int CollectiveSown = Variables.IndexOf("collective_sown_area");
    public static readonly int CollectiveDraught = Variables.IndexOf("collective_draught_animals");
    public static readonly int Tractors = Variables.IndexOf("tractors");
    public static readonly int SlaughterOnEntry = Variables.IndexOf("livestock_slaughtered_on_entry");
    public static readonly int DeportedPersons = Variables.IndexOf("deported_persons");
    public static readonly int Deportees = Variables.IndexOf("deportees");

    public static readonly int GrainHarvest = Variables.IndexOf("grain_harvest");
    public static readonly int SownAreaHarvested = Variables.IndexOf("sown_area_harvested");
    public static readonly int GrainYield = Variables.IndexOf("grain_yield");
    public static readonly int GrainSeed = Variables.IndexOf("grain_seed");
    public static readonly int GrainFoodRural = Variables.IndexOf("grain_food_rural");
    public static readonly int GrainFodder = Variables.IndexOf("grain_fodder");
    public static readonly int GrainLosses = Variables.IndexOf("grain_losses");
    public static readonly int GrainSalesState = Variables.IndexOf("grain_sales_state");
    public static readonly int GrainSalesMarket = Variables.IndexOf("grain_sales_market");
    public static readonly int GrainForced = Variables.IndexOf("grain_forced_procurement");
    public static readonly int GrainTaxInKind = Variables.IndexOf("grain_tax_in_kind");
    public static readonly int GrainMarketed = Variables.IndexOf("grain_marketed");
    public static readonly int GrainProcurement = Variables.IndexOf("grain_procurement");
    public static readonly int GrainBoughtRural = Variables.IndexOf("grain_bought_rural");
    public static readonly int GrainStockTraders = Variables.IndexOf("grain_stock_traders");
    public static readonly int GrainExports = Variables.IndexOf("grain_exports");
    public static readonly int GrainUrbanConsumption = Variables.IndexOf("grain_urban_consumption");
    public static readonly int GrainStockHouseholds = Variables.IndexOf("grain_stock_households");
    public static readonly int GrainStockState = Variables.IndexOf("grain_stock_state");
    public static readonly int GrainMarketPrice = Variables.IndexOf("grain_market_price");
    public static readonly int GrainProcurementPrice = Variables.IndexOf("grain_procurement_price");
    public static readonly int AgriculturalPrice = Variables.IndexOf("agricultural_price_index");
    public static readonly int IndustrialPrice = Variables.IndexOf("industrial_price_index");
    public static readonly int PriceRatio = Variables.IndexOf("price_ratio_industry_agriculture");
    public static readonly int Incentive = Variables.IndexOf("marketing_incentive");
    public static readonly int Availability = Variables.IndexOf("manufactures_availability");
    public static readonly int ManufacturesBought = Variables.IndexOf("manufactures_bought_rural");
    public static readonly int IndustrialOutput = Variables.IndexOf("industrial_output_index");
    public static readonly int UrbanShortfall = Variables.IndexOf("urban_grain_shortfall");
    public static readonly int Households = Variables.IndexOf("households");
    public static readonly int RuralPopulation = Variables.IndexOf("rural_population");
    public static readonly int UrbanPopulation = Variables.IndexOf("urban_population");
    public static readonly int UrbanShare = Variables.IndexOf("urban_share");
    public static readonly int Births = Variables.IndexOf("births_rural");
    public static readonly int Deaths = Variables.IndexOf("deaths_rural");
    public static readonly int FamineDeaths = Variables.IndexOf("famine_deaths");
    public static readonly int Migrants = Variables.IndexOf("migrants_to_towns");
    public static readonly int DefenceSpending = Variables.IndexOf("defence_spending");
    public static readonly int DefenceShare = Variables.IndexOf("defence_share");
    public static readonly int RequiredDefenceShare = Variables.IndexOf("required_defence_share");
    public static readonly int ArmedForces = Variables.IndexOf("armed_forces");
    public static readonly int GrainArmy = Variables.IndexOf("grain_army");
    public static readonly int WarDeaths = Variables.IndexOf("war_deaths");
    public static readonly int ExcessDeathsTowns = Variables.IndexOf("excess_deaths_towns");
    public static readonly int DeporteeDeaths = Variables.IndexOf("deportee_deaths");
    public static readonly int DeporteeBirths = Variables.IndexOf("deportee_births");
    public static readonly int HostilePowerRatio = Variables.IndexOf("hostile_power_ratio");
    public static readonly int FederationMembers = Variables.IndexOf("federation_members");
    public static readonly int FederationPopulation = Variables.IndexOf("federation_population");
    public static readonly int FederationGdpPerCapita = Variables.IndexOf("federation_gdp_per_capita");
    public static readonly int TechniqueRelativeFrontier = Variables.IndexOf("technique_relative_frontier");
    public static readonly int CominternLine = Variables.IndexOf("comintern_line");
    public static readonly int PartyRegimeOpenness = Variables.IndexOf("party_regime_openness");
    public static readonly int FactionLeft = Variables.IndexOf("faction_left");
    public static readonly int FactionCentre = Variables.IndexOf("faction_centre");
    public static readonly int FactionRight = Variables.IndexOf("faction_right");
    public static readonly int PartyOpenness = Variables.IndexOf("party_openness");
    public static readonly int ProcurementCrisis = Variables.IndexOf("procurement_crisis");
    public static readonly int CentreTurned = Variables.IndexOf("centre_turned");
    public static readonly int Armaments = Variables.IndexOf("armaments");
    public static readonly int ForcesUpkeep = Variables.IndexOf("forces_upkeep");
    public static readonly int RawMaterialFactor = Variables.IndexOf("raw_material_factor");
    public static readonly int LivestockIndex = Variables.IndexOf("livestock_index");
    public static readonly int AnnexedPopulation = Variables.IndexOf("annexed_population");
    public static readonly int UrbanNatural = Variables.IndexOf("urban_natural_increase");
    public static readonly int FoodRatio = Variables.IndexOf("food_ratio_rural");
    public static readonly int DraughtAnimals = Variables.IndexOf("draught_animals");
    public static readonly int Cattle = Variables.IndexOf("cattle");
    public static readonly int SmallLivestock = Variables.IndexOf("small_livestock");
    public static readonly int Slaughter = Variables.IndexOf("livestock_slaughtered_for_food");
    public static readonly int SownArea = Variables.IndexOf("sown_area");
    public static readonly int LeasedLand = Variables.IndexOf("leased_land");
    public static readonly int HiredLabour = Variables.IndexOf("hired_labour_area");
    public static readonly int SharePoor = Variables.IndexOf("share_poor");
    public static readonly int ShareMiddle = Variables.IndexOf("share_middle");
    public static readonly int ShareKulak = Variables.IndexOf("share_kulak");
    public static readonly int KulakSown = Variables.IndexOf("kulak_sown_share");
    public static readonly int GiniSown = Variables.IndexOf("gini_sown_area");
    public static readonly int GiniSownPerConsumer = Variables.IndexOf("gini_sown_per_consumer");
    public static readonly int TopDecileSown = Variables.IndexOf("top_decile_sown_share");
    public static readonly int CashHouseholds = Variables.IndexOf("cash_households");
    public static readonly int MoneyTax = Variables.IndexOf("money_tax_paid");
    public static readonly int SalesRevenue = Variables.IndexOf("sales_revenue");
}
