using OneCountry.Model.Country.Processes;
using OneCountry.Model.Engine;

namespace OneCountry.Model.Country;

/// <summary>
/// The month of the Soviet economy, on one screen: the ordered list of named processes the
/// driver runs (<see cref="Simulation.Step"/> is a loop over it). Each process reads the state
/// and the ledger slots of the processes before it and writes its own; docs/model.md §3 is
/// generated from this list. Adding a process is one file (its adapter) and one line here.
/// </summary>
public static class MonthlySchedule
{
    private const int Every = Process<CountryState, MonthLedger>.Every, April = 4, August = 8, October = 10;

    public static IReadOnlyList<Process<CountryState, MonthLedger>> Processes { get; } =
    [
        new("scenario_events", Every, "Scripted events dated this month: war scares, wars, annexations, excess deaths, other countries' events, Lenin's incapacity.", DriverProcesses.ScenarioEvents),
        new("weather", August, "The harvest's weather by zone, drawn with correlated shocks or scripted.", DriverProcesses.Weather),
        new("policy", Every, "The levers in force: the scenario's timeline, or the platform of the faction in power.", DriverProcesses.Policy),
        new("world", Every, "The capitalist economies, the revolutionary windows, the federation and the encirclement, seeing last month's USSR.", WorldProcesses.World),
        new("defence", Every, "The defence share (the lever's or the threat's, plus a war surge) and what the federation gives.", EconomyProcesses.Defence),
        new("open_accounts", Every, "The stocks at the month's opening, for the balances.", DriverProcesses.OpenAccounts),
        new("industry", Every, "Industry's output, investment (Feldman's split) and capacity; the price of manufactures and what reaches countryside and towns.", EconomyProcesses.Industry),
        new("prices", Every, "The state's price, the price peasants expect and the marketing incentive.", EconomyProcesses.Prices),
        new("tractors", Every, "Tractors made at home and bought abroad.", EconomyProcesses.Tractors),
        new("collectivization", Every, "Households join, leave or are deported; the collective farms' land and animals follow.", CountrysideProcesses.Collectivization),
        new("sowing", April, "Households and collective farms sow; the state gives seed to farms short of it.", CountrysideProcesses.Sowing),
        new("harvest", August, "Households and collective farms reap; rent, wages, tax in kind, deliveries, the stations' payment, labour-day shares.", CountrysideProcesses.Harvest),
        new("state_grain_plan", Every, "The towns' grain need, the state's reserve and its stock ceiling.", EconomyProcesses.StateGrainPlan),
        new("food_relief", Every, "Food loans to hungry households (collective farmers, or every peasant household) from the state's stock above its reserve.", CountrysideProcesses.FoodRelief),
        new("household_offers", Every, "Each household's offer of grain at the expected price, forced procurement and food orders.", CountrysideProcesses.HouseholdOffers),
        new("grain_market", Every, "The state's supply of the towns and the private grain market's clearing.", EconomyProcesses.GrainMarket),
        new("household_settlement", Every, "Each household's sales, purchases, food, fodder, livestock, births, deaths and departures.", CountrysideProcesses.HouseholdSettlement),
        new("state_procurement", Every, "What the state received: voluntary sales, forced procurement, tax in kind, collective deliveries.", EconomyProcesses.StateProcurement),
        new("collective_month", Every, "The collective farms' fodder and storage losses.", CountrysideProcesses.CollectiveMonth),
        new("state_grain_disposal", Every, "The state's grain to exports, towns, army and traders; the traders' sales.", EconomyProcesses.StateGrainDisposal),
        new("foreign_trade", Every, "Exports at world prices, private imports and flight, machinery with what is left.", EconomyProcesses.ForeignTrade),
        new("autumn", October, "The horse market, the commune's repartition, the strata, the family cycle and divisions.", CountrysideProcesses.Autumn),
        new("expectations", Every, "The price received enters expectations; the availability of manufactures for next month.", EconomyProcesses.Expectations),
        new("towns", Every, "The towns' migrants, natural increase and war and excess deaths; the special settlements.", SocietyProcesses.Towns),
        new("countryside_totals", Every, "The countryside's grain, money, people and households after the month.", CountrysideProcesses.Totals),
        new("hunger", Every, "Rural people in households whose food this month fell below the subsistence share.", CountrysideProcesses.Hunger),
        new("check_accounts", Every, "Every stock-flow identity of the month, to its tolerance.", DriverProcesses.CheckAccounts),
        new("recount", October, "Re-reading the countryside's totals after the reorganisation.", DriverProcesses.Recount),
        new("national_accounts", Every, "Agriculture, the GDP index, national income, population and GDP per head.", EconomyProcesses.NationalAccounts),
        new("world_record", Every, "Every country's series for the month.", WorldProcesses.Record),
        new("labour_and_apparatus", Every, "Jobs, unemployment, the state apparatus and the men under arms.", EconomyProcesses.LabourAndApparatus),
        new("distribution", Every, "Consumption by class, its Gini and the shortage index.", SocietyProcesses.Distribution),
        new("procurement_crisis", Every, "The procurement-crisis test on the state's purchases and the harvests.", PoliticsProcesses.ProcurementCrisis),
        new("party", Every, "Faction strengths, openness, expulsions and the Centre's turn.", PoliticsProcesses.Party),
    ];
}
