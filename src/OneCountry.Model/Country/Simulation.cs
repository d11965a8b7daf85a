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
/// The Soviet countryside, month by month. <see cref="Step"/> is the model written as an ordered
/// list of named processes (MODEL.md §4):
/// 1. drivers — dated events, the weather of the harvest;
/// 2. policy — the levers in force;
/// 3. industry — recovery, investment (Feldman split), capacity, output; the price of
///    manufactures and what reaches the countryside;
/// 4. prices — what peasants get for grain and the marketing incentive;
/// 5. sowing (April), harvest (August), the households' month, the October reorganisation;
/// 6. grain market and the state — procurement, exports, the towns' supply, the market price;
/// 7. towns — migrants and natural increase;
/// 8. observation and balance checks.
/// The core does no I/O; it is driven and observed from outside.
/// </summary>
public sealed class Simulation
{
    private readonly SimulationConfig _config;
    private readonly Parameters _p;
    private readonly RandomStreams _rng;
    private readonly BlockRunner _runner;
    private readonly HouseholdTable _households;
    private readonly byte[] _splitFlags;
    private readonly EventLog _log = new();
    private readonly double[] _series;
    private readonly double[] _zoneWeather = new double[Zones.Count];
    private readonly double _k;
    private readonly double _manufactures1913;

    private Month _month;
    private int _t;
    private double _urbanPopulation;
    private double _stateGrain;
    private double _traderGrain;
    private readonly float[] _foodOrders;
    private readonly float[] _offered;
    private readonly float[] _saleCaps;
    private double _realisedPrice = double.NaN;
    private double _expectedPrice = double.NaN;
    private double _marketPrice;
    private double _availability = 1.0;
    private double _expectedIncentive = double.NaN;
    private double _grainHouseholds, _cashHouseholds, _ruralPopulation;
    private double _sharePoor, _shareMiddle, _shareKulak, _kulakSown, _giniSown, _giniSownPerConsumer, _topDecileSown;
    private double _sownArea, _leased, _hired;
    private int _activeHouseholds;
    private readonly CollectiveFarms _farms = new();
    private readonly Industry _industry;
    private readonly ForeignTrade _trade;
    private double _lastMachineryImports;
    private readonly Society.Bureaucracy _bureaucracy;
    private readonly Society.Distribution _distribution = new();
    private readonly TractorFleet _tractors;
    private double _livestockIndex;
    private readonly double[] _capacityHistory = new double[12];
    private double _employees;
    private double _nationalIncome = double.NaN;
    private readonly double[] _poolLandPerMember = new double[Zones.Count];
    private readonly double[] _poolDraughtPerMember = new double[Zones.Count];
    private readonly double[] _grainPerWorker = new double[Zones.Count];
    private readonly double[] _grainPerConsumer = new double[Zones.Count];
    private readonly double[] _cashPerWorker = new double[Zones.Count];
    private double _collectivizedShare;
    private double _latestHarvest = double.NaN;
    private double _livestockUnits1921 = double.NaN;
    private double _deportees;
    private double _armedForces = double.NaN;
    private Month _sovietWarUntil = new(int.MinValue / 2);
    private double _warDeathsPerMonth;
    private Month _warScareUntil = new(int.MinValue / 2);
    private double _warScareMagnitude;
    private bool _tableFullLogged;
    private double _annexedThisMonth;
    private readonly WorldSystem _world;
    private readonly Politics.Party _party;
    private double[]? _frozenLevers, _lastLevers;
    private readonly double[] _procurementHistory = new double[24];
    private readonly double[] _harvestHistory = [double.NaN, double.NaN, double.NaN, double.NaN];
    private double _peakRealWage;
    private readonly double[] _countrySeries;
    private double _ussrGdp = double.NaN, _ussrGdpPerCapita = double.NaN;

    public Simulation(SimulationConfig config)
    {
        _config = config;
        if (config.End < config.Start) throw new ArgumentException("end is before start");
        _p = new Parameters(config.Parameters);
        _rng = new RandomStreams(config.Seed);
        _runner = new BlockRunner(config.Threads, HouseholdTable.BlockSize);
        _k = config.Scale;
        int years = (config.End.Year - config.Start.Year) + 1;
        // Room for the peasants of annexed territories and their later divisions.
        int annexedRows = (int)Math.Ceiling(config.Events.Where(e => e.Kind == EventKind.Annexation)
            .Sum(e => 1.3 * e.Magnitude * (1 - e.UrbanShare) / _p.PersonsPerHousehold1921 / _k + 1));
        _households = Initialization.Build(_p, _rng, _k, years, annexedRows);
        _industry = new Industry(_p);
        _trade = new ForeignTrade(_p.Reserves1921);
        _tractors = new TractorFleet(_p.Tractors1921);
        _livestockIndex = _p.LivestockIndex1921;
        _bureaucracy = new Society.Bureaucracy(_p, 0);
        _world = new WorldSystem(_p, config.Windows, config.Start);
        _party = new Politics.Party(_p);
        _countrySeries = new double[config.Months * _world.Count * WorldSystem.CountryVariables.Count];
        _splitFlags = new byte[_households.Capacity];
        _foodOrders = new float[_households.Capacity];
        _offered = new float[_households.Capacity];
        _saleCaps = new float[_households.Capacity];
        _series = new double[config.Months * Variables.Count];
        _month = config.Start;
        _urbanPopulation = _p.UrbanPopulation1921;
        _stateGrain = _p.StateGrainStock1921;
        _marketPrice = _p.MarketGrainPrice1921;
        _manufactures1913 = _p.RuralManufactures1913 * _p.Households1921 + _p.UrbanManufacturesPerPerson1913 * _p.UrbanPopulation1921;

        // Initial totals and a first classification (no trade, no divisions).
        var init = AutumnReorganisation.Run(_households, new AutumnInputs(_p, false, 0, AllowDivisions: false, AgeFamilies: false), _runner, _splitFlags);
        (_sharePoor, _shareMiddle, _shareKulak, _kulakSown, _giniSown, _giniSownPerConsumer, _topDecileSown) = (init.SharePoor, init.ShareMiddle, init.ShareKulak, init.KulakSownShare, init.GiniSown, init.GiniSownPerConsumer, init.TopDecileSownShare);
        RecountTotals();
        for (int i = 0; i < _households.Count; i++) _sownArea += _households.Sown[i];
        _activeHouseholds = _households.Count;
    }

    public HouseholdTable Households => _households;
    public Month CurrentMonth => _month;
    public bool Finished => _month > _config.End;
    public Parameters Parameters => _p;
    public WorldSystem World => _world;

    /// <summary>Runs to the end and returns the series. <paramref name="progress"/> gets
    /// (months done, months total) after each month.</summary>
    public SimulationResult Run(Action<int, int>? progress = null)
    {
        while (!Finished)
        {
            Step();
            progress?.Invoke(_t, _config.Months);
        }
        return Result();
    }

    public SimulationResult Result() => new(_config.Start, _series, _t, _log, _k, _households.Count,
        _world.Names, _countrySeries, _world.Windows, _world.Outcomes.ToArray());

    public void Step()
    {
        if (Finished) throw new InvalidOperationException("the run has ended");
        var row = _series.AsSpan(_t * Variables.Count, Variables.Count);
        int cm = _month.CalendarMonth;
        double yearsSince1921 = (_month.Index - Month.Of(1921, 1).Index) / 12.0;

        // 1. Drivers.
        ApplyEvents();
        if (cm == 8) DrawWeather();

        // 2. Policy.
        // 2. Policy: the timeline, or (lever politics) the platform of the faction in power,
        //    which sets the platform levers from last month's party (Politics/Party).
        var levers = _config.Policy.ValuesAt(_month);
        var mode = (Politics.PoliticsMode)(int)Math.Round(levers[LeverRegistry.Index("politics")]);
        bool modeStarts = mode != Politics.PoliticsMode.Exogenous && _frozenLevers is null;
        if (mode != Politics.PoliticsMode.Exogenous)
        {
            _frozenLevers ??= (double[])levers.Clone();
            foreach (var name in Politics.Platforms.Controlled) levers[LeverRegistry.Index(name)] = _frozenLevers[LeverRegistry.Index(name)];
            if (_party.Platform(mode, _month) is { } platform)
                foreach (var (lever, value) in platform) levers[LeverRegistry.Index(lever)] = value;
            levers[LeverRegistry.Index("party_regime_openness")] = _party.Openness;
        }
        else _frozenLevers = null;
        LogPolicyChanges(modeStarts ? Politics.PoliticsMode.Exogenous : mode);
        LogPlatformChanges(levers, modeStarts ? Politics.PoliticsMode.Exogenous : mode);
        var policy = PolicyState.From(levers);

        // 3. Stand-in industry.
        // Industry works its capacity, invests a share of last month's national income and
        // recovers idle plant (Economy/Industry).
        if (double.IsNaN(_nationalIncome)) _nationalIncome = 0.5 * _p.NationalIncome1913;

        // 2'. The world (World/WorldSystem): the capitalist economies on their paths, the
        //     revolutionary windows, the federation, the encirclement. It sees last month's USSR.
        if (double.IsNaN(_ussrGdp))
        {
            _ussrGdpPerCapita = 0.5 * _p.GdpPerCapita1913;
            _ussrGdp = _ussrGdpPerCapita * (_p.UrbanPopulation1921 + _p.Households1921 * _p.PersonsPerHousehold1921);
        }
        var world = _world.Step(_month, policy.CominternLine, policy.CominternDiplomacy, policy.RevolutionSupport, policy.Federation, _ussrGdp, _rng, _log);
        foreach (var ended in _world.EndedThisMonth) _party.Abroad(ended);
        bool atWar = _month <= _sovietWarUntil;
        double defenceShare = Math.Min(0.5, (policy.DefenceFollowsThreat ? world.RequiredDefenceShare : policy.DefenceShare) + (atWar ? _p.WarDefenceSurge : 0));
        // Federation: members deliver machinery outside the trade balance (rubles at the USSR's own
        // ratio of national income to GDP in dollars); Soviet technique closes part of its log gap
        // to the most advanced member; the bureaucracy faces a more open regime.
        double rublesPerDollar = _ussrGdp > 0 ? _nationalIncome / _ussrGdp : 0;
        double federationMachinery = _p.World.FederationMachineryShare * world.FederationGdp / 12.0 * rublesPerDollar;
        if (world.BestMemberGdpPerCapita > _ussrGdpPerCapita && _ussrGdpPerCapita > 0)
            _industry.Converge(_p.World.FederationConvergence / 12.0 * Math.Log(world.BestMemberGdpPerCapita / _ussrGdpPerCapita));
        double openness = Math.Min(1, policy.PartyRegimeOpenness + _p.World.FederationOpenness * world.FederationGdp / Math.Max(1, _ussrGdp + world.FederationGdp));

        // Defence: the lever's share of national income (or the threat's, when it follows the
        // threat); armaments come out of producer goods ahead of investment, the forces' upkeep out
        // of consumer goods ahead of the civilians.
        double defence = defenceShare * _nationalIncome / 12.0;
        _industry.SupplyRawMaterials(_p, _livestockIndex);
        double pipelineStart = _industry.ProducerPipeline + _industry.ConsumerPipeline, capitalStart = _industry.CapitalRubles(_p);
        // Last month's machinery imports: tractors (tractor_import_share) to the farms, the rest into
        // the producer-goods department's construction.
        double machineryImports = _lastMachineryImports + federationMachinery, industrialMachinery = (1 - _p.TractorImportShare) * machineryImports;
        _industry.Step(_p, policy.IndustrialInvestmentShare, policy.HeavyIndustryShare, _nationalIncome, industrialMachinery,
            _p.ArmamentShare * defence, policy.TractorOutputShare);
        // The towns' claim on manufactures is calibrated on 1913 consumption, which fed and clothed
        // the prewar army; only upkeep beyond the level of defence_share_embodied is an extra claim.
        double upkeep = Math.Min((1 - _p.ArmamentShare) * Math.Max(0, defenceShare - _p.DefenceShareEmbodied) * _nationalIncome / 12.0,
            0.5 * _industry.ConsumerOutput * _manufactures1913 / 12.0);
        double civilianConsumerOutput = _industry.ConsumerOutput - upkeep * 12.0 / _manufactures1913;
        double output = _industry.Output;
        double pInd = IndustryStandIn.PriceIndex(_industry.Utilization, _p.IndustryOverheadShare, policy.IndustrialMarkup);
        double ruralSupply = IndustryStandIn.RuralSupplyPerMonth(civilianConsumerOutput, output, _manufactures1913,
            _urbanPopulation, _p.UrbanManufacturesPerPerson1913, _p.UrbanClaimElasticity, policy.UrbanDemandPressure);
        // The towns take the rest of the civilians' consumer goods.
        double urbanManufactures = Math.Max(0, civilianConsumerOutput * _manufactures1913 / 12.0 - ruralSupply);

        // Private grain trade: under NEP, or in the kolkhoz markets (from May 1932) without it.
        bool privateTrade = policy.NepMarket || policy.KolkhozMarket;

        // 4. Prices and the marketing incentive. Peasants expect the price they have been getting:
        //    an average of the realised prices of recent months (weight 1/2 on the latest).
        double pState = policy.ProcurementPrice;
        if (!privateTrade) _marketPrice = pState;
        if (double.IsNaN(_realisedPrice)) _realisedPrice = _expectedPrice = privateTrade ? 0.5 * (pState + _marketPrice) : pState;
        double pEff = _expectedPrice;
        double incentive = pEff / pInd * Math.Pow(_availability, _p.AvailabilityWeight);
        if (double.IsNaN(_expectedIncentive)) _expectedIncentive = incentive;
        double technique = Math.Pow(1 + _p.AgriTechniqueGrowth, yearsSince1921);
        double precaution = _p.PrecautionaryReserve + (_month <= _warScareUntil ? _p.WarScareHoarding * _warScareMagnitude : 0);

        double grainStart = _grainHouseholds, cashStart = _cashHouseholds, ruralStart = _ruralPopulation, stateStart = _stateGrain,
            urbanStart = _urbanPopulation, traderStart = _traderGrain;
        double seed = 0, harvest = 0, harvestArea = 0, taxInKind = 0;
        double seedAid = 0;
        double poolStart = _farms.TotalGrain, collSeed = 0, collHarvest = 0, collSown = 0, deliveries = 0, mtsPayment = 0,
            distributedGrain = 0, distributedCash = 0;
        // Tractors: made by heavy industry and bought abroad (Economy/TractorFleet).
        _tractors.Step(_p, _industry.LastTractorRubles, machineryImports);
        double tractors = _tractors.Tractors;

        // 5·. Collectivization: households join, leave or are deported (one pass); the pool's land
        //     and animals follow.
        for (int z = 0; z < Zones.Count; z++)
        {
            _poolLandPerMember[z] = _farms.Households[z] > 0 ? _farms.Land[z] / _farms.Households[z] : 0;
            _poolDraughtPerMember[z] = _farms.Households[z] > 0 ? _farms.Draught[z] / _farms.Households[z] : 0;
        }
        var membership = _farms.Membership(_households, new CollectivizationInputs(_p, policy.CollectivizationDrive, policy.CollectivizationTarget,
            policy.CollectiveExit, policy.Dekulakization, _collectivizedShare, tractors / _p.Tractors1928, _poolLandPerMember, _poolDraughtPerMember,
            _rng.TickKey(RandomPurpose.Collectivization, _month.Index)), _runner);
        double peasantHouseholds = membership.CollectiveHouseholds + membership.IndividualHouseholds;
        _collectivizedShare = peasantHouseholds > 0 ? membership.CollectiveHouseholds / peasantHouseholds : 0;
        _deportees += membership.DeportedPersons * _k;
        if (membership.DeportedHouseholds > 0)
            _log.Add(new LoggedEvent(_month, Countries.Ussr, "dekulakization", "kulak households", "households deported to special settlements",
                double.NaN, membership.DeportedHouseholds * _k));

        // 5a. Sowing.
        if (cm == 4)
        {
            var s = Sowing.Run(_households, new SowingInputs(_p, policy.NepMarket, _expectedIncentive, technique, precaution, policy.PeasantTaxRate, policy.SowingPlan), _runner);
            seed = s.Seed;
            (_sownArea, _leased, _hired) = (s.Sown, s.Leased, s.Hired);
            // The state makes up the collective farms' missing seed from its stocks.
            seedAid = _farms.SeedAid(_p, tractors / _k, Math.Max(0, _stateGrain) / _k);
            _stateGrain -= seedAid * _k;
            var cs = _farms.Sow(_p, tractors / _k);
            collSeed = cs.Seed;
            _sownArea += cs.Sown;
        }
        // 5b. Harvest.
        if (cm == 8)
        {
            var h = Harvest.Run(_households, new HarvestInputs(_p, technique, _zoneWeather, policy.TaxInKind, policy.PeasantTaxRate,
                policy.TaxProgressivity, pState * _p.GrainPrice1913), _runner);
            harvest = h.Harvest; harvestArea = h.Sown; taxInKind = h.TaxInKind;
            _farms.CountHungry(_households, _p.SubsistenceShare);
            var ch = _farms.Harvest(_p, technique, _zoneWeather, tractors / _k, policy.KolkhozDeliveryShare, pState * _p.GrainPrice1913,
                _grainPerWorker, _grainPerConsumer, _cashPerWorker, policy.QuotaRelief);
            (collHarvest, collSown, deliveries, mtsPayment) = (ch.Harvest, ch.Sown, ch.Deliveries, ch.MtsPayment);
            (distributedGrain, distributedCash) = CollectiveFarms.Distribute(_households, _runner, _grainPerWorker, _grainPerConsumer, _cashPerWorker);
        }
        // 5b'. Food loans to hungry collective farmers from the state's stock above its reserve.
        //     The towns' monthly grain need and the state's reserve set the state's decisions below.
        double urbanNeed = _urbanPopulation * _p.UrbanGrainNeed / 12.0;
        double reserveTarget = _p.StateStockMonths * urbanNeed;
        double relief = 0;
        if (policy.FoodRelief > 0)
        {
            relief = FoodRelief.Give(_households, _runner, _p, policy.FoodRelief * Math.Max(0, _stateGrain - reserveTarget) / _k);
            _stateGrain -= relief * _k;
        }
        // 5c. The households' month, first pass: offers, forced procurement, food orders.
        int monthsToHarvest = (8 - cm + 12) % 12;
        if (monthsToHarvest == 0) monthsToHarvest = 12;
        bool seedHeld = cm >= 8 || cm <= 3;
        double taxFraction = cm >= 10 ? 1.0 / (12 - cm + 4) : cm <= 3 ? 1.0 / (4 - cm) : 0;
        double migrationFactor = Math.Clamp(output, 0.2, 2.0) * (policy.InternalPassports ? _p.PassportMigrationFactor : 1.0);
        // Under the passports recruitment goes on but flight from hunger is stopped (passport_flight_factor).
        double hungerMigrationBoost = _p.HungerMigrationBoost * (policy.InternalPassports ? _p.PassportFlightFactor : 1.0);
        double buyPrice = privateTrade ? _marketPrice * _p.GrainPrice1913 : 0;
        // Extraordinary measures serve the plan: they ease off as the state's stock approaches a
        // year's requirements — the towns' grain and the planned exports — above its reserve.
        double stockCeiling = 12 * urbanNeed + policy.GrainExportTarget * 1e6 + reserveTarget;
        double enforcement = policy.ProcurementEnforcement * Math.Clamp(1 - Math.Max(0, _stateGrain) / stockCeiling, 0, 1);
        double[]? excessRates = ExcessDeathRates(out double excessUrban);
        var inputs = new MonthInputs(_p, cm, monthsToHarvest, seedHeld, incentive, policy.StateProcurementShare, enforcement,
            pState * _p.GrainPrice1913, pEff * _p.GrainPrice1913, privateTrade ? _marketPrice : pState,
            _availability, pInd, ManufacturesWantPerConsumer(), buyPrice, taxFraction, precaution, _p.NonfarmIncomePerWorker,
            migrationFactor, hungerMigrationBoost, cm is >= 5 and <= 9, _rng.TickKey(RandomPurpose.Births, _month.Index)) { ExcessDeathRate = excessRates };
        var of = HouseholdMonth.Offer(_households, inputs, _runner, _offered, _saleCaps, _foodOrders).ToArray();

        // 6. Grain market and the state (real units: simulated × k).
        //    Under NEP state agencies buy at the procurement price whatever peasants sell them (no
        //    quota yet: compulsory quotas come with the policies of the plan era). The state
        //    supplies towns from its stock and exports; the private market clears the rest
        //    (Economy/GrainMarket).
        double k = _k;
        double forced = of[HouseholdMonth.Forced] * k;
        double stateTownShare = privateTrade ? policy.StateProcurementShare : 1.0;
        // The state supplies its share of the towns from stock above its reserve; when the market
        // price runs 30% above its own and it holds over twice its reserve, it sells more (commodity
        // interventions). Private traders sell the rest.
        double fromCollectives = (deliveries + mtsPayment + membership.ConfiscatedGrain) * k;
        double stateStockBefore = _stateGrain + forced + taxInKind * k + fromCollectives;
        double intervention = privateTrade && _marketPrice > 1.3 * pState ? Math.Max(0, stateStockBefore - 2 * reserveTarget) / 3.0 : 0;
        double toTowns = Math.Min(urbanNeed, Math.Min(Math.Max(0, stateStockBefore - reserveTarget), stateTownShare * urbanNeed + intervention));
        var market = GrainMarket.Clear(new GrainMarketInputs(privateTrade, of[HouseholdMonth.Offered] * k, of[HouseholdMonth.SaleCaps] * k,
            pEff, _p.SaleIncentiveElasticity, pState, policy.StateProcurementShare, _p.TradeChannelElasticity,
            double.PositiveInfinity, urbanNeed - toTowns, _p.UrbanDemandElasticity,
            of[HouseholdMonth.FoodOrders] * k, _traderGrain, _p.TraderStockShare, monthsToHarvest, _marketPrice));
        _marketPrice = market.MarketPrice;
        double buyPriceNow = privateTrade ? _marketPrice * _p.GrainPrice1913 : 0;
        double privateDemand = privateTrade ? (urbanNeed - toTowns) * Math.Pow(_marketPrice, -_p.UrbanDemandElasticity) : 0;
        double ruralOrders = of[HouseholdMonth.FoodOrders] * k * (buyPrice > 0 && buyPriceNow > 0 ? Math.Min(1.0, buyPrice / buyPriceNow) : 1.0);

        // 5d. The households' month, second pass: sales at the cleared price, food, fodder,
        //     livestock, people. Traders fill orders from their stock and this month's purchases.
        double expectedToMarket = market.Sales * (1 - market.StateShareOfSales);
        double available = _traderGrain + expectedToMarket;
        double orders = privateDemand + ruralOrders;
        double fill = orders > 0 ? Math.Min(1.0, 0.999 * available / orders) : 0;
        var f = HouseholdMonth.Settle(_households, inputs, _runner, _offered, _saleCaps, _foodOrders,
            market.SaleScale, market.RealisedPrice * _p.GrainPrice1913, fill * Math.Min(1.0, buyPrice > 0 ? buyPrice / Math.Max(buyPriceNow, 1e-9) : 1.0), buyPriceNow).ToArray();
        double sold = f[HouseholdMonth.Sold] * k;
        double toStateVoluntary = sold * market.StateShareOfSales;
        double toMarket = sold - toStateVoluntary;
        double procurement = toStateVoluntary + forced + taxInKind * k + fromCollectives;
        _stateGrain += procurement;
        var (poolFodder, poolLosses) = _farms.Month(_p, cm is >= 5 and <= 9, cm >= 8 || cm <= 3);
        // Planned exports, and more when the state holds more than its ceiling (a year's
        // requirements above its reserve: the export plan followed the harvest).
        double exports = Math.Min(_stateGrain, policy.GrainExportTarget * 1e6 / 12.0 + Math.Max(0, _stateGrain - stockCeiling) / 12.0);
        _stateGrain -= exports;
        // Foreign trade: grain and raw materials at world prices; private imports and flight
        // where the monopoly is weakened; machinery with what is left (Economy/ForeignTrade).
        double reservesStart = _trade.Reserves;
        var trade = _trade.Step(_p, exports, policy.WorldGrainPrice, output, policy.TradeMonopoly, policy.MachineryImportShare,
            (f[HouseholdMonth.Revenue] + f[HouseholdMonth.LivestockCash]) * k);
        _lastMachineryImports = trade.MachineryImports;
        toTowns = Math.Min(toTowns, _stateGrain);
        _stateGrain -= toTowns;
        // The army eats from the state's stock: bread for the men and fodder for its horses
        // (army_grain_per_soldier a year for last month's men under arms).
        double armyGrain = Math.Min(_stateGrain, (double.IsNaN(_armedForces) ? 0 : _armedForces) * _p.ArmyGrainPerSoldier / 12.0);
        _stateGrain -= armyGrain;
        double ruralBought = f[HouseholdMonth.Bought] * k;
        double urbanPrivate = Math.Min(fill * privateDemand, Math.Max(0, _traderGrain + toMarket - ruralBought));
        _traderGrain = _traderGrain + toMarket - urbanPrivate - ruralBought;
        // Rural orders were placed against the sales traders expected; when fewer arrived, the
        // state's trading organs (the cooperatives) make up the difference from state stocks.
        double stateToTraders = _traderGrain < 0 ? Math.Min(-_traderGrain, _stateGrain) : 0;
        _stateGrain -= stateToTraders;
        _traderGrain += stateToTraders;
        if (_traderGrain < 0 && _traderGrain > -1e-6 * (available + 1)) _traderGrain = 0;
        double urbanConsumption = toTowns + urbanPrivate;
        double shortfall = urbanNeed > 0 ? Math.Max(0, urbanNeed - urbanConsumption) / urbanNeed : 0;
        if (sold > 0) _realisedPrice = market.RealisedPrice;
        else if (!privateTrade) _realisedPrice = pState;
        _expectedPrice = 0.5 * _expectedPrice + 0.5 * _realisedPrice;

        // 5e. October: horse market, repartition, strata, divisions.
        if (cm == 10)
        {
            var a = AutumnReorganisation.Run(_households, new AutumnInputs(_p, policy.NepMarket, _rng.TickKey(RandomPurpose.HouseholdSplit, _month.Index), true, true), _runner, _splitFlags);
            (_sharePoor, _shareMiddle, _shareKulak, _kulakSown, _giniSown, _giniSownPerConsumer, _topDecileSown) = (a.SharePoor, a.ShareMiddle, a.ShareKulak, a.KulakSownShare, a.GiniSown, a.GiniSownPerConsumer, a.TopDecileSownShare);
            if (a.TableFull && !_tableFullLogged)
            {
                _tableFullLogged = true;
                _log.Add(new LoggedEvent(_month, Countries.Ussr, "warning", "household_table", "household table full: further divisions suspended", double.NaN, _households.Count));
            }
        }
        double demandUnits = f[HouseholdMonth.DesiredManufactures] * k / pInd;
        _availability = demandUnits > 0 ? Math.Min(1.0, ruralSupply / demandUnits) : 1.0;
        _expectedIncentive += (incentive - _expectedIncentive) / 12.0;

        // 7. Towns: migrants, natural increase, and the deaths of a war the USSR fights (counted
        //    among the townspeople, where the model keeps the army).
        double migrants = f[HouseholdMonth.Migrants] * k;
        double urbanNatural = _urbanPopulation * _p.UrbanNaturalIncrease / 12.0;
        double warDeaths = atWar ? Math.Min(_warDeathsPerMonth, 0.5 * _urbanPopulation) : 0;
        double excessUrbanDeaths = Math.Min(excessUrban, 0.01 * _urbanPopulation);
        _urbanPopulation += migrants + urbanNatural - warDeaths - excessUrbanDeaths;
        // The special settlements: deaths and births among the deportees (Zemskov 2003).
        double deporteeDeaths = _deportees * _p.DeporteeDeathRate / 12.0, deporteeBirths = _deportees * _p.DeporteeBirthRate / 12.0;
        _deportees += deporteeBirths - deporteeDeaths;

        // 8. Observation.
        double births = f[HouseholdMonth.Births], deaths = f[HouseholdMonth.Deaths], migr = f[HouseholdMonth.Migrants];
        double membersBefore = f[HouseholdMonth.Members] - births + deaths + migr;
        _grainHouseholds = f[HouseholdMonth.Grain];
        _cashHouseholds = f[HouseholdMonth.Cash];
        _ruralPopulation = f[HouseholdMonth.Members];
        _activeHouseholds = (int)f[HouseholdMonth.Households];

        if (_config.CheckBalances)
        {
            Check(new BalanceReport("household grain", grainStart, harvest + distributedGrain + relief,
                seed + f[HouseholdMonth.Food] + f[HouseholdMonth.Fodder] + f[HouseholdMonth.Losses] + f[HouseholdMonth.Sold]
                + of[HouseholdMonth.Forced] + taxInKind + membership.ConfiscatedGrain + membership.SeedContributed, _grainHouseholds), 1e-9);
            Check(new BalanceReport("collective grain", poolStart, collHarvest + membership.SeedContributed + seedAid,
                collSeed + deliveries + mtsPayment + distributedGrain + poolFodder + poolLosses, _farms.TotalGrain), 1e-9);
            Check(new BalanceReport("rural population", ruralStart, births, deaths + migr + membership.DeportedPersons, _ruralPopulation), 0);
            Check(new BalanceReport("household money", cashStart,
                of[HouseholdMonth.ForcedRevenue] + f[HouseholdMonth.Revenue] + f[HouseholdMonth.LivestockCash] + f[HouseholdMonth.NonfarmCash] + distributedCash,
                f[HouseholdMonth.TaxPaid] + f[HouseholdMonth.SpentManufactures] + f[HouseholdMonth.BoughtCash] + f[HouseholdMonth.OtherSpending]
                + membership.ConfiscatedCash, _cashHouseholds), 1e-9);
            Check(new BalanceReport("state grain", stateStart, procurement, exports + toTowns + armyGrain + stateToTraders + seedAid * k + relief * k, _stateGrain), 1e-9);
            Check(new BalanceReport("trader grain", traderStart, toMarket + stateToTraders, urbanPrivate + ruralBought, _traderGrain), 1e-9);
            Check(new BalanceReport("urban population", urbanStart, migrants + urbanNatural, warDeaths + excessUrbanDeaths, _urbanPopulation), 1e-12);
            Check(new BalanceReport("construction in progress", pipelineStart, _industry.LastInvestment + industrialMachinery * _p.ImportedMachineryProductivity,
                _industry.LastCompleted, _industry.ProducerPipeline + _industry.ConsumerPipeline), 1e-9);
            Check(new BalanceReport("industrial fixed capital", capitalStart, _industry.LastCompleted, _industry.LastDepreciation, _industry.CapitalRubles(_p)), 1e-9);
            Check(new BalanceReport("consumer goods", 0, _industry.ConsumerOutput * _manufactures1913 / 12.0, ruralSupply + urbanManufactures + upkeep, 0), 1e-9);
            Check(new BalanceReport("gold and currency reserves", reservesStart, trade.GrainExportRevenue + trade.OtherExports,
                trade.PrivateImports + trade.CapitalFlight + trade.MachineryImports + trade.OtherStateImports, _trade.Reserves), 1e-9);
        }
        // October reorganisation moves grain between households (horse trade) and divides households:
        // re-read the totals it may have changed by rounding.
        if (cm == 10) RecountTotals();

        // National accounts: the latest harvest (the 1920/21 one before the first August: the 1921
        // harvest's drought-free equivalent is unknown, so the first months use 1913's scaled by
        // the 1921 livestock index), livestock relative to March 1921, industry, towns.
        double livestockUnits = f[HouseholdMonth.Draught] + _farms.TotalDraught + f[HouseholdMonth.Cattle] + 0.15 * f[HouseholdMonth.Small];
        if (double.IsNaN(_livestockUnits1921)) _livestockUnits1921 = livestockUnits;
        if (cm == 8) _latestHarvest = (harvest + collHarvest) * k;
        double latestHarvest = double.IsNaN(_latestHarvest) ? _p.GrainHarvest1913 * _p.LivestockIndex1921 : _latestHarvest;
        _livestockIndex = _p.LivestockIndex1921 * livestockUnits / _livestockUnits1921;
        double agriculture = NationalAccounts.AgricultureIndex(latestHarvest, _p.GrainHarvest1913, _livestockIndex);
        double gdpIndex = NationalAccounts.GdpIndex(agriculture, output, _urbanPopulation / _p.UrbanPopulation1913, _p.AgricultureWeight1913, _p.IndustryWeight1913);
        double population = _ruralPopulation * k + _urbanPopulation + _deportees;
        row[V.AgriculturalOutput] = agriculture;
        row[V.LivestockIndex] = _livestockIndex;
        row[V.GdpIndex] = gdpIndex;
        _nationalIncome = gdpIndex * _p.NationalIncome1913;
        row[V.GdpPerCapita] = NationalAccounts.GdpPerCapita(gdpIndex, population, _p.Population1913, _p.GdpPerCapita1913);
        row[V.Population] = population;
        _ussrGdpPerCapita = row[V.GdpPerCapita];
        _ussrGdp = _ussrGdpPerCapita * population;
        row[V.DefenceShare] = defenceShare;
        row[V.RequiredDefenceShare] = world.RequiredDefenceShare;
        row[V.HostilePowerRatio] = world.HostilePowerRatio;
        row[V.FederationMembers] = world.FederationMembers;
        row[V.FederationPopulation] = population + world.FederationPopulation;
        row[V.FederationGdpPerCapita] = (_ussrGdp + world.FederationGdp) / (population + world.FederationPopulation);
        row[V.TechniqueRelativeFrontier] = world.FrontierGdpPerCapita > 0 ? _ussrGdpPerCapita / world.FrontierGdpPerCapita : double.NaN;
        row[V.CominternLine] = (int)policy.CominternLine;
        int perMonth = _world.Count * WorldSystem.CountryVariables.Count;
        _world.Record(_countrySeries.AsSpan(_t * perMonth, perMonth), world.FrontierGdpPerCapita);
        row[V.PartyRegimeOpenness] = openness;

        row[V.GrainHarvest] = (harvest + collHarvest) * k;
        row[V.SownAreaHarvested] = (harvestArea + collSown) * k;
        row[V.GrainYield] = harvestArea + collSown > 0 ? (harvest + collHarvest) / (harvestArea + collSown) : 0;
        row[V.GrainSeed] = (seed + collSeed) * k;
        row[V.GrainFoodRural] = f[HouseholdMonth.Food] * k;
        row[V.GrainFodder] = (f[HouseholdMonth.Fodder] + poolFodder) * k;
        row[V.GrainLosses] = (f[HouseholdMonth.Losses] + poolLosses) * k;
        row[V.GrainSalesState] = toStateVoluntary;
        row[V.GrainSalesMarket] = toMarket;
        row[V.GrainForced] = forced;
        row[V.GrainTaxInKind] = taxInKind * k;
        row[V.GrainMarketed] = toStateVoluntary + toMarket + forced + taxInKind * k + fromCollectives;
        row[V.GrainProcurement] = procurement;
        row[V.GrainExports] = exports;
        row[V.ExportEarnings] = trade.GrainExportRevenue + trade.OtherExports;
        row[V.GrainExportEarnings] = trade.GrainExportRevenue;
        row[V.MachineryImports] = trade.MachineryImports;
        row[V.PrivateImports] = trade.PrivateImports;
        row[V.CapitalFlight] = trade.CapitalFlight;
        row[V.Reserves] = trade.Reserves;
        row[V.CollectiveHarvest] = collHarvest * k;
        row[V.KolkhozDeliveries] = deliveries * k;
        row[V.MtsPayments] = mtsPayment * k;
        row[V.Distributed] = distributedGrain * k;
        row[V.Confiscated] = membership.ConfiscatedGrain * k;
        row[V.GrainStockCollective] = _farms.TotalGrain * k;
        row[V.CollectivizedShare] = _collectivizedShare;
        row[V.CollectiveSown] = collSown * k;
        row[V.CollectiveDraught] = _farms.TotalDraught * k;
        row[V.Tractors] = tractors;
        row[V.SlaughterOnEntry] = (membership.SlaughterDraught + membership.SlaughterCattle + membership.SlaughterSmall) * k;
        row[V.DeportedPersons] = membership.DeportedPersons * k;
        row[V.Deportees] = _deportees;
        row[V.GrainBoughtRural] = ruralBought;
        row[V.GrainStockTraders] = _traderGrain;
        row[V.GrainUrbanConsumption] = urbanConsumption;
        row[V.GrainArmy] = armyGrain;
        row[V.GrainStockHouseholds] = _grainHouseholds * k;
        row[V.GrainStockState] = _stateGrain;
        row[V.GrainMarketPrice] = _marketPrice;
        row[V.GrainProcurementPrice] = pState;
        row[V.AgriculturalPrice] = _realisedPrice;
        row[V.IndustrialPrice] = pInd;
        row[V.PriceRatio] = pInd / _realisedPrice;
        row[V.Incentive] = incentive;
        row[V.Availability] = inputs.Availability;
        row[V.ManufacturesBought] = f[HouseholdMonth.SpentManufactures] * k / pInd;
        row[V.IndustrialOutput] = output;
        row[V.ProducerGoodsOutput] = _industry.ProducerOutput;
        row[V.ConsumerGoodsOutput] = _industry.ConsumerOutput;
        row[V.DefenceSpending] = defence;
        row[V.Armaments] = _industry.LastArmaments;
        row[V.ForcesUpkeep] = upkeep;
        row[V.RawMaterialFactor] = _industry.RawMaterialFactor;
        row[V.IndustrialInvestment] = _industry.LastInvestment;
        // Labour and the apparatus: posts the plan and the towns call for; the apparatus follows
        // the volume the state administers (Economy/Labour, Society/Bureaucracy).
        double capacity = Industry.ProducerWeight1913 * _industry.ProducerCapacity + Industry.ConsumerWeight1913 * _industry.ConsumerCapacity;
        double capacityYearAgo = _t >= 12 ? _capacityHistory[_t % 12] : capacity;
        _capacityHistory[_t % 12] = capacity;
        double capacityGrowth = capacityYearAgo > 0 ? capacity / capacityYearAgo - 1 : 0;
        double procurementRubles = procurement * 12 * pState * _p.GrainPrice1913;
        double administered = Society.Bureaucracy.AdministeredVolume(output * (Industry.ProducerOutput1913Rubles + Industry.ConsumerOutput1913Rubles),
            procurementRubles, policy.Rationing ? _urbanPopulation * _p.RationedSupplyPerPerson : 0,
            _farms.Households.Sum() > 0 ? _collectivizedShare * LatestHarvestOrZero() * pState * _p.GrainPrice1913 : 0);
        _bureaucracy.Step(_p, population, administered, 1 - _availability, openness, _employees);
        // The army: men under arms in proportion to the defence share and the population, reached
        // within about half a year (mobilization and demobilization take time).
        double forcesTarget = _p.ForcesPerDefenceShare * defenceShare * population;
        _armedForces = double.IsNaN(_armedForces) ? forcesTarget : _armedForces + (forcesTarget - _armedForces) / 6.0;
        var jobs = Labour.Compute(_p, _industry.Workers(_p), capacityGrowth, _industry.LastInvestment * 12, _urbanPopulation, _bureaucracy.Numbers, tractors, _armedForces);
        row[V.ArmedForces] = _armedForces;
        row[V.WarDeaths] = warDeaths;
        row[V.ExcessDeathsTowns] = excessUrbanDeaths;
        row[V.DeporteeDeaths] = deporteeDeaths;
        row[V.DeporteeBirths] = deporteeBirths;
        _employees = jobs.Total;
        row[V.IndustrialWorkers] = jobs.Industry;
        row[V.WorkersAndEmployees] = jobs.Total;
        row[V.ConstructionWorkers] = jobs.Construction;
        row[V.ServiceWorkers] = jobs.Services;
        row[V.StateApparatus] = _bureaucracy.Numbers;
        row[V.StateApparatusTarget] = _bureaucracy.Target;
        row[V.PrivilegeShare] = _bureaucracy.PrivilegeShare;
        row[V.UrbanLabourForce] = jobs.LabourForce;
        row[V.Unemployed] = jobs.Unemployed;
        // Distribution: consumption by class, its Gini, and the shortage index (Society/Distribution).
        var dist = _distribution.Compute(_households, k, new Society.Distribution.Urban(
            urbanConsumption * _p.GrainPrice1913 + urbanManufactures, _bureaucracy.PrivilegeShare, _urbanPopulation,
            jobs.Industry + jobs.Construction + jobs.StateAgriculture, jobs.Services, _bureaucracy.Numbers, jobs.Unemployed,
            _p.EmployeeConsumptionWeight, _p.UnemployedConsumptionWeight),
            Society.Distribution.ShortageIndex(demandUnits, ruralSupply, urbanNeed * _p.GrainPrice1913, urbanConsumption * _p.GrainPrice1913),
            _runner.Threads);
        row[V.ConsumptionPoor] = dist.Poor;
        row[V.ConsumptionMiddle] = dist.Middle;
        row[V.ConsumptionKulak] = dist.Kulak;
        row[V.ConsumptionCollectiveFarmers] = dist.CollectiveFarmers;
        row[V.ConsumptionWorkers] = dist.Workers;
        row[V.ConsumptionEmployees] = dist.Employees;
        row[V.ConsumptionApparatus] = dist.Apparatus;
        row[V.ConsumptionUnemployed] = dist.Unemployed;
        row[V.ConsumptionPerHead] = dist.PerHead;
        row[V.GiniConsumption] = dist.Gini;
        row[V.ShortageIndex] = dist.ShortageIndex;
        row[V.RealWage] = dist.RealWage;
        row[V.SeedAid] = seedAid * k;
        row[V.FoodRelief] = relief * k;
        row[V.ClassShareUrban] = dist.ShareUrbanClasses;
        row[V.ClassShareCollectiveFarmers] = dist.ShareCollectiveFarmers;
        row[V.ClassShareIndividualPeasants] = dist.ShareIndividualPeasants;
        row[V.ClassShareKulaks] = dist.ShareKulaks;
        row[V.CapacityUtilization] = _industry.Utilization;
        row[V.UrbanShortfall] = shortfall;
        row[V.Households] = _activeHouseholds * k;
        row[V.RuralPopulation] = _ruralPopulation * k;
        row[V.UrbanPopulation] = _urbanPopulation;
        row[V.UrbanShare] = _urbanPopulation / (_urbanPopulation + _ruralPopulation * k);
        row[V.Births] = births * k;
        row[V.Deaths] = deaths * k;
        row[V.FamineDeaths] = f[HouseholdMonth.FamineDeaths] * k;
        row[V.Migrants] = migrants;
        row[V.AnnexedPopulation] = _annexedThisMonth;
        row[V.UrbanNatural] = urbanNatural;
        row[V.FoodRatio] = membersBefore > 0 ? f[HouseholdMonth.FoodRatioWeighted] / membersBefore : 1;
        row[V.DraughtAnimals] = (f[HouseholdMonth.Draught] + _farms.TotalDraught) * k;
        row[V.Cattle] = f[HouseholdMonth.Cattle] * k;
        row[V.SmallLivestock] = f[HouseholdMonth.Small] * k;
        row[V.Slaughter] = f[HouseholdMonth.Slaughter] * k;
        row[V.SownArea] = _sownArea * k;
        row[V.LeasedLand] = _leased * k;
        row[V.HiredLabour] = _hired * k;
        row[V.SharePoor] = _sharePoor;
        row[V.ShareMiddle] = _shareMiddle;
        row[V.ShareKulak] = _shareKulak;
        row[V.KulakSown] = _kulakSown;
        row[V.GiniSown] = _giniSown;
        row[V.GiniSownPerConsumer] = _giniSownPerConsumer;
        row[V.TopDecileSown] = _topDecileSown;
        row[V.CashHouseholds] = _cashHouseholds * k;
        row[V.MoneyTax] = f[HouseholdMonth.TaxPaid] * k;
        row[V.SalesRevenue] = (f[HouseholdMonth.Revenue] + of[HouseholdMonth.ForcedRevenue]) * k;

        // 13. The party (Politics/Party): faction strengths, openness, expulsions, and the Centre's
        //     turn on a procurement crisis — the state's purchases of the last three months well
        //     below the same months a year before while the harvest held.
        _procurementHistory[_t % 24] = procurement;
        if (cm == 8)
        {
            for (int i = 3; i > 0; i--) _harvestHistory[i] = _harvestHistory[i - 1];
            _harvestHistory[0] = (harvest + collHarvest) * k;
        }
        bool crisis = false;
        if (_t >= 15 && (cm >= 9 || cm <= 3))
        {
            double recent = 0, yearBefore = 0;
            for (int i = 0; i < 3; i++) { recent += _procurementHistory[(_t - i) % 24]; yearBefore += _procurementHistory[(_t - 12 - i) % 24]; }
            bool harvestHeld = !double.IsNaN(_harvestHistory[1]) && _harvestHistory[0] >= _p.Politics.CrisisHarvestFloor * _harvestHistory[1];
            crisis = yearBefore > 0 && recent < (1 - _p.Politics.CrisisProcurementDrop) * yearBefore && harvestHeld;
        }
        _peakRealWage = Math.Max(_peakRealWage, dist.RealWage);
        double priorHarvests = (_harvestHistory[1] + _harvestHistory[2] + _harvestHistory[3]) / 3;
        _party.Step(_month, new Politics.PartyInputs(
            _bureaucracy.Numbers / population,
            jobs.LabourForce > 0 ? jobs.Unemployed / jobs.LabourForce : 0,
            _peakRealWage > 0 ? Math.Max(0, 1 - dist.RealWage / _peakRealWage) : 0,
            dist.ShortageIndex, _shareKulak,
            double.IsNaN(priorHarvests) || priorHarvests <= 0 ? 0 : _harvestHistory[0] / priorHarvests - 1,
            crisis), mode, _log);
        row[V.FactionLeft] = _party.Strength[0];
        row[V.FactionCentre] = _party.Strength[1];
        row[V.FactionRight] = _party.Strength[2];
        row[V.PartyOpenness] = _party.Openness;
        row[V.ProcurementCrisis] = crisis ? 1 : 0;
        row[V.CentreTurned] = _party.CentreTurned ? 1 : 0;

        _t++;
        _month = _month.Plus(1);
    }

    /// <summary>Rubles a consumer unit means to spend on manufactures per month: 1.2 times the 1913
    /// rural purchases per household spread over 3.5 consumer units. The budget is fixed in rubles
    /// (unit price elasticity), so dear manufactures mean fewer bought, and money that cannot be
    /// spent piles up as savings rather than as ever-growing demand.</summary>
    private double ManufacturesWantPerConsumer() => 1.2 * _p.RuralManufactures1913 / 3.5 / 12.0;

    private double LatestHarvestOrZero() => double.IsNaN(_latestHarvest) ? 0 : _latestHarvest;

    private void Check(BalanceReport report, double tolerance)
    {
        if (!report.Holds(tolerance)) throw new BalanceViolationException(report, _month);
    }

    private void RecountTotals()
    {
        double g = 0, c = 0, m = 0;
        for (int i = 0; i < _households.Count; i++) { g += _households.Grain[i]; c += _households.Cash[i]; m += _households.Members[i]; }
        _grainHouseholds = g; _cashHouseholds = c; _ruralPopulation = m;
    }

    private void ApplyEvents()
    {
        _annexedThisMonth = 0;
        foreach (var e in _config.Events)
        {
            if (e.Month != _month) continue;
            switch (e.Kind)
            {
                case EventKind.WarScare:
                    _warScareUntil = _month.Plus(Math.Max(1, e.DurationMonths) - 1);
                    _warScareMagnitude = e.Magnitude;
                    _log.Add(new LoggedEvent(_month, Countries.Ussr, "war_scare", e.Country ?? "", e.Note ?? $"war scare for {e.DurationMonths} months", double.NaN, e.Magnitude));
                    break;
                case EventKind.Drought:
                    _log.Add(new LoggedEvent(_month, Countries.Ussr, "scripted_weather", string.Join("+", e.Zones.Select(z => Zones.All[z].Name)),
                        e.Note ?? "scripted weather for this year's harvest", double.NaN, e.Magnitude));
                    break;
                case EventKind.Annexation:
                    Annex(e);
                    break;
                case EventKind.ExcessDeaths:
                    _log.Add(new LoggedEvent(_month, Countries.Ussr, "excess_deaths", string.Join("+", e.Zones.Select(z => Zones.All[z].Name)),
                        e.Note ?? $"{e.Magnitude:0} excess deaths over {e.DurationMonths} months", double.NaN, e.Magnitude));
                    break;
                case EventKind.War when e.Country == Countries.Ussr:
                    _sovietWarUntil = _month.Plus(Math.Max(1, e.DurationMonths) - 1);
                    _warDeathsPerMonth = e.Magnitude / Math.Max(1, e.DurationMonths);
                    _log.Add(new LoggedEvent(_month, Countries.Ussr, "war", Countries.Ussr, e.Note ?? $"the USSR at war for {e.DurationMonths} months", double.NaN, e.Magnitude));
                    break;
                case EventKind.RegimeChange or EventKind.War or EventKind.Attitude or EventKind.EconomicShock:
                    _world.Apply(e, _month, _log);
                    break;
                case EventKind.LeninIncapacity:
                    _party.LeninIncapacitated(_month, _log, e.Note);
                    break;
            }
        }
    }

    /// <summary>
    /// A territory joins the country (1939–40: eastern Poland in September 1939, Bessarabia and
    /// northern Bukovina in June 1940, the Baltic states in August 1940). Its townspeople join the
    /// towns; its peasants become individual households of the 1921 kind in the named zones (in
    /// proportion to the zones' shares), with their land, animals, grain and cash — collectivization
    /// there had barely begun by 1941. Applied before the month's balances open, so every balance
    /// holds; the inflow is reported as annexed_population.
    /// </summary>
    private void Annex(ScheduledEvent e)
    {
        double rural = e.Magnitude * (1 - e.UrbanShare);
        int rows = (int)Math.Round(rural / _p.PersonsPerHousehold1921 / _k);
        double ruralBefore = _ruralPopulation;
        for (int n = 0; n < rows && _households.Count < _households.Capacity; n++)
        {
            int i = _households.Append();
            Initialization.Fill(_households, i, Zones.Pick(_rng.Uniform(RandomPurpose.Annexation, i, 0, 0), e.Zones), _p, _rng, RandomPurpose.Annexation);
            _sownArea += _households.Sown[i];
            _activeHouseholds++;
        }
        RecountTotals();
        double members = _ruralPopulation - ruralBefore;
        double urban = e.Magnitude * e.UrbanShare;
        _urbanPopulation += urban;
        _annexedThisMonth += members * _k + urban;
        _log.Add(new LoggedEvent(_month, Countries.Ussr, "annexation", string.Join("+", e.Zones.Select(z => Zones.All[z].Name)),
            e.Note ?? "a territory joins the country", double.NaN, members * _k + urban));
    }

    /// <summary>
    /// Harvest weather by zone: ln w_z = σ_z·(√ρ·ε_common + √(1−ρ)·ε_z) − σ_z²/2, so that shocks are
    /// correlated between zones and the mean factor is 1. A scripted drought replaces the draw.
    /// Each draw is logged with the probability of a year at least as bad, Φ(ε).
    /// </summary>
    private void DrawWeather()
    {
        double rho = _p.WeatherCorrelation;
        double common = _rng.Normal(RandomPurpose.Weather, -1, _month.Index);
        for (int z = 0; z < Zones.Count; z++)
        {
            var scripted = _config.Events.FirstOrDefault(e => e.Kind == EventKind.Drought && e.Month.Year == _month.Year && e.Zones.Contains(z));
            if (scripted is not null)
            {
                _zoneWeather[z] = scripted.Magnitude;
                _log.Add(new LoggedEvent(_month, Countries.Ussr, "weather", Zones.All[z].Name, "scripted", double.NaN, scripted.Magnitude));
                continue;
            }
            double eps = Math.Sqrt(rho) * common + Math.Sqrt(1 - rho) * _rng.Normal(RandomPurpose.Weather, z, _month.Index);
            double sigma = Zones.All[z].WeatherSd * _p.WeatherSd;
            _zoneWeather[z] = Math.Exp(sigma * eps - 0.5 * sigma * sigma);
            _log.Add(new LoggedEvent(_month, Countries.Ussr, "weather", Zones.All[z].Name,
                _zoneWeather[z] < 1 ? "harvest weather below normal" : "harvest weather at or above normal",
                RandomStreams.NormalCdf(eps), _zoneWeather[z]));
        }
    }

    /// <summary>This month's extra death rates by zone (per person per year) from the scripted
    /// excess-death events in force, and their deaths in the towns (persons this month). The rural
    /// deaths are spread evenly over the peasants of the event's zones.</summary>
    private double[]? ExcessDeathRates(out double urban)
    {
        urban = 0;
        double[]? rates = null;
        Span<double> zonePeople = stackalloc double[Zones.Count];
        bool counted = false;
        foreach (var e in _config.Events)
        {
            if (e.Kind != EventKind.ExcessDeaths || _month < e.Month || _month > e.Month.Plus(Math.Max(1, e.DurationMonths) - 1)) continue;
            double perMonth = e.Magnitude / Math.Max(1, e.DurationMonths);
            urban += perMonth * e.UrbanShare;
            if (!counted)
            {
                zonePeople.Clear();
                for (int i = 0; i < _households.Count; i++)
                    if (_households.Status[i] < (byte)HouseholdStatus.Deported) zonePeople[_households.Zone[i]] += _households.Members[i];
                counted = true;
            }
            double people = 0;
            foreach (var z in e.Zones) people += zonePeople[z] * _k;
            if (people <= 0) continue;
            rates ??= new double[Zones.Count];
            foreach (var z in e.Zones) rates[z] += 12 * perMonth * (1 - e.UrbanShare) / people;
        }
        return rates;
    }

    private void LogPolicyChanges(Politics.PoliticsMode mode)
    {
        IEnumerable<PolicyChange> changes = _t == 0
            ? _config.Policy.Changes.Where(c => c.Month <= _month)
            : _config.Policy.ChangesIn(_month);
        foreach (var c in changes)
        {
            bool overridden = mode != Politics.PoliticsMode.Exogenous && c.Lever != "politics" && Politics.Platforms.Controlled.Contains(c.Lever);
            _log.Add(new LoggedEvent(_month, Countries.Ussr, overridden ? "policy_overridden" : "policy", c.Lever,
                (c.Note ?? $"{c.Lever} set to {c.Value}") + (overridden ? " (not applied: the faction in power sets this lever)" : ""), double.NaN, c.Value));
        }
    }

    /// <summary>Logs the levers a platform changed this month (outside the exogenous mode).</summary>
    private void LogPlatformChanges(double[] levers, Politics.PoliticsMode mode)
    {
        if (mode != Politics.PoliticsMode.Exogenous && _lastLevers is not null)
            foreach (var name in Politics.Platforms.Controlled)
            {
                int i = LeverRegistry.Index(name);
                if (name != "party_regime_openness" && levers[i] != _lastLevers[i])
                    _log.Add(new LoggedEvent(_month, Countries.Ussr, "platform", name,
                        $"{name} set to {levers[i]:0.###} by the {(mode == Politics.PoliticsMode.Endogenous ? _party.Dominant.ToString().ToLowerInvariant() : mode.ToString().ToLowerInvariant())}'s platform", double.NaN, levers[i]));
            }
        _lastLevers = levers;
    }
}
