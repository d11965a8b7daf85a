using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;

namespace OneCountry.Model.Country;

/// <summary>One declared output: its name, unit, meaning and aggregation, and how it is read off
/// the month's state and ledger (Mesa's model reporters, Agents.jl's <c>mdata</c>).</summary>
public sealed record Output(VariableSpec Spec, Func<CountryState, MonthLedger, double> Read)
{
    public Output(string name, string unit, string meaning, Aggregation yearly, bool byCropYear, Func<CountryState, MonthLedger, double> read)
        : this(new VariableSpec(name, unit, meaning, yearly, byCropYear), read) { }
}

/// <summary>
/// The outputs of the Soviet economy, one line each, in the order of the output files. Observation
/// is declared, not coded into the processes: after the month's last process the driver reads
/// every output once (<see cref="Simulation"/>), and the experiment layer aggregates and writes
/// them. Adding an output is adding a line here. Values are real (persons, tonnes, rubles):
/// per-row ledger values are scaled by <see cref="CountryState.RealPerRow"/> in the reader.
/// </summary>
public static class Outputs
{
    public static IReadOnlyList<Output> All { get; } =
    [
        new("grain_harvest", "t", "Grain harvested by peasant households", Aggregation.Sum, true, static (c, l) => (l.Harvest.Peasant + l.Harvest.Collective) * c.RealPerRow),
        new("sown_area_harvested", "ha", "Area harvested (recorded in the harvest month)", Aggregation.Sum, true, static (c, l) => (l.Harvest.PeasantArea + l.Harvest.CollectiveSown) * c.RealPerRow),
        new("grain_yield", "t/ha", "Harvest per harvested hectare (harvest month)", Aggregation.Sum, true, static (c, l) => l.Harvest.PeasantArea + l.Harvest.CollectiveSown > 0 ? (l.Harvest.Peasant + l.Harvest.Collective) / (l.Harvest.PeasantArea + l.Harvest.CollectiveSown) : 0),
        new("grain_seed", "t", "Grain sown as seed", Aggregation.Sum, true, static (c, l) => (l.Sowing.Seed + l.Sowing.CollectiveSeed) * c.RealPerRow),
        new("grain_food_rural", "t", "Grain eaten by peasant households", Aggregation.Sum, true, static (c, l) => l.Settlement.Food * c.RealPerRow),
        new("grain_fodder", "t", "Grain fed to livestock", Aggregation.Sum, true, static (c, l) => (l.Settlement.Fodder + l.PoolFodder) * c.RealPerRow),
        new("grain_losses", "t", "Grain lost in storage", Aggregation.Sum, true, static (c, l) => (l.Settlement.Losses + l.PoolLosses) * c.RealPerRow),
        new("grain_sales_state", "t", "Voluntary sales to state and cooperative agencies", Aggregation.Sum, true, static (c, l) => l.Procurement.ToState),
        new("grain_sales_market", "t", "Sales to private traders", Aggregation.Sum, true, static (c, l) => l.Procurement.ToMarket),
        new("grain_forced_procurement", "t", "Grain taken by extraordinary measures at the procurement price", Aggregation.Sum, true, static (c, l) => l.Market.Forced),
        new("procurement_enforcement_applied", "share", "Share of the marketable surplus taken by force this month, after easing as the state's stock nears its ceiling", Aggregation.Mean, false, static (c, l) => l.HouseholdInputs.Enforcement),
        new("grain_tax_in_kind", "t", "Tax paid in grain (prodnalog)", Aggregation.Sum, true, static (c, l) => l.Harvest.TaxInKind * c.RealPerRow),
        new("grain_marketed", "t", "Grain leaving the peasant economy: sales, forced procurement and tax in kind", Aggregation.Sum, true, static (c, l) => l.Procurement.ToState + l.Procurement.ToMarket + l.Market.Forced + l.Harvest.TaxInKind * c.RealPerRow + l.Market.FromCollectives),
        new("grain_procurement", "t", "Grain received by the state: sales to it, forced procurement and tax in kind", Aggregation.Sum, true, static (c, l) => l.Procurement.Total),
        new("grain_bought_rural", "t", "Grain bought from private traders by peasant households short of food", Aggregation.Sum, true, static (c, l) => l.Procurement.RuralBought),
        new("grain_stock_traders", "t", "Grain held by private traders (end of month)", Aggregation.Last, true, static (c, l) => c.Grain.Traders),
        new("grain_exports", "t", "State grain exports", Aggregation.Sum, true, static (c, l) => l.Disposal.Exports),
        new("grain_urban_consumption", "t", "Grain consumed by towns and non-farm buyers", Aggregation.Sum, true, static (c, l) => l.UrbanConsumption),
        new("livestock_food_urban", "t grain eq.", "Meat and milk that reached the towns (the households' marketed share, the collective farms' herds), at their food value in grain", Aggregation.Sum, true, static (c, l) => l.UrbanLivestockFood),
        new("grain_army", "t", "Grain the army draws from the state's stock (bread and fodder)", Aggregation.Sum, true, static (c, l) => l.Disposal.Army),
        new("collective_harvest", "t", "Grain harvested by collective farms (included in grain_harvest)", Aggregation.Sum, true, static (c, l) => l.Harvest.Collective * c.RealPerRow),
        new("kolkhoz_deliveries", "t", "Compulsory deliveries of collective farms to the state", Aggregation.Sum, true, static (c, l) => l.Harvest.Deliveries * c.RealPerRow),
        new("mts_payments_in_kind", "t", "Grain paid by collective farms to the machine-tractor stations", Aggregation.Sum, true, static (c, l) => l.Harvest.MtsPayment * c.RealPerRow),
        new("grain_distributed_collective", "t", "Grain shared among collective farmers by labour days", Aggregation.Sum, true, static (c, l) => l.Harvest.DistributedGrain * c.RealPerRow),
        new("grain_confiscated", "t", "Grain confiscated from deported households", Aggregation.Sum, true, static (c, l) => l.Membership.ConfiscatedGrain * c.RealPerRow),
        new("grain_seed_aid", "t", "Seed the state gives collective farms short of it in April", Aggregation.Sum, true, static (c, l) => l.Sowing.SeedAid * c.RealPerRow),
        new("grain_food_relief", "t", "Food grain the state lends to hungry households", Aggregation.Sum, true, static (c, l) => l.Relief * c.RealPerRow),
        new("grain_stock_collective", "t", "Grain held by collective farms (seed, fodder)", Aggregation.Last, true, static (c, l) => c.Rural.Farms.TotalGrain * c.RealPerRow),
        new("grain_stock_households", "t", "Grain held by peasant households (end of month)", Aggregation.Last, true, static (c, l) => c.Rural.Grain * c.RealPerRow),
        new("grain_stock_state", "t", "Grain held by the state (end of month)", Aggregation.Last, true, static (c, l) => c.Grain.State),
        new("grain_reserve_untouchable", "t", "The state's grain held in the untouchable funds (end of month)", Aggregation.Last, true, static (c, l) => Math.Min(c.Grain.State, l.Plan.Untouchable)),
        new("grain_export_plan_left", "t", "What the year's export plan has still to ship after this month (end of month)", Aggregation.Last, true, static (c, l) => Math.Max(0, l.Policy.GrainExportTarget * 1e6 - c.Grain.ExportedThisYear)),
        new("grain_market_price", "index 1913=1", "Private-market grain price", Aggregation.Mean, false, static (c, l) => c.Grain.Prices.MarketPrice),
        new("grain_procurement_price", "index 1913=1", "State procurement price of grain", Aggregation.Mean, false, static (c, l) => l.Prices.ProcurementPrice),
        new("agricultural_price_index", "index 1913=1", "Price peasants receive for grain (state and market, by the state's share of purchases)", Aggregation.Mean, false, static (c, l) => c.Grain.Prices.RealisedPrice),
        new("industrial_price_index", "index 1913=1", "Price of manufactures", Aggregation.Mean, false, static (c, l) => l.Industry.PriceIndex),
        new("price_ratio_industry_agriculture", "ratio", "Industrial over agricultural price index (the scissors)", Aggregation.Mean, false, static (c, l) => l.Industry.PriceIndex / c.Grain.Prices.RealisedPrice),
        new("marketing_incentive", "ratio", "What a tonne of grain sold buys in manufactures, discounted by their availability (1913 = 1)", Aggregation.Mean, false, static (c, l) => l.Prices.Incentive),
        new("manufactures_availability", "share", "Share of the countryside's demand for manufactures that can be bought", Aggregation.Mean, false, static (c, l) => l.HouseholdInputs.Availability),
        new("manufactures_bought_rural", "1913 rubles", "Manufactures bought by peasant households, at 1913 prices", Aggregation.Sum, true, static (c, l) => l.Settlement.SpentManufactures * c.RealPerRow / l.Industry.PriceIndex),
        new("gdp_index", "index 1913=1", "National output, 1913 weights", Aggregation.Mean, false, static (c, l) => l.National.GdpIndex),
        new("gdp_per_capita", "2011 int. $", "GDP per head (Maddison's 1913 level times the output index per head)", Aggregation.Mean, false, static (c, l) => l.National.GdpPerCapita),
        new("agricultural_output_index", "index 1913=1", "Agricultural output: grain (latest harvest) and livestock", Aggregation.Mean, false, static (c, l) => l.National.Agriculture),
        new("population", "persons", "Total population: rural, urban and deportees", Aggregation.Last, false, static (c, l) => l.National.Population),
        new("industrial_output_index", "index 1913=1", "Large-scale industrial output (1913 weights of the two departments)", Aggregation.Mean, false, static (c, l) => l.Industry.Output),
        new("producer_goods_output", "index 1913=1", "Output of producer goods (group A)", Aggregation.Mean, false, static (c, l) => c.Economy.Industry.ProducerOutput),
        new("consumer_goods_output", "index 1913=1", "Output of consumer goods (group B)", Aggregation.Mean, false, static (c, l) => c.Economy.Industry.ConsumerOutput),
        new("industrial_investment", "1913 rubles", "Investment in industry", Aggregation.Sum, false, static (c, l) => c.Economy.Industry.LastInvestment),
        new("defence_spending", "1913 rubles", "Defence outlays: the defence share of national income", Aggregation.Sum, false, static (c, l) => l.Defence.Spending),
        new("defence_share", "share", "Share of national income spent on defence (the lever, or the threat's requirement when defence_follows_threat is on)", Aggregation.Mean, false, static (c, l) => l.Defence.Share),
        new("armed_forces", "persons", "Men under arms (taken out of the towns' labour force)", Aggregation.Mean, false, static (c, l) => c.Defence.ArmedForces),
        new("war_deaths", "persons", "Deaths in a war the USSR fights (scripted)", Aggregation.Sum, false, static (c, l) => l.Towns.WarDeaths),
        new("excess_deaths_towns", "persons", "Scripted excess deaths in the towns (their rural part is among deaths_rural)", Aggregation.Sum, false, static (c, l) => l.Towns.ExcessDeaths),
        new("deportee_deaths", "persons", "Deaths in the special settlements", Aggregation.Sum, false, static (c, l) => l.Towns.DeporteeDeaths),
        new("deportee_births", "persons", "Births in the special settlements", Aggregation.Sum, false, static (c, l) => l.Towns.DeporteeBirths),
        new("required_defence_share", "share", "Defence share the hostile powers' military potential requires (World/WorldSystem)", Aggregation.Mean, false, static (c, l) => l.World.RequiredDefenceShare),
        new("hostile_power_ratio", "ratio", "Hostile military potential (GDP x militarization x hostility) over the federation's GDP", Aggregation.Mean, false, static (c, l) => l.World.HostilePowerRatio),
        new("federation_members", "states", "Workers' states federated with the USSR", Aggregation.Last, false, static (c, l) => l.World.FederationMembers),
        new("federation_population", "persons", "Population of the USSR and its federation partners", Aggregation.Mean, false, static (c, l) => l.National.Population + l.World.FederationPopulation),
        new("federation_gdp_per_capita", "2011 int. $", "GDP per head of the USSR and its federation partners together", Aggregation.Mean, false, static (c, l) => (c.World.UssrGdp + l.World.FederationGdp) / (l.National.Population + l.World.FederationPopulation)),
        new("technique_relative_frontier", "ratio", "Soviet GDP per head over the most advanced capitalist country's (the technique gap)", Aggregation.Mean, false, static (c, l) => l.World.FrontierGdpPerCapita > 0 ? c.World.UssrGdpPerCapita / l.World.FrontierGdpPerCapita : double.NaN),
        new("comintern_line", "code", "Comintern line in force: 0 united front, 1 subordination, 2 third period, 3 popular front", Aggregation.Last, false, static (c, l) => (int)l.Policy.CominternLine),
        new("faction_left", "share", "Strength of the Left (the Opposition) in the party", Aggregation.Mean, false, static (c, l) => c.Politics.Party.Strength[0]),
        new("faction_centre", "share", "Strength of the Centre (the apparatus) in the party", Aggregation.Mean, false, static (c, l) => c.Politics.Party.Strength[1]),
        new("faction_right", "share", "Strength of the Right in the party", Aggregation.Mean, false, static (c, l) => c.Politics.Party.Strength[2]),
        new("party_openness", "share", "Openness of the party regime as the party's own state (Politics/Party)", Aggregation.Mean, false, static (c, l) => c.Politics.Party.Openness),
        new("procurement_crisis", "0/1", "A procurement crisis: three months' state purchases well below a year before while the harvest held", Aggregation.Sum, false, static (c, l) => l.Crisis ? 1 : 0),
        new("centre_turned", "0/1", "The Centre has turned against the Right (Politics/Party)", Aggregation.Last, false, static (c, l) => c.Politics.Party.CentreTurned ? 1 : 0),
        new("party_regime_openness", "share", "Openness of the party regime in effect (the lever plus the federation's weight)", Aggregation.Mean, false, static (c, l) => l.Defence.Openness),
        new("armaments", "1913 rubles", "Armaments delivered by the producer-goods department (ahead of investment)", Aggregation.Sum, false, static (c, l) => c.Economy.Industry.LastArmaments),
        new("forces_upkeep", "1913 rubles", "Consumer goods taken for the armed forces (ahead of civilians)", Aggregation.Sum, false, static (c, l) => l.Industry.Upkeep),
        new("raw_material_factor", "share", "Consumer-goods output relative to what capacity allows, given the herds' supply of wool, leather and fats", Aggregation.Mean, false, static (c, l) => c.Economy.Industry.RawMaterialFactor),
        new("livestock_index", "index 1913=1", "Livestock products (meat and milk of the last twelve months at 1913 relative prices) relative to 1913", Aggregation.Mean, false, static (c, l) => c.Economy.LivestockIndex),
        new("industrial_workers", "persons", "Workers employed in large-scale industry", Aggregation.Mean, false, static (c, l) => l.Jobs.Industry),
        new("workers_and_employees", "persons", "Workers and employees: industry, construction, services, state apparatus, state agriculture", Aggregation.Mean, false, static (c, l) => l.Jobs.Total),
        new("construction_workers", "persons", "Construction workers", Aggregation.Mean, false, static (c, l) => l.Jobs.Construction),
        new("service_workers", "persons", "Workers and employees in transport, trade and services", Aggregation.Mean, false, static (c, l) => l.Jobs.Services),
        new("state_apparatus", "persons", "Employees of the state apparatus (the bureaucracy)", Aggregation.Mean, false, static (c, l) => c.Society.Bureaucracy.Numbers),
        new("state_apparatus_target", "persons", "The apparatus the state's tasks call for", Aggregation.Mean, false, static (c, l) => c.Society.Bureaucracy.Target),
        new("privilege_share", "share", "Share of consumer goods taken by the apparatus above its numbers' share", Aggregation.Mean, false, static (c, l) => c.Society.Bureaucracy.PrivilegeShare),
        new("consumption_poor", "1913 rubles/person/month", "Consumption per head of poor peasants (food grain and manufactures)", Aggregation.Mean, false, static (c, l) => l.Distribution.Poor),
        new("consumption_middle", "1913 rubles/person/month", "Consumption per head of middle peasants", Aggregation.Mean, false, static (c, l) => l.Distribution.Middle),
        new("consumption_kulak", "1913 rubles/person/month", "Consumption per head of kulaks", Aggregation.Mean, false, static (c, l) => l.Distribution.Kulak),
        new("consumption_collective_farmers", "1913 rubles/person/month", "Consumption per head of collective farmers", Aggregation.Mean, false, static (c, l) => l.Distribution.CollectiveFarmers),
        new("consumption_workers", "1913 rubles/person/month", "Consumption per head of workers' families", Aggregation.Mean, false, static (c, l) => l.Distribution.Workers),
        new("consumption_employees", "1913 rubles/person/month", "Consumption per head of employees' families", Aggregation.Mean, false, static (c, l) => l.Distribution.Employees),
        new("consumption_apparatus", "1913 rubles/person/month", "Consumption per head of the state apparatus's families", Aggregation.Mean, false, static (c, l) => l.Distribution.Apparatus),
        new("consumption_unemployed", "1913 rubles/person/month", "Consumption per head of the urban unemployed's families", Aggregation.Mean, false, static (c, l) => l.Distribution.Unemployed),
        new("consumption_per_head", "1913 rubles/person/month", "Consumption per head of the whole population", Aggregation.Mean, false, static (c, l) => l.Distribution.PerHead),
        new("gini_consumption", "index", "Gini coefficient of consumption per head over all persons", Aggregation.Mean, false, static (c, l) => l.Distribution.Gini),
        new("shortage_index", "share", "Unmet demand for the countryside's manufactures and the towns' grain, share of the value demanded", Aggregation.Mean, false, static (c, l) => l.Distribution.ShortageIndex),
        new("real_wage", "1913 rubles/month", "A worker's real wage: the family's consumption per earner", Aggregation.Mean, false, static (c, l) => l.Distribution.RealWage),
        new("class_share_urban", "share", "Workers, employees, officials and the urban unemployed with their families, share of the population", Aggregation.Mean, false, static (c, l) => l.Distribution.ShareUrbanClasses),
        new("class_share_collective_farmers", "share", "Collective farmers with their families, share of the population", Aggregation.Mean, false, static (c, l) => l.Distribution.ShareCollectiveFarmers),
        new("class_share_individual_peasants", "share", "Individual peasants (poor, middle and kulak), share of the population", Aggregation.Mean, false, static (c, l) => l.Distribution.ShareIndividualPeasants),
        new("class_share_kulaks", "share", "Kulak households' members, share of the population", Aggregation.Mean, false, static (c, l) => l.Distribution.ShareKulaks),
        new("urban_labour_force", "persons", "Townspeople seeking work", Aggregation.Mean, false, static (c, l) => l.Jobs.LabourForce),
        new("unemployed", "persons", "Townspeople seeking work who find no post", Aggregation.Mean, false, static (c, l) => l.Jobs.Unemployed),
        new("export_earnings", "gold rubles", "Export earnings: grain and other raw materials", Aggregation.Sum, false, static (c, l) => l.Trade.GrainExportRevenue + l.Trade.OtherExports),
        new("grain_export_earnings", "gold rubles", "Earnings from grain exports", Aggregation.Sum, false, static (c, l) => l.Trade.GrainExportRevenue),
        new("machinery_imports", "gold rubles", "Imports of machinery", Aggregation.Sum, false, static (c, l) => l.Trade.MachineryImports),
        new("private_imports", "gold rubles", "Consumer goods imported on private account (weakened monopoly)", Aggregation.Sum, false, static (c, l) => l.Trade.PrivateImports),
        new("capital_flight", "gold rubles", "Private money sent abroad (weakened monopoly)", Aggregation.Sum, false, static (c, l) => l.Trade.CapitalFlight),
        new("gold_currency_reserves", "gold rubles", "Gold and currency reserves", Aggregation.Last, false, static (c, l) => l.Trade.Reserves),
        new("capacity_utilization", "share", "Share of industrial capacity in use", Aggregation.Mean, false, static (c, l) => c.Economy.Industry.Utilization),
        new("urban_grain_shortfall", "share", "Share of urban grain demand not met", Aggregation.Mean, false, static (c, l) => l.UrbanShortfall),
        new("households", "households", "Peasant households (not extinct)", Aggregation.Last, false, static (c, l) => c.Rural.ActiveHouseholds * c.RealPerRow),
        new("rural_population", "persons", "Members of peasant households", Aggregation.Last, false, static (c, l) => c.Rural.Population * c.RealPerRow),
        new("urban_population", "persons", "Urban population", Aggregation.Last, false, static (c, l) => c.Towns.UrbanPopulation),
        new("urban_share", "share", "Urban share of the population", Aggregation.Last, false, static (c, l) => c.Towns.UrbanPopulation / (c.Towns.UrbanPopulation + c.Rural.Population * c.RealPerRow)),
        new("births_rural", "persons", "Births in peasant households", Aggregation.Sum, false, static (c, l) => l.Countryside.Births * c.RealPerRow),
        new("deaths_rural", "persons", "Deaths in peasant households (all causes)", Aggregation.Sum, false, static (c, l) => l.Countryside.Deaths * c.RealPerRow),
        new("famine_deaths", "persons", "Deaths above the normal rate caused by hunger", Aggregation.Sum, true, static (c, l) => l.Settlement.FamineDeaths * c.RealPerRow),
        new("rural_hungry", "persons", "Rural people in households whose food this month fell below the subsistence share (where famine deaths begin)", Aggregation.Mean, true, static (c, l) => l.Hungry.Persons * c.RealPerRow),
        new("migrants_to_towns", "persons", "Peasants moving to towns", Aggregation.Sum, false, static (c, l) => l.Towns.Migrants),
        new("annexed_population", "persons", "People of territories joining the country (1939-40: eastern Poland, the Baltic states, Bessarabia)", Aggregation.Sum, false, static (c, l) => c.Towns.AnnexedThisMonth),
        new("urban_natural_increase", "persons", "Urban births less deaths", Aggregation.Sum, false, static (c, l) => l.Towns.Natural),
        new("food_ratio_rural", "ratio", "Food eaten against the norm, mean over rural persons", Aggregation.Mean, false, static (c, l) => l.Countryside.MembersBefore > 0 ? l.Settlement.FoodRatioWeighted / l.Countryside.MembersBefore : 1),
        new("draught_animals", "head", "Draught animals held by peasants", Aggregation.Last, false, static (c, l) => (l.Settlement.Draught + c.Rural.Farms.TotalDraught) * c.RealPerRow),
        new("cattle", "head", "Cattle held by peasant households and collective farms (the year's value: after the autumn slaughter, the count of 1 January next)", Aggregation.Last, false, static (c, l) => (l.Settlement.Cattle + c.Rural.Farms.TotalCattle) * c.RealPerRow),
        new("cows", "head", "Cows (cow_share of the cattle)", Aggregation.Last, false, static (c, l) => (l.Settlement.Cattle + c.Rural.Farms.TotalCattle) * c.P.CowShare * c.RealPerRow),
        new("pigs", "head", "Pigs held by peasant households and collective farms", Aggregation.Last, false, static (c, l) => (l.Settlement.Pigs + c.Rural.Farms.TotalPigs) * c.RealPerRow),
        new("sheep_goats", "head", "Sheep and goats held by peasant households and collective farms", Aggregation.Last, false, static (c, l) => (l.Settlement.Sheep + c.Rural.Farms.TotalSheep) * c.RealPerRow),
        new("collective_cattle", "head", "Socialised cattle of the collective farms (included in cattle)", Aggregation.Last, false, static (c, l) => c.Rural.Farms.TotalCattle * c.RealPerRow),
        new("livestock_units", "LU", "The herds in livestock units (horse 1, cattle 0.8, pig 0.3, sheep or goat 0.1)", Aggregation.Last, false, static (c, l) => (Herds.Units(l.Settlement.Draught, l.Settlement.Cattle, l.Settlement.Pigs, l.Settlement.Sheep) + c.Rural.Farms.TotalUnits) * c.RealPerRow),
        new("fodder_capacity", "LU", "Livestock units the year's hay, straw and pasture carry at the full ration: the households' land (or plots) and the collective farms' at their care", Aggregation.Last, false, static (c, l) => (l.Settlement.FodderCapacity + l.Pool.Capacity) * c.RealPerRow),
        new("livestock_want_deaths", "LU", "Animals dead for want of fodder, in livestock units", Aggregation.Sum, false, static (c, l) => (l.Settlement.WantDeathUnits + l.Pool.WantDeathUnits) * c.RealPerRow),
        new("meat_output", "t", "Meat (slaughter weight): offtake, the autumn and hunger slaughter, slaughter on entry to the collective farms", Aggregation.Sum, false, static (c, l) => MeatOutput(c, l) * c.RealPerRow),
        new("milk_output", "t", "Milk from the cows of households and collective farms", Aggregation.Sum, false, static (c, l) => (l.Settlement.Milk + l.Pool.Milk) * c.RealPerRow),
        new("nongrain_food_rural", "t grain eq.", "Milk, meat and garden food eaten by peasant households, in grain equivalent", Aggregation.Sum, false, static (c, l) => l.Settlement.NongrainFood * c.RealPerRow),
        new("livestock_slaughtered_for_food", "t grain eq.", "Livestock eaten because grain ran out, in grain equivalent", Aggregation.Sum, true, static (c, l) => l.Settlement.Slaughter * c.RealPerRow),
        new("collectivized_share", "share", "Share of peasant households in collective farms", Aggregation.Last, false, static (c, l) => c.Rural.CollectivizedShare),
        new("collective_sown_area", "ha", "Area sown by collective farms (in the harvest month)", Aggregation.Sum, true, static (c, l) => l.Harvest.CollectiveSown * c.RealPerRow),
        new("collective_draught_animals", "head", "Draught animals held by collective farms (included in draught_animals)", Aggregation.Last, false, static (c, l) => c.Rural.Farms.TotalDraught * c.RealPerRow),
        new("tractors", "units", "Tractors in agriculture (stand-in path)", Aggregation.Last, false, static (c, l) => l.Tractors),
        new("livestock_slaughtered_on_entry", "head", "Animals slaughtered by households brought into collective farms by force", Aggregation.Sum, false, static (c, l) => (l.Membership.SlaughterDraught + l.Membership.SlaughterCattle + l.Membership.SlaughterPigs + l.Membership.SlaughterSheep) * c.RealPerRow),
        new("deported_persons", "persons", "Members of kulak households deported", Aggregation.Sum, false, static (c, l) => l.Membership.DeportedPersons * c.RealPerRow),
        new("deported_households", "households", "Kulak households deported (families)", Aggregation.Sum, false, static (c, l) => l.Membership.DeportedHouseholds * c.RealPerRow),
        new("deportees", "persons", "Persons in the special settlements (stock)", Aggregation.Last, false, static (c, l) => c.Towns.Deportees),
        new("sown_area", "ha", "Area sown for the coming harvest", Aggregation.Last, false, static (c, l) => c.Rural.SownArea * c.RealPerRow),
        new("leased_land", "ha", "Land leased between households", Aggregation.Last, false, static (c, l) => c.Rural.Leased * c.RealPerRow),
        new("hired_labour_area", "ha", "Area worked by hired labour", Aggregation.Last, false, static (c, l) => c.Rural.Hired * c.RealPerRow),
        new("share_poor", "share", "Share of households classed poor (bednyak)", Aggregation.Last, false, static (c, l) => c.Rural.SharePoor),
        new("share_middle", "share", "Share of households classed middle (serednyak)", Aggregation.Last, false, static (c, l) => c.Rural.ShareMiddle),
        new("share_kulak", "share", "Share of households classed kulak", Aggregation.Last, false, static (c, l) => c.Rural.ShareKulak),
        new("kulak_sown_share", "share", "Share of all sown area on farms classed kulak", Aggregation.Last, false, static (c, l) => c.Rural.KulakSown),
        new("gini_sown_area", "index", "Gini coefficient of sown area per household", Aggregation.Last, false, static (c, l) => c.Rural.GiniSown),
        new("gini_sown_per_consumer", "index", "Gini coefficient of sown area per consumer unit across households (differentiation net of family size)", Aggregation.Last, false, static (c, l) => c.Rural.GiniSownPerConsumer),
        new("top_decile_sown_share", "share", "Share of all sown area on the 10% of households that sow most", Aggregation.Last, false, static (c, l) => c.Rural.TopDecileSown),
        new("cash_households", "1913 rubles", "Cash held by peasant households", Aggregation.Last, false, static (c, l) => c.Rural.Cash * c.RealPerRow),
        new("money_tax_paid", "1913 rubles", "Money tax paid by peasants", Aggregation.Sum, true, static (c, l) => l.Settlement.TaxPaid * c.RealPerRow),
        new("sales_revenue", "1913 rubles", "Peasants' receipts from grain sales", Aggregation.Sum, true, static (c, l) => (l.Settlement.Revenue + l.Offers.ForcedRevenue) * c.RealPerRow),
    ];

    /// <summary>The month's meat, slaughter weight (simulated rows): the households' offtake and
    /// autumn slaughter, the hunger slaughter (grain equivalent back to meat), the pooled herds'
    /// offtake, and the animals slaughtered on entry (horses as cattle).</summary>
    public static double MeatOutput(CountryState c, MonthLedger l)
    {
        return l.Settlement.Meat + l.Settlement.Slaughter / c.P.MeatGrainEquivalent + l.Pool.Meat + EntryMeat(c, l);
    }

    /// <summary>Meat of the animals slaughtered on entry into collective farms (per simulated row; horses as cattle).</summary>
    public static double EntryMeat(CountryState c, MonthLedger l)
    {
        var (p, m) = (c.P, l.Membership);
        return (m.SlaughterDraught + m.SlaughterCattle) * p.CattleSlaughterWeight + m.SlaughterPigs * p.PigSlaughterWeight + m.SlaughterSheep * p.SheepSlaughterWeight;
    }
}
