using OneCountry.Model.Countryside;
using OneCountry.Model.Economy;
using OneCountry.Model.World;

namespace OneCountry.Model.Country.Processes;

/// <summary>Defence, industry, prices, the state's grain, foreign trade and the national accounts.</summary>
public static class EconomyProcesses
{
    public static void Defence(CountryState c, MonthLedger l)
    {
        var (p, policy, world) = (c.P, l.Policy, l.World);
        bool atWar = c.Month <= c.Defence.SovietWarUntil;
        double share = Economy.Defence.Share(new Economy.Defence.ShareInputs
        {
            FollowsThreat = policy.DefenceFollowsThreat, LeverShare = policy.DefenceShare, RequiredShare = world.RequiredDefenceShare,
            AtWar = atWar, WarSurge = p.WarDefenceSurge,
        });
        var federation = Federation.Month(new Federation.Inputs
        {
            FederationGdp = world.FederationGdp, BestMemberGdpPerCapita = world.BestMemberGdpPerCapita, UssrGdp = c.World.UssrGdp,
            UssrGdpPerCapita = c.World.UssrGdpPerCapita, NationalIncome = c.Economy.NationalIncome, LeverOpenness = policy.PartyRegimeOpenness,
        }, p.World);
        if (federation.Convergence is { } rate) c.Economy.Industry.Converge(rate);
        l.Defence = new DefenceMonth(atWar, share, share * c.Economy.NationalIncome / 12.0, federation.Machinery, federation.Openness);
    }

    /// <summary>Industry works its capacity, invests a share of last month's national income and
    /// recovers idle plant (Economy/Industry); last month's machinery imports (tractors to the
    /// farms, the rest into construction) and the federation's deliveries; the forces' upkeep
    /// from consumer goods; the price of manufactures and what reaches the countryside and the towns.</summary>
    public static void Industry(CountryState c, MonthLedger l)
    {
        var (p, policy, e) = (c.P, l.Policy, c.Economy);
        var industry = e.Industry;
        industry.SupplyRawMaterials(p, e.LivestockIndex);
        double machineryImports = e.LastMachineryImports + l.Defence.FederationMachinery, industrialMachinery = (1 - p.TractorImportShare) * machineryImports;
        industry.Step(p, policy.IndustrialInvestmentShare, policy.HeavyIndustryShare, e.NationalIncome, industrialMachinery,
            p.ArmamentShare * l.Defence.Spending, policy.TractorOutputShare);
        double upkeep = Economy.Defence.ForcesUpkeep(new Economy.Defence.UpkeepInputs
        {
            ArmedForces = c.Defence.ArmedForces, Population = c.Rural.Population * c.RealPerRow + c.Towns.UrbanPopulation + c.Towns.Deportees,
            ForcesPerDefenceShare = p.ForcesPerDefenceShare, DefenceShareEmbodied = p.DefenceShareEmbodied,
            ManufacturesPerMan = p.ForcesManufacturesPerMan, ConsumerOutput = industry.ConsumerOutput, Manufactures1913 = c.Manufactures1913,
        });
        double civilianConsumerOutput = industry.ConsumerOutput - upkeep * 12.0 / c.Manufactures1913;
        double output = industry.Output;
        double pInd = IndustryStandIn.PriceIndex(industry.Utilization, p.IndustryOverheadShare, policy.IndustrialMarkup);
        double ruralSupply = IndustryStandIn.RuralSupplyPerMonth(civilianConsumerOutput, output, c.Manufactures1913,
            c.Towns.UrbanPopulation, p.UrbanManufacturesPerPerson1913, p.UrbanClaimElasticity, policy.UrbanDemandPressure);
        // The towns take the rest of the civilians' consumer goods.
        double urbanManufactures = Math.Max(0, civilianConsumerOutput * c.Manufactures1913 / 12.0 - ruralSupply);
        l.Industry = new IndustryMonth(machineryImports, industrialMachinery, upkeep, civilianConsumerOutput, output, pInd, ruralSupply, urbanManufactures);
        var a = c.Accounts;
        a.ConstructionInProgress.In(industry.LastInvestment + industrialMachinery * p.ImportedMachineryProductivity);
        a.ConstructionInProgress.Out(industry.LastCompleted);
        a.IndustrialCapital.In(industry.LastCompleted);
        a.IndustrialCapital.Out(industry.LastDepreciation);
        a.ConsumerGoods.In(industry.ConsumerOutput * c.Manufactures1913 / 12.0);
        a.ConsumerGoods.Out(ruralSupply);
        a.ConsumerGoods.Out(urbanManufactures);
        a.ConsumerGoods.Out(upkeep);
    }

    /// <summary>Private grain trade under NEP or in the kolkhoz markets; the state's price, the
    /// price peasants expect and the marketing incentive (Economy/Prices); the farms' technique
    /// and the precautionary reserve, higher during a war scare.</summary>
    public static void Prices(CountryState c, MonthLedger l)
    {
        var (p, policy) = (c.P, l.Policy);
        bool privateTrade = policy.NepMarket || policy.KolkhozMarket;
        var open = c.Grain.Prices.Open(privateTrade, policy.ProcurementPrice, l.Industry.PriceIndex, p.AvailabilityWeight);
        double technique = Math.Pow(1 + p.AgriTechniqueGrowth, l.YearsSince1921);
        double precaution = p.PrecautionaryReserve + (c.Month <= c.Defence.WarScareUntil ? p.WarScareHoarding * c.Defence.WarScareMagnitude : 0);
        l.Prices = new PricesMonth(privateTrade, open.ProcurementPrice, open.ExpectedPrice, open.Incentive, technique, precaution);
    }

    /// <summary>Tractors made by heavy industry and bought abroad (Economy/TractorFleet).</summary>
    public static void Tractors(CountryState c, MonthLedger l)
    {
        var fleet = c.Economy.Tractors;
        fleet.Step(c.P, c.Economy.Industry.LastTractorRubles, l.Industry.MachineryImports);
        l.Tractors = fleet.Tractors;
    }

    /// <summary>The towns' need, the state's reserves, its stock ceiling and the month's export
    /// pace: the year's plan less what it has shipped since August, over the months left (Economy/StateGrain).</summary>
    public static void StateGrainPlan(CountryState c, MonthLedger l)
    {
        int monthsLeft = StateGrain.MonthsLeftInYear(c.Month.CalendarMonth);
        if (monthsLeft == 12) c.Grain.ExportedThisYear = 0;
        l.Plan = StateGrain.MakePlan(c.Towns.UrbanPopulation, c.P.UrbanGrainNeed, c.P.StateStockMonths, l.Policy.GrainExportTarget,
            l.Policy.GrainReserveTarget, c.Grain.ExportedThisYear, monthsLeft);
    }

    /// <summary>The grain market (Economy/GrainMarket): under NEP state agencies buy at the
    /// procurement price whatever peasants sell them; the state supplies its share of the towns
    /// from stock (Economy/StateGrain); the private market clears the rest against the towns'
    /// private demand and the peasants' food orders.</summary>
    public static void GrainMarket(CountryState c, MonthLedger l)
    {
        var (p, policy, pr) = (c.P, l.Policy, l.Prices);
        double k = c.RealPerRow;
        var of = l.Offers;
        var prices = c.Grain.Prices;
        bool privateTrade = pr.PrivateTrade;
        double forced = of.Forced * k;
        double fromCollectives = (l.Harvest.Deliveries + l.Harvest.MtsPayment + l.Membership.ConfiscatedGrain) * k;
        double stockBefore = c.Grain.State + forced + l.Harvest.TaxInKind * k + fromCollectives;
        double toTowns = StateGrain.TownsSupply(new StateGrain.TownsInputs
        {
            PrivateTrade = privateTrade, StateShare = policy.StateProcurementShare, StockBefore = stockBefore,
            MarketPrice = prices.MarketPrice, ProcurementPrice = pr.ProcurementPrice, InterventionPriceRatio = p.InterventionPriceRatio,
        }, l.Plan);
        double urbanNeed = l.Plan.UrbanNeed;
        double buyPrice = l.HouseholdInputs.BuyPriceRubles;
        var market = Economy.GrainMarket.Clear(new GrainMarketInputs(privateTrade, of.Offered * k, of.SaleCaps * k,
            pr.ExpectedPrice, p.SaleIncentiveElasticity, pr.ProcurementPrice, policy.StateProcurementShare, p.TradeChannelElasticity,
            double.PositiveInfinity, urbanNeed - toTowns, p.UrbanDemandElasticity,
            of.FoodOrders * k, c.Grain.Traders, p.TraderStockShare, l.HouseholdInputs.MonthsToHarvest, prices.MarketPrice));
        prices.MarketPrice = market.MarketPrice;
        double buyPriceNow = privateTrade ? prices.MarketPrice * p.GrainPrice1913 : 0;
        double privateDemand = privateTrade ? (urbanNeed - toTowns) * Math.Pow(prices.MarketPrice, -p.UrbanDemandElasticity) : 0;
        double ruralOrders = of.FoodOrders * k * (buyPrice > 0 && buyPriceNow > 0 ? Math.Min(1.0, buyPrice / buyPriceNow) : 1.0);
        // Traders fill orders from their stock and this month's expected purchases.
        double expectedToMarket = market.Sales * (1 - market.StateShareOfSales);
        double available = c.Grain.Traders + expectedToMarket;
        double orders = privateDemand + ruralOrders;
        double fill = orders > 0 ? Math.Min(1.0, 0.999 * available / orders) : 0;
        l.Market = new MarketMonth(forced, fromCollectives, toTowns, market, buyPrice, buyPriceNow, privateDemand, ruralOrders, available, fill);
    }

    /// <summary>What the state received this month: voluntary sales to it, forced procurement,
    /// tax in kind and the collective farms' deliveries.</summary>
    public static void StateProcurement(CountryState c, MonthLedger l)
    {
        double k = c.RealPerRow;
        var f = l.Settlement;
        double sold = f.Sold * k;
        double toState = sold * l.Market.Outcome.StateShareOfSales;
        double toMarket = sold - toState;
        double total = toState + l.Market.Forced + l.Harvest.TaxInKind * k + l.Market.FromCollectives;
        c.Grain.State += total;
        c.Grain.OtherProcurement[c.Month.Index % 12] = total - l.Harvest.Deliveries * k;
        l.Procurement = new ProcurementMonth(sold, toState, toMarket, total, f.Bought * k);
        c.Accounts.StateGrain.In(total);
        c.Accounts.TraderGrain.In(toMarket);
        c.Accounts.TraderGrain.Out(l.Procurement.RuralBought);
    }

    /// <summary>The state's grain goes to exports, the towns, the army and the traders' shortfall
    /// (Economy/StateGrain); the traders sell to the towns and the villages.</summary>
    public static void StateGrainDisposal(CountryState c, MonthLedger l)
    {
        var d = StateGrain.Dispose(new StateGrain.DisposalInputs
        {
            Stock = c.Grain.State, TraderStock = c.Grain.Traders, Priority = l.Policy.GrainExportPriority,
            ExportsFollowHarvest = l.Policy.ExportsFollowHarvest, TownsPlanned = l.Market.TownsPlanned,
            ArmedForces = c.Defence.ArmedForces, ArmyGrainPerSoldier = c.P.ArmyGrainPerSoldier, ToMarket = l.Procurement.ToMarket,
            RuralBought = l.Procurement.RuralBought, UrbanPrivateFilled = l.Market.Fill * l.Market.PrivateDemand, TradersAvailable = l.Market.Available,
        }, l.Plan);
        (c.Grain.State, c.Grain.Traders) = (d.Stock, d.TraderStock);
        c.Grain.ExportedThisYear += d.Exports;
        l.Disposal = d;
        var a = c.Accounts;
        a.StateGrain.Out(d.Exports);
        a.StateGrain.Out(d.ToTowns);
        a.StateGrain.Out(d.Army);
        a.StateGrain.Out(d.StateToTraders);
        a.TraderGrain.In(d.StateToTraders);
        a.TraderGrain.Out(d.UrbanPrivate);
        double urbanNeed = l.Plan.UrbanNeed;
        l.UrbanConsumption = d.ToTowns + d.UrbanPrivate;
        l.UrbanShortfall = urbanNeed > 0 ? Math.Max(0, urbanNeed - l.UrbanConsumption) / urbanNeed : 0;
    }

    /// <summary>Foreign trade (Economy/ForeignTrade): grain and raw materials at world prices;
    /// private imports and flight where the monopoly is weakened; machinery with what is left.</summary>
    public static void ForeignTrade(CountryState c, MonthLedger l)
    {
        var f = l.Settlement;
        var policy = l.Policy;
        l.Trade = c.Economy.Trade.Step(c.P, l.Disposal.Exports, policy.WorldGrainPrice, l.Industry.Output, policy.TradeMonopoly, policy.MachineryImportShare,
            (f.Revenue + f.LivestockCash) * c.RealPerRow);
        c.Economy.LastMachineryImports = l.Trade.MachineryImports;
        var (a, t) = (c.Accounts.Reserves, l.Trade);
        a.In(t.GrainExportRevenue);
        a.In(t.OtherExports);
        a.Out(t.PrivateImports);
        a.Out(t.CapitalFlight);
        a.Out(t.MachineryImports);
        a.Out(t.OtherStateImports);
    }

    /// <summary>The price received enters the expectation; the countryside's demand for
    /// manufactures against what reached it sets next month's availability (Economy/Prices).</summary>
    public static void Expectations(CountryState c, MonthLedger l)
    {
        var prices = c.Grain.Prices;
        prices.Receive(l.Procurement.Sold > 0, l.Prices.PrivateTrade, l.Market.Outcome.RealisedPrice, l.Prices.ProcurementPrice);
        l.DemandUnits = l.Settlement.DesiredManufactures * c.RealPerRow / l.Industry.PriceIndex;
        prices.Learn(l.DemandUnits, l.Industry.RuralSupply, l.Prices.Incentive);
    }

    /// <summary>National accounts (Economy/NationalAccounts): the latest harvest (before the
    /// first August, 1913's scaled by the 1921 livestock index: the 1921 harvest's drought-free
    /// equivalent is unknown), livestock relative to March 1921, industry, towns; GDP per head at
    /// Maddison's 1913 level, which the world sees next month.</summary>
    public static void NationalAccounts(CountryState c, MonthLedger l)
    {
        var (p, f, r) = (c.P, l.Settlement, c.Rural);
        double k = c.RealPerRow;
        double livestockUnits = Herds.Units(f.Draught, f.Cattle, f.Pigs, f.Sheep) + r.Farms.TotalUnits;
        if (l.CalendarMonth == 8) r.LatestHarvest = (l.Harvest.Peasant + l.Harvest.Collective) * k;
        double latestHarvest = double.IsNaN(r.LatestHarvest) ? p.GrainHarvest1913 * p.LivestockIndex1921 : r.LatestHarvest;
        c.Economy.LivestockIndex = LivestockIndex(c, l);
        double agriculture = Economy.NationalAccounts.AgricultureIndex(latestHarvest, p.GrainHarvest1913, c.Economy.LivestockIndex);
        double gdpIndex = Economy.NationalAccounts.GdpIndex(agriculture, l.Industry.Output, c.Towns.UrbanPopulation / p.UrbanPopulation1913, p.AgricultureWeight1913, p.IndustryWeight1913);
        double population = r.Population * k + c.Towns.UrbanPopulation + c.Towns.Deportees;
        c.Economy.NationalIncome = gdpIndex * p.NationalIncome1913;
        double gdpPerCapita = Economy.NationalAccounts.GdpPerCapita(gdpIndex, population, p.Population1913, p.GdpPerCapita1913);
        c.World.UssrGdpPerCapita = gdpPerCapita;
        c.World.UssrGdp = gdpPerCapita * population;
        l.National = new NationalMonth(livestockUnits, agriculture, gdpIndex, population, gdpPerCapita);
    }

    /// <summary>The livestock index: the meat and milk of the last twelve months (of the months
    /// run, scaled to a year, in the first year) at 1913 relative prices, against 1913's
    /// (Economy/NationalAccounts.LivestockIndex).</summary>
    private static double LivestockIndex(CountryState c, MonthLedger l)
    {
        var (p, r) = (c.P, c.Rural);
        int slot = c.T % 12;
        r.MeatHistory[slot] = Outputs.MeatOutput(c, l) * c.RealPerRow;
        r.MilkHistory[slot] = (l.Settlement.Milk + l.Pool.Milk) * c.RealPerRow;
        int months = Math.Min(12, c.T + 1);
        double meat = 0, milk = 0;
        for (int i = 0; i < months; i++) { meat += r.MeatHistory[i]; milk += r.MilkHistory[i]; }
        double toYear = 12.0 / months;
        return Economy.NationalAccounts.LivestockIndex(meat * toYear, milk * toYear, p.MeatOutput1913, p.MilkOutput1913, p.MeatPrice, p.MilkPrice);
    }

    /// <summary>Labour and the apparatus: posts the plan and the towns call for, the apparatus
    /// following the volume the state administers (Economy/Labour, Society/Bureaucracy), and the
    /// men under arms (Economy/Defence).</summary>
    public static void LabourAndApparatus(CountryState c, MonthLedger l)
    {
        var (p, e, policy) = (c.P, c.Economy, l.Policy);
        var industry = e.Industry;
        double capacity = Economy.Industry.ProducerWeight1913 * industry.ProducerCapacity + Economy.Industry.ConsumerWeight1913 * industry.ConsumerCapacity;
        double capacityYearAgo = c.T >= 12 ? e.CapacityHistory[c.T % 12] : capacity;
        e.CapacityHistory[c.T % 12] = capacity;
        double capacityGrowth = capacityYearAgo > 0 ? capacity / capacityYearAgo - 1 : 0;
        double pState = l.Prices.ProcurementPrice;
        double procurementRubles = l.Procurement.Total * 12 * pState * p.GrainPrice1913;
        double latestHarvest = double.IsNaN(c.Rural.LatestHarvest) ? 0 : c.Rural.LatestHarvest;
        double administered = Society.Bureaucracy.AdministeredVolume(l.Industry.Output * (Economy.Industry.ProducerOutput1913Rubles + Economy.Industry.ConsumerOutput1913Rubles),
            procurementRubles, policy.Rationing ? c.Towns.UrbanPopulation * p.RationedSupplyPerPerson : 0,
            c.Rural.Farms.Households.Sum() > 0 ? c.Rural.CollectivizedShare * latestHarvest * pState * p.GrainPrice1913 : 0);
        var bureaucracy = c.Society.Bureaucracy;
        bureaucracy.Step(p, l.National.Population, administered, 1 - c.Grain.Prices.Availability, l.Defence.Openness, e.Employees);
        c.Defence.ArmedForces = Economy.Defence.ArmedForces(c.Defence.ArmedForces, p.ForcesPerDefenceShare, l.Defence.Share, l.National.Population);
        l.Jobs = Labour.Compute(p, industry.Workers(p), capacityGrowth, industry.LastInvestment * 12, c.Towns.UrbanPopulation, bureaucracy.Numbers, l.Tractors, c.Defence.ArmedForces);
        e.Employees = l.Jobs.Total;
        e.UnemploymentRate = l.Jobs.LabourForce > 0 ? l.Jobs.Unemployed / l.Jobs.LabourForce : 0;
    }
}
