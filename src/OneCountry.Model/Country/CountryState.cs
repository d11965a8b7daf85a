using OneCountry.Model.Countryside;
using OneCountry.Model.Economy;
using OneCountry.Model.Engine;
using OneCountry.Model.World;

namespace OneCountry.Model.Country;

/// <summary>
/// All the state of one run, grouped by its owner. Only the processes of the schedule
/// (<see cref="MonthlySchedule"/>) change it, each the part it owns; the month's results go to
/// the <see cref="MonthLedger"/>. Scale lives here once: <see cref="RealPerRow"/> real households
/// per simulated row.
/// </summary>
public sealed class CountryState
{
    public required SimulationConfig Config { get; init; }
    public required Parameters P { get; init; }
    public required RandomStreams Rng { get; init; }
    public required BlockRunner Runner { get; init; }
    public EventLog Log { get; } = new();
    /// <summary>Real households per simulated row (the scale k): kernel sums are per row, the ledger's real.</summary>
    public required double RealPerRow { get; init; }
    /// <summary>Consumption of manufactures in 1913 (1913 rubles a year): the countryside's and the towns'.</summary>
    public required double Manufactures1913 { get; init; }

    public Month Month;
    /// <summary>Months done since the start.</summary>
    public int T;

    public required RuralState Rural { get; init; }
    public required GrainState Grain { get; init; }
    public required EconomyState Economy { get; init; }
    public required TownsState Towns { get; init; }
    public DefenceState Defence { get; } = new();
    public required SocietyState Society { get; init; }
    public required WorldState World { get; init; }
    public required PoliticsState Politics { get; init; }
    /// <summary>The month's stock–flow identities, opened by open_accounts and checked by check_accounts.</summary>
    public Accounts Accounts { get; } = new();
}

/// <summary>
/// Every stock–flow identity of the month, each one account whose flows the processes that make
/// them post. Household and collective-farm accounts are per simulated row (their flows are
/// kernel sums); the others are real.
/// </summary>
public sealed class Accounts
{
    public readonly StockAccount HouseholdGrain = new("household grain", 1e-9);
    public readonly StockAccount CollectiveGrain = new("collective grain", 1e-9);
    public readonly StockAccount RuralPopulation = new("rural population", 0);
    public readonly StockAccount HouseholdMoney = new("household money", 1e-9);
    public readonly StockAccount StateGrain = new("state grain", 1e-9);
    public readonly StockAccount TraderGrain = new("trader grain", 1e-9);
    public readonly StockAccount UrbanPopulation = new("urban population", 1e-12);
    public readonly StockAccount ConstructionInProgress = new("construction in progress", 1e-9);
    public readonly StockAccount IndustrialCapital = new("industrial fixed capital", 1e-9);
    public readonly StockAccount ConsumerGoods = new("consumer goods", 1e-9);
    public readonly StockAccount Reserves = new("gold and currency reserves", 1e-9);
}

/// <summary>The countryside: the household table and its month buffers, the collective farms,
/// the weather, and the totals and strata last counted (per simulated row).</summary>
public sealed class RuralState
{
    public required HouseholdTable Households { get; init; }
    public required byte[] SplitFlags { get; init; }
    public required float[] FoodOrders { get; init; }
    public required float[] Offered { get; init; }
    public required float[] SaleCaps { get; init; }
    public readonly double[] ZoneWeather = new double[Zones.Count];
    /// <summary>By zone: the latest harvest's weather to the power of the fodder elasticity (1
    /// before the first harvest): it scales the year's hay, straw, pasture and garden food.</summary>
    public readonly double[] FodderWeather = Enumerable.Repeat(1.0, Zones.Count).ToArray();
    /// <summary>By zone: livestock units one hectare of allotment carries this year.</summary>
    public readonly double[] FodderCapacityPerHa = new double[Zones.Count];
    /// <summary>By zone: the individual peasants' roughage capacity over their herd after last
    /// month (Countryside/Herds.ZoneRoughage).</summary>
    public readonly double[] RoughageRatio = new double[Zones.Count];
    public readonly CollectiveFarms Farms = new();
    public readonly double[] PoolLandPerMember = new double[Zones.Count];
    public readonly double[] PoolDraughtPerMember = new double[Zones.Count];
    public readonly double[] PoolCattlePerMember = new double[Zones.Count];
    public readonly double[] GrainPerWorker = new double[Zones.Count];
    public readonly double[] GrainPerConsumer = new double[Zones.Count];
    public readonly double[] CashPerWorker = new double[Zones.Count];
    public double Grain, Cash, Population;
    public double SharePoor, ShareMiddle, ShareKulak, KulakSown, GiniSown, GiniSownPerConsumer, TopDecileSown;
    public double SownArea, Leased, Hired;
    public int ActiveHouseholds;
    public double CollectivizedShare;
    public bool TableFullLogged;
    /// <summary>The last twelve months' meat and milk (simulated rows, t), for the livestock index.</summary>
    public readonly double[] MeatHistory = new double[12], MilkHistory = new double[12];
    /// <summary>The latest harvest (real tonnes; NaN before the first August).</summary>
    public double LatestHarvest = double.NaN;

    /// <summary>The strata and land distribution of the latest classification.</summary>
    public void SetStrata(in AutumnReorganisation.Result a) =>
        (SharePoor, ShareMiddle, ShareKulak, KulakSown, GiniSown, GiniSownPerConsumer, TopDecileSown) =
        (a.SharePoor, a.ShareMiddle, a.ShareKulak, a.KulakSownShare, a.GiniSown, a.GiniSownPerConsumer, a.TopDecileSownShare);

    /// <summary>Re-reads grain, cash and people from the table.</summary>
    public void Recount()
    {
        double g = 0, c = 0, m = 0;
        for (int i = 0; i < Households.Count; i++) { g += Households.Grain[i]; c += Households.Cash[i]; m += Households.Members[i]; }
        Grain = g; Cash = c; Population = m;
    }
}

/// <summary>Grain outside the villages: the state's stock and the private traders', and the prices.</summary>
public sealed class GrainState
{
    public double State;
    public double Traders;
    /// <summary>Grain exported since the last August harvest (tonnes): what the year's export plan has shipped.</summary>
    public double ExportedThisYear;
    /// <summary>The state's receipts other than the collective farms' deliveries, by month index mod 12 (tonnes).</summary>
    public readonly double[] OtherProcurement = new double[12];
    public required Prices Prices { get; init; }
}

/// <summary>Industry, foreign trade, tractors, the livestock index and the national income.</summary>
public sealed class EconomyState
{
    public required Industry Industry { get; init; }
    public required ForeignTrade Trade { get; init; }
    public required TractorFleet Tractors { get; init; }
    public double LastMachineryImports;
    public double LivestockIndex;
    /// <summary>Industrial capacity of the last 12 months (by month index mod 12).</summary>
    public readonly double[] CapacityHistory = new double[12];
    public double Employees;
    /// <summary>Last month's unemployed over the towns' labour force (NaN before the first month).</summary>
    public double UnemploymentRate = double.NaN;
    /// <summary>Last month's national income (1913 rubles a year).</summary>
    public double NationalIncome;
}

/// <summary>The towns and the special settlements (persons).</summary>
public sealed class TownsState
{
    public double UrbanPopulation;
    public double Deportees;
    public double AnnexedThisMonth;
}

/// <summary>The forces and the wars and war scares in force.</summary>
public sealed class DefenceState
{
    public double ArmedForces = double.NaN;
    public Month SovietWarUntil = new(int.MinValue / 2);
    public double WarDeathsPerMonth;
    public Month WarScareUntil = new(int.MinValue / 2);
    public double WarScareMagnitude;
}

/// <summary>The apparatus and the distribution of consumption.</summary>
public sealed class SocietyState
{
    public required Society.Bureaucracy Bureaucracy { get; init; }
    public Society.Distribution Distribution { get; } = new();
    public double PeakRealWage;
}

/// <summary>The world around the USSR, and the USSR as the world sees it (last month's).</summary>
public sealed class WorldState
{
    public required WorldSystem System { get; init; }
    public double UssrGdp, UssrGdpPerCapita;
    /// <summary>Per-country series, month by month (WorldSystem.CountryVariables per country).</summary>
    public required double[] CountrySeries { get; init; }
}

/// <summary>The party, the policy in force and the procurement-crisis record.</summary>
public sealed class PoliticsState
{
    public required Politics.Party Party { get; init; }
    public Politics.PolicyResolution Resolution { get; } = new();
    public Politics.ProcurementCrisis Crisis { get; } = new();
}
