using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;
using OneCountry.Model.Economy;
using OneCountry.Model.World;

namespace OneCountry.Model.Country;

/// <summary>The monthly series and the event log of one run.</summary>
public sealed class SimulationResult(Month start, double[] series, int months, EventLog events, double scale, int simulatedHouseholds,
    IReadOnlyList<string>? countries = null, double[]? countrySeries = null, IReadOnlyList<World.WindowSpec>? windows = null, World.WindowOutcome[]? outcomes = null)
{
    /// <summary>The countries of <see cref="Country"/> (World/WorldSystem order).</summary>
    public IReadOnlyList<string> Countries { get; } = countries ?? [];
    public IReadOnlyList<World.WindowSpec> Windows { get; } = windows ?? [];
    /// <summary>How each window ended (same order as <see cref="Windows"/>).</summary>
    public IReadOnlyList<World.WindowOutcome> Outcomes { get; } = outcomes ?? [];

    /// <summary>Value of a per-country variable (index into <see cref="World.WorldSystem.CountryVariables"/>) in month t.</summary>
    public double Country(int t, int country, int variable) =>
        countrySeries![(t * Countries.Count + country) * World.WorldSystem.CountryVariables.Count + variable];

    public Month Start { get; } = start;
    public int Months { get; } = months;
    public EventLog Events { get; } = events;
    public double Scale { get; } = scale;
    public int SimulatedHouseholds { get; } = simulatedHouseholds;

    /// <summary>Value of variable <paramref name="variable"/> (index into <see cref="Variables.All"/>) in month t.</summary>
    public double this[int t, int variable] => series[t * Variables.Count + variable];

    public double Get(Month month, string variable) => this[month - Start, Variables.IndexOf(variable)];

    public Month MonthAt(int t) => Start.Plus(t);
}

/// <summary>
/// The driver of one run: builds the country's state in March 1921 and steps it month by month
/// through <see cref="MonthlySchedule"/>, reading every output after the month's last process.
/// The core does no I/O; it is driven and observed from outside.
/// </summary>
public sealed class Simulation
{
    private readonly SimulationConfig _config;
    private readonly CountryState _c;
    private readonly double[] _series;

    public Simulation(SimulationConfig config)
    {
        _config = config;
        if (config.End < config.Start) throw new ArgumentException("end is before start");
        var p = new Parameters(config.Parameters);
        var rng = new RandomStreams(config.Seed);
        double k = config.Scale;
        int years = (config.End.Year - config.Start.Year) + 1;
        // Room for the peasants of annexed territories and their later divisions.
        int annexedRows = (int)Math.Ceiling(config.Events.Where(e => e.Kind == EventKind.Annexation)
            .Sum(e => 1.3 * e.Magnitude * (1 - e.UrbanShare) / p.PersonsPerHousehold1921 / k + 1));
        var households = Initialization.Build(p, rng, k, years, annexedRows);
        var world = new WorldSystem(p, config.Windows, config.Start, config.Recorded?.Draws(p, config.End));
        double ussrGdpPerCapita = 0.5 * p.GdpPerCapita1913;
        _c = new CountryState
        {
            Config = config,
            P = p,
            Rng = rng,
            Runner = new BlockRunner(config.Threads, HouseholdTable.BlockSize),
            RealPerRow = k,
            Manufactures1913 = p.RuralManufactures1913 * p.Households1921 + p.UrbanManufacturesPerPerson1913 * p.UrbanPopulation1921,
            Month = config.Start,
            Rural = new RuralState
            {
                Households = households,
                SplitFlags = new byte[households.Capacity],
                FoodOrders = new float[households.Capacity],
                Offered = new float[households.Capacity],
                SaleCaps = new float[households.Capacity],
            },
            Grain = new GrainState { State = p.StateGrainStock1921, Prices = new Prices(p.MarketGrainPrice1921) },
            Economy = new EconomyState
            {
                Industry = new Industry(p),
                Trade = new ForeignTrade(p.Reserves1921),
                Tractors = new TractorFleet(p.Tractors1921),
                LivestockIndex = p.LivestockIndex1921,
                // Industry's first month invests a share of half the 1913 national income.
                NationalIncome = 0.5 * p.NationalIncome1913,
            },
            Towns = new TownsState { UrbanPopulation = p.UrbanPopulation1921 },
            Society = new SocietyState { Bureaucracy = new Society.Bureaucracy(p, 0) },
            // The world's first month sees a USSR at half its 1913 GDP per head.
            World = new WorldState
            {
                System = world,
                CountrySeries = new double[config.Months * world.Count * WorldSystem.CountryVariables.Count],
                UssrGdpPerCapita = ussrGdpPerCapita,
                UssrGdp = ussrGdpPerCapita * (p.UrbanPopulation1921 + p.Households1921 * p.PersonsPerHousehold1921),
            },
            Politics = new PoliticsState { Party = new Politics.Party(p) },
        };
        _series = new double[config.Months * Variables.Count];

        // Initial totals and a first classification (no trade, no divisions).
        var r = _c.Rural;
        var init = AutumnReorganisation.Run(households, new AutumnInputs(p, false, 0, AllowDivisions: false, AgeFamilies: false), _c.Runner, r.SplitFlags);
        r.SetStrata(init);
        r.Recount();
        for (int i = 0; i < households.Count; i++) r.SownArea += households.Sown[i];
        r.ActiveHouseholds = households.Count;
        Zones.CheckCapacity(ZoneHerdSlots.MaxZones);
        Herds.ZoneRoughage(households, p, r.FodderWeather, r.RoughageRatio);
    }

    public HouseholdTable Households => _c.Rural.Households;
    public Month CurrentMonth => _c.Month;
    public bool Finished => _c.Month > _config.End;
    public Parameters Parameters => _c.P;
    public WorldSystem World => _c.World.System;

    /// <summary>Runs to the end and returns the series. <paramref name="progress"/> gets
    /// (months done, months total) after each month.</summary>
    public SimulationResult Run(Action<int, int>? progress = null)
    {
        while (!Finished)
        {
            Step();
            progress?.Invoke(_c.T, _config.Months);
        }
        return Result();
    }

    public SimulationResult Result() => new(_config.Start, _series, _c.T, _c.Log, _c.RealPerRow, _c.Rural.Households.Count,
        _c.World.System.Names, _c.World.CountrySeries, _c.World.System.Windows, _c.World.System.Outcomes.ToArray());

    /// <summary>One month: every process of the schedule that runs this calendar month, in
    /// order, then every output read into the month's row.</summary>
    public void Step()
    {
        if (Finished) throw new InvalidOperationException("the run has ended");
        var ledger = new MonthLedger
        {
            CalendarMonth = _c.Month.CalendarMonth,
            YearsSince1921 = (_c.Month.Index - Month.Of(1921, 1).Index) / 12.0,
        };
        foreach (var process in MonthlySchedule.Processes)
            if (process.RunsIn(ledger.CalendarMonth)) process.Run(_c, ledger);

        var row = _series.AsSpan(_c.T * Variables.Count, Variables.Count);
        var outputs = Outputs.All;
        for (int v = 0; v < outputs.Count; v++) row[v] = outputs[v].Read(_c, ledger);
        _c.T++;
        _c.Month = _c.Month.Plus(1);
    }
}
