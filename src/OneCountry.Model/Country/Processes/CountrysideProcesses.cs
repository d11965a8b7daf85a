using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;
using OneCountry.Model.World;

namespace OneCountry.Model.Country.Processes;

/// <summary>The peasant households and the collective farms, month by month.</summary>
public static class CountrysideProcesses
{
    /// <summary>Households join, leave or are deported in one pass (Countryside/Collectivization);
    /// the pool's land and animals follow; deportees go to the special settlements.</summary>
    public static void Collectivization(CountryState c, MonthLedger l)
    {
        var (r, p, policy) = (c.Rural, c.P, l.Policy);
        var farms = r.Farms;
        for (int z = 0; z < Zones.Count; z++)
        {
            r.PoolLandPerMember[z] = farms.Households[z] > 0 ? farms.Land[z] / farms.Households[z] : 0;
            r.PoolDraughtPerMember[z] = farms.Households[z] > 0 ? farms.Draught[z] / farms.Households[z] : 0;
            r.PoolCattlePerMember[z] = farms.Households[z] > 0 ? farms.Cattle[z] / farms.Households[z] : 0;
        }
        var (listBin, listMarginal) = DeportationLists.Threshold(r.Households, c.Runner, p.AreaPerDraughtAnimal, policy.DeportationQuota / c.RealPerRow);
        var m = farms.Membership(r.Households, new CollectivizationInputs(p, policy.CollectivizationDrive, policy.CollectivizationTarget,
            policy.CollectiveExit, policy.Dekulakization, r.CollectivizedShare, l.Tractors / p.Tractors1928, r.PoolLandPerMember, r.PoolDraughtPerMember,
            c.Rng.TickKey(RandomPurpose.Collectivization, c.Month.Index)) { PlotLivestockLimit = policy.PlotLivestockLimit, PoolCattlePerMember = r.PoolCattlePerMember, ListBin = listBin, ListMarginal = listMarginal }, c.Runner);
        double peasantHouseholds = m.CollectiveHouseholds + m.IndividualHouseholds;
        r.CollectivizedShare = peasantHouseholds > 0 ? m.CollectiveHouseholds / peasantHouseholds : 0;
        c.Towns.Deportees += m.DeportedPersons * c.RealPerRow;
        if (m.DeportedHouseholds > 0)
            c.Log.Add(new LoggedEvent(c.Month, Countries.Ussr, "dekulakization", "kulak households", "households deported to special settlements",
                double.NaN, m.DeportedHouseholds * c.RealPerRow));
        l.Membership = m;
        var a = c.Accounts;
        a.HouseholdGrain.Out(m.ConfiscatedGrain);
        a.HouseholdGrain.Out(m.SeedContributed);
        a.CollectiveGrain.In(m.SeedContributed);
        a.RuralPopulation.Out(m.DeportedPersons);
        a.HouseholdMoney.Out(m.ConfiscatedCash);
    }

    /// <summary>April: households sow (Countryside/Sowing); the state makes up the collective
    /// farms' missing seed from its stocks, and the farms sow.</summary>
    public static void Sowing(CountryState c, MonthLedger l)
    {
        var (r, p, policy) = (c.Rural, c.P, l.Policy);
        double k = c.RealPerRow;
        var s = Countryside.Sowing.Run(r.Households, new SowingInputs(p, policy.NepMarket, c.Grain.Prices.ExpectedIncentive, l.Prices.Technique,
            l.Prices.Precaution, policy.PeasantTaxRate, policy.SowingPlan), c.Runner);
        (r.SownArea, r.Leased, r.Hired) = (s.Sown, s.Leased, s.Hired);
        double seedAid = r.Farms.SeedAid(p, l.Tractors / k, Math.Max(0, c.Grain.State) / k);
        c.Grain.State -= seedAid * k;
        var cs = r.Farms.Sow(p, l.Tractors / k);
        r.SownArea += cs.Sown;
        l.Sowing = new SowingMonth(s.Seed, seedAid, cs.Seed);
        var a = c.Accounts;
        a.HouseholdGrain.Out(s.Seed);
        a.StateGrain.Out(seedAid * k);
        a.CollectiveGrain.In(seedAid);
        a.CollectiveGrain.Out(cs.Seed);
    }

    /// <summary>August: households reap and pay rent, wages and tax in kind (Countryside/Harvest);
    /// the collective farms reap, deliver, pay the stations and share out the rest by labour days.</summary>
    public static void Harvest(CountryState c, MonthLedger l)
    {
        var (r, p, policy) = (c.Rural, c.P, l.Policy);
        double k = c.RealPerRow;
        double pState = l.Prices.ProcurementPrice;
        var h = Countryside.Harvest.Run(r.Households, new HarvestInputs(p, l.Prices.Technique, r.ZoneWeather, policy.TaxInKind, policy.PeasantTaxRate,
            policy.TaxProgressivity, pState * p.GrainPrice1913), c.Runner);
        r.Farms.CountHungry(r.Households, p.SubsistenceShare);
        // The year's hay, straw, pasture and garden follow the harvest's weather (Countryside/Herds).
        for (int z = 0; z < Zones.Count; z++) r.FodderWeather[z] = Herds.WeatherFactor(p, r.ZoneWeather[z]);
        double deliveryCap = double.PositiveInfinity;
        if (policy.DeliveriesToClaims)
        {
            double urbanNeed = c.Towns.UrbanPopulation * p.UrbanGrainNeed / 12.0;
            double townsMonthly = (policy.NepMarket || policy.KolkhozMarket ? policy.StateProcurementShare : 1.0) * urbanNeed;
            double armyMonthly = (double.IsNaN(c.Defence.ArmedForces) ? 0 : c.Defence.ArmedForces) * p.ArmyGrainPerSoldier / 12.0;
            double other = 0;
            foreach (double x in c.Grain.OtherProcurement) other += x;
            deliveryCap = Economy.StateGrain.DeliveryPlan(townsMonthly, armyMonthly, policy.GrainExportTarget, p.StateStockMonths * urbanNeed,
                policy.GrainReserveTarget * 1e6, c.Grain.State, other) / k;
        }
        var ch = r.Farms.Harvest(p, l.Prices.Technique, r.ZoneWeather, l.Tractors / k, policy.KolkhozDeliveryShare, pState * p.GrainPrice1913,
            r.GrainPerWorker, r.GrainPerConsumer, r.CashPerWorker, policy.QuotaRelief, deliveryCap);
        var (grain, cash) = CollectiveFarms.Distribute(r.Households, c.Runner, r.GrainPerWorker, r.GrainPerConsumer, r.CashPerWorker);
        l.Harvest = new HarvestMonth(h.Harvest, h.Sown, h.TaxInKind, ch.Harvest, ch.Sown, ch.Deliveries, ch.MtsPayment, grain, cash);
        var a = c.Accounts;
        a.HouseholdGrain.In(h.Harvest);
        a.HouseholdGrain.In(grain);
        a.HouseholdGrain.Out(h.TaxInKind);
        a.HouseholdMoney.In(cash);
        a.CollectiveGrain.In(ch.Harvest);
        a.CollectiveGrain.Out(ch.Deliveries);
        a.CollectiveGrain.Out(ch.MtsPayment);
        a.CollectiveGrain.Out(grain);
    }

    /// <summary>Food loans to hungry collective farmers from the state's stock above its reserve
    /// (Countryside/FoodRelief).</summary>
    public static void FoodRelief(CountryState c, MonthLedger l)
    {
        if (!(l.Policy.FoodRelief > 0)) return;
        double k = c.RealPerRow;
        l.Relief = Countryside.FoodRelief.Give(c.Rural.Households, c.Runner, c.P, Economy.StateGrain.ReliefBudget(l.Policy.FoodRelief, c.Grain.State, l.Plan) / k, l.Policy.FoodReliefReach,
            MonthsToHarvest(l.CalendarMonth));
        c.Grain.State -= l.Relief * k;
        c.Accounts.HouseholdGrain.In(l.Relief);
        c.Accounts.StateGrain.Out(l.Relief * k);
    }

    /// <summary>The households' month, first pass (Countryside/HouseholdMonth): offers at the
    /// expected price, forced procurement, food orders.</summary>
    public static void HouseholdOffers(CountryState c, MonthLedger l)
    {
        var (p, policy, pr) = (c.P, l.Policy, l.Prices);
        int cm = l.CalendarMonth;
        int monthsToHarvest = MonthsToHarvest(cm);
        double pState = pr.ProcurementPrice;
        var prices = c.Grain.Prices;
        // Under the passports recruitment goes on but flight from hunger is stopped (passport_flight_factor).
        // The towns' jobs pull migrants by the chance of finding one (Economy/Labour.MigrationPull).
        double labourDemand = Math.Clamp(l.Industry.Output, 0.2, 2.0);
        double migrationFactor = labourDemand * (policy.InternalPassports ? p.PassportMigrationFactor : 1.0)
            * Economy.Labour.MigrationPull(c.Economy.UnemploymentRate, p.MigrationJobsElasticity);
        double flightFactor = labourDemand * (policy.InternalPassports ? p.PassportFlightFactor : 1.0);
        double enforcement = Economy.StateGrain.Enforcement(policy.ProcurementEnforcement, c.Grain.State, l.Plan);
        double[]? excessRates = ExcessDeaths.Rates(c.Config.Events, c.Month, c.Rural.Households, c.RealPerRow, out l.ExcessUrbanDeaths);
        l.HouseholdInputs = new MonthInputs(
            P: p,
            CalendarMonth: cm,
            MonthsToHarvest: monthsToHarvest,
            SeedReserveHeld: cm >= 8 || cm <= 3,
            Incentive: pr.Incentive,
            StateShare: policy.StateProcurementShare,
            Enforcement: enforcement,
            StatePriceRubles: pState * p.GrainPrice1913,
            ExpectedPriceRubles: pr.ExpectedPrice * p.GrainPrice1913,
            LivestockPriceIndex: pr.PrivateTrade ? prices.MarketPrice : pState,
            Availability: prices.Availability,
            IndustrialPrice: l.Industry.PriceIndex,
            ManufacturesWantPerConsumer: ManufacturesWantPerConsumer(p),
            BuyPriceRubles: pr.PrivateTrade ? prices.MarketPrice * p.GrainPrice1913 : 0,
            TaxInstalmentFraction: cm >= 10 ? 1.0 / (12 - cm + 4) : cm <= 3 ? 1.0 / (4 - cm) : 0,
            PrecautionShare: pr.Precaution,
            NonfarmIncomePerWorker: p.NonfarmIncomePerWorker,
            MigrationFactor: migrationFactor,
            FlightFactor: flightFactor,
            Pasture: cm is >= 5 and <= 9,
            DemographyKey: c.Rng.TickKey(RandomPurpose.Births, c.Month.Index))
        {
            ExcessDeathRate = excessRates,
            FodderCapacityPerHa = FodderCapacity(c),
            FodderWeather = c.Rural.FodderWeather,
            RoughageRatio = c.Rural.RoughageRatio,
            PlotLivestockLimit = policy.PlotLivestockLimit,
            HerdRates = Herds.Rates.Of(p),
            AutumnSlaughter = cm == 12,
        };
        var r = c.Rural;
        l.Offers = HouseholdMonth.Offer(r.Households, l.HouseholdInputs, c.Runner, r.Offered, r.SaleCaps, r.FoodOrders);
        c.Accounts.HouseholdGrain.Out(l.Offers.Forced);
        c.Accounts.HouseholdMoney.In(l.Offers.ForcedRevenue);
    }

    /// <summary>Months from calendar month <paramref name="cm"/> to the next August's harvest (12 in August).</summary>
    public static int MonthsToHarvest(int cm)
    {
        int r = (8 - cm + 12) % 12;
        return r == 0 ? 12 : r;
    }

    /// <summary>This year's livestock units per hectare of allotment by zone (Countryside/Herds).</summary>
    private static double[] FodderCapacity(CountryState c)
    {
        var r = c.Rural;
        for (int z = 0; z < Zones.Count; z++) r.FodderCapacityPerHa[z] = c.P.FodderCapacityPerHa * r.FodderWeather[z];
        return r.FodderCapacityPerHa;
    }

    /// <summary>Rubles a consumer unit means to spend on manufactures per month: 1.2 times the 1913
    /// rural purchases per household spread over 3.5 consumer units. The budget is fixed in rubles
    /// (unit price elasticity), so dear manufactures mean fewer bought, and money that cannot be
    /// spent piles up as savings rather than as ever-growing demand.</summary>
    public static double ManufacturesWantPerConsumer(Parameters p) => 1.2 * p.RuralManufactures1913 / 3.5 / 12.0;

    /// <summary>The households' month, second pass: sales at the cleared price, food bought,
    /// food, fodder, livestock, people (Countryside/HouseholdMonth).</summary>
    public static void HouseholdSettlement(CountryState c, MonthLedger l)
    {
        var (r, m) = (c.Rural, l.Market);
        l.Settlement = HouseholdMonth.Settle(r.Households, l.HouseholdInputs, c.Runner, r.Offered, r.SaleCaps, r.FoodOrders,
            m.Outcome.SaleScale, m.Outcome.RealisedPrice * c.P.GrainPrice1913,
            m.Fill * Math.Min(1.0, m.BuyPrice > 0 ? m.BuyPrice / Math.Max(m.BuyPriceNow, 1e-9) : 1.0), m.BuyPriceNow);
        var (f, a) = (l.Settlement, c.Accounts);
        f.RoughageRatios(r.RoughageRatio);
        a.HouseholdGrain.Out(f.Food);
        a.HouseholdGrain.Out(f.Fodder);
        a.HouseholdGrain.Out(f.Losses);
        a.HouseholdGrain.Out(f.Sold);
        a.RuralPopulation.In(f.Births);
        a.RuralPopulation.Out(f.Deaths);
        a.RuralPopulation.Out(f.Migrants);
        a.HouseholdMoney.In(f.Revenue);
        a.HouseholdMoney.In(f.LivestockCash);
        a.HouseholdMoney.In(f.NonfarmCash);
        a.HouseholdMoney.Out(f.TaxPaid);
        a.HouseholdMoney.Out(f.SpentManufactures);
        a.HouseholdMoney.Out(f.BoughtCash);
        a.HouseholdMoney.Out(f.OtherSpending);
    }

    /// <summary>The collective farms' own month: fodder for the pooled animals and storage losses.</summary>
    public static void CollectiveMonth(CountryState c, MonthLedger l)
    {
        int cm = l.CalendarMonth;
        l.Pool = c.Rural.Farms.Month(c.P, cm is >= 5 and <= 9, cm >= 8 || cm <= 3, c.Rural.FodderWeather, l.HouseholdInputs.HerdRates);
        (l.PoolFodder, l.PoolLosses) = (l.Pool.Fodder, l.Pool.Losses);
        c.Accounts.CollectiveGrain.Out(l.PoolFodder);
        c.Accounts.CollectiveGrain.Out(l.PoolLosses);
    }

    /// <summary>October: the horse market, the commune's repartition, the strata, the family
    /// cycle and divisions (Countryside/AutumnReorganisation).</summary>
    public static void Autumn(CountryState c, MonthLedger l)
    {
        var r = c.Rural;
        var a = AutumnReorganisation.Run(r.Households, new AutumnInputs(c.P, l.Policy.NepMarket, c.Rng.TickKey(RandomPurpose.HouseholdSplit, c.Month.Index), true, true), c.Runner, r.SplitFlags);
        r.SetStrata(a);
        if (a.TableFull && !r.TableFullLogged)
        {
            r.TableFullLogged = true;
            c.Log.Add(new LoggedEvent(c.Month, Countries.Ussr, "warning", "household_table", "household table full: further divisions suspended", double.NaN, r.Households.Count));
        }
    }

    /// <summary>The rural people in households below the subsistence share this month (Countryside/Hunger).</summary>
    public static void Hunger(CountryState c, MonthLedger l) =>
        l.Hungry = Countryside.Hunger.Measure(c.Rural.Households, c.Runner, c.P.SubsistenceShare);

    /// <summary>The countryside's totals after the settlement pass.</summary>
    public static void Totals(CountryState c, MonthLedger l)
    {
        var (r, f) = (c.Rural, l.Settlement);
        double births = f.Births, deaths = f.Deaths, migr = f.Migrants;
        l.Countryside = new CountrysideTotals(births, deaths, migr, f.Members - births + deaths + migr);
        r.Grain = f.Grain;
        r.Cash = f.Cash;
        r.Population = f.Members;
        r.ActiveHouseholds = (int)f.Households;
    }
}
