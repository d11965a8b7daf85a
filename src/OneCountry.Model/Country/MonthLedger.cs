using OneCountry.Model.Countryside;
using OneCountry.Model.Economy;
using OneCountry.Model.World;

namespace OneCountry.Model.Country;

/// <summary>
/// This month's result of each process of the schedule, one slot per process, written by that
/// process only and read by the processes after it and by the outputs. Values are real (persons,
/// tonnes, 1913 rubles) unless the slot says per simulated row: household-pass sums stay per row
/// where the balances and today's expressions combine them before scaling by
/// <see cref="CountryState.RealPerRow"/>, so that not a bit of the output changes.
/// A process that does not run this month (sowing outside April, the harvest outside August)
/// leaves its slot at zero.
/// </summary>
public sealed class MonthLedger
{
    public int CalendarMonth;
    public double YearsSince1921;

    // policy
    public PolicyState Policy = null!;
    public Politics.PoliticsMode Mode;
    // world
    public WorldMonth World;
    public DefenceMonth Defence;
    public IndustryMonth Industry;
    public PricesMonth Prices;
    public double Tractors;
    /// <summary>Per simulated row.</summary>
    public CollectiveFarms.MembershipResult Membership;
    /// <summary>Per simulated row.</summary>
    public SowingMonth Sowing;
    /// <summary>Per simulated row.</summary>
    public HarvestMonth Harvest;
    public StateGrain.Plan Plan;
    /// <summary>Food relief given (per simulated row).</summary>
    public double Relief;
    public MonthInputs HouseholdInputs;
    /// <summary>The offer pass's sums (per simulated row).</summary>
    public OfferSums Offers;
    /// <summary>Scripted excess deaths in the towns requested this month (persons).</summary>
    public double ExcessUrbanDeaths;
    public MarketMonth Market;
    /// <summary>The settlement pass's sums (per simulated row).</summary>
    public SettleSums Settlement;
    public ProcurementMonth Procurement;
    /// <summary>Collective farms' fodder and losses this month (per simulated row).</summary>
    public double PoolFodder, PoolLosses;
    /// <summary>The pooled herds' month (Countryside/Collectivization).</summary>
    public Countryside.CollectiveFarms.PoolMonth Pool;
    public StateGrain.Disposal Disposal;
    /// <summary>Grain the towns consumed (the state's and the traders'), and the shortfall against their need (share).</summary>
    public double UrbanConsumption, UrbanShortfall;
    /// <summary>Meat and milk that reached the towns (t of grain equivalent; Society/UrbanFood).</summary>
    public double UrbanLivestockFood;
    public TradeMonth Trade;
    /// <summary>Manufactures the countryside wanted this month (1913 rubles at this month's price).</summary>
    public double DemandUnits;
    public Society.Towns.Result Towns;
    public CountrysideTotals Countryside;
    /// <summary>People and households below the subsistence share (per simulated row).</summary>
    public Hunger.Count Hungry;
    public NationalMonth National;
    public Labour.Employment Jobs;
    public Society.DistributionMonth Distribution;
    public bool Crisis;
}

/// <summary>Defence this month: at war, the share of national income, the outlays (1913 rubles),
/// and what the federation gives (machinery in rubles, the regime's openness).</summary>
public readonly record struct DefenceMonth(bool AtWar, double Share, double Spending, double FederationMachinery, double Openness);

/// <summary>Industry this month: machinery imports (all, and those going into construction), the
/// forces' upkeep, consumer goods left to civilians and the output index, the price of
/// manufactures, and what reaches the countryside and the towns (1913 rubles).</summary>
public readonly record struct IndustryMonth(double MachineryImports, double IndustrialMachinery, double Upkeep, double CivilianConsumerOutput,
    double Output, double PriceIndex, double RuralSupply, double UrbanManufactures);

/// <summary>Prices this month: private trade allowed, the state's price, the expected price, the
/// marketing incentive, the farm technique and the precautionary reserve.</summary>
public readonly record struct PricesMonth(bool PrivateTrade, double ProcurementPrice, double ExpectedPrice, double Incentive,
    double Technique, double Precaution);

public readonly record struct SowingMonth(double Seed, double SeedAid, double CollectiveSeed);

public readonly record struct HarvestMonth(double Peasant, double PeasantArea, double TaxInKind, double Collective, double CollectiveSown,
    double Deliveries, double MtsPayment, double DistributedGrain, double DistributedCash);

/// <summary>The grain market (tonnes): forced procurement and collective deliveries, the towns'
/// state supply planned, the cleared market, and the traders' orders and fill.</summary>
public readonly record struct MarketMonth(double Forced, double FromCollectives, double TownsPlanned, GrainMarketOutcome Outcome,
    double BuyPrice, double BuyPriceNow, double PrivateDemand, double RuralOrders, double Available, double Fill);

/// <summary>Grain the state received (tonnes): voluntary sales to it, sales to traders, everything procured.</summary>
public readonly record struct ProcurementMonth(double Sold, double ToState, double ToMarket, double Total, double RuralBought);

/// <summary>The settlement pass's people (per simulated row).</summary>
public readonly record struct CountrysideTotals(double Births, double Deaths, double Migrants, double MembersBefore);

/// <summary>National accounts: livestock units (per row), the agricultural and GDP indices, population, GDP per head.</summary>
public readonly record struct NationalMonth(double LivestockUnits, double Agriculture, double GdpIndex, double Population, double GdpPerCapita);
