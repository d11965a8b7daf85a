using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;
using OneCountry.Model.World;

namespace OneCountry.Model.Country.Processes;

/// <summary>The month's drivers and bookkeeping: scripted events, the weather, the policy in
/// force, the opening and checking of the stock–flow accounts.</summary>
public static class DriverProcesses
{
    /// <summary>Scripted events dated this month: war scares, wars of the USSR, droughts (logged
    /// here, applied by the weather), annexations, excess deaths (logged here, applied by the
    /// households' month), events of other countries, Lenin's incapacity.</summary>
    public static void ScenarioEvents(CountryState c, MonthLedger l)
    {
        c.Towns.AnnexedThisMonth = 0;
        var month = c.Month;
        foreach (var e in c.Config.Events)
        {
            if (e.Month != month) continue;
            switch (e.Kind)
            {
                case EventKind.WarScare:
                    c.Defence.WarScareUntil = month.Plus(Math.Max(1, e.DurationMonths) - 1);
                    c.Defence.WarScareMagnitude = e.Magnitude;
                    c.Log.Add(new LoggedEvent(month, Countries.Ussr, "war_scare", e.Country ?? "", e.Note ?? $"war scare for {e.DurationMonths} months", double.NaN, e.Magnitude));
                    break;
                case EventKind.Drought:
                    c.Log.Add(new LoggedEvent(month, Countries.Ussr, "scripted_weather", string.Join("+", e.Zones.Select(z => Zones.All[z].Name)),
                        e.Note ?? "scripted weather for this year's harvest", double.NaN, e.Magnitude));
                    break;
                case EventKind.Annexation:
                    Annex(c, e);
                    break;
                case EventKind.ExcessDeaths:
                    c.Log.Add(new LoggedEvent(month, Countries.Ussr, "excess_deaths", string.Join("+", e.Zones.Select(z => Zones.All[z].Name)),
                        e.Note ?? $"{e.Magnitude:0} excess deaths over {e.DurationMonths} months", double.NaN, e.Magnitude));
                    break;
                case EventKind.War when e.Country == Countries.Ussr:
                    c.Defence.SovietWarUntil = month.Plus(Math.Max(1, e.DurationMonths) - 1);
                    c.Defence.WarDeathsPerMonth = e.Magnitude / Math.Max(1, e.DurationMonths);
                    c.Log.Add(new LoggedEvent(month, Countries.Ussr, "war", Countries.Ussr, e.Note ?? $"the USSR at war for {e.DurationMonths} months", double.NaN, e.Magnitude));
                    break;
                case EventKind.RegimeChange or EventKind.War or EventKind.Attitude or EventKind.EconomicShock:
                    c.World.System.Apply(e, month, c.Log);
                    break;
                case EventKind.LeninIncapacity:
                    c.Politics.Party.LeninIncapacitated(month, c.Log, e.Note);
                    break;
            }
        }
    }

    /// <summary>An annexed territory's peasants join the table (Countryside/Annexation), its
    /// townspeople the towns; the inflow is reported as annexed_population.</summary>
    private static void Annex(CountryState c, ScheduledEvent e)
    {
        var r = c.Rural;
        double ruralBefore = r.Population;
        var added = Annexation.Settle(r.Households, e, c.P, c.Rng, c.RealPerRow, r.SownArea);
        r.SownArea = added.SownArea;
        r.ActiveHouseholds += added.Rows;
        r.Recount();
        double members = r.Population - ruralBefore;
        double urban = e.Magnitude * e.UrbanShare;
        c.Towns.UrbanPopulation += urban;
        c.Towns.AnnexedThisMonth += members * c.RealPerRow + urban;
        c.Log.Add(new LoggedEvent(c.Month, Countries.Ussr, "annexation", string.Join("+", e.Zones.Select(z => Zones.All[z].Name)),
            e.Note ?? "a territory joins the country", double.NaN, members * c.RealPerRow + urban));
    }

    public static void Weather(CountryState c, MonthLedger l) =>
        Countryside.Weather.Draw(c.Month, c.P, c.Rng, c.Config.Events, c.Rural.ZoneWeather, c.Log);

    public static void Policy(CountryState c, MonthLedger l)
    {
        var resolved = c.Politics.Resolution.Resolve(c.Month, c.T == 0, c.Config.Policy, c.Politics.Party, c.Log);
        (l.Policy, l.Mode) = (resolved.Policy, resolved.Mode);
    }

    public static void OpenAccounts(CountryState c, MonthLedger l)
    {
        var industry = c.Economy.Industry;
        l.Open = new Openings(c.Rural.Grain, c.Rural.Cash, c.Rural.Population, c.Grain.State, c.Towns.UrbanPopulation, c.Grain.Traders,
            c.Rural.Farms.TotalGrain, c.Economy.Trade.Reserves, industry.ProducerPipeline + industry.ConsumerPipeline, industry.CapitalRubles(c.P));
    }

    /// <summary>Every stock–flow identity of the month, each to its tolerance (relative to the
    /// stock): a failure names the account and stops the run.</summary>
    public static void CheckAccounts(CountryState c, MonthLedger l)
    {
        if (!c.Config.CheckBalances) return;
        var (o, f, of, m, h, s) = (l.Open, l.Settlement, l.Offers, l.Membership, l.Harvest, l.Sowing);
        double k = c.RealPerRow;
        var industry = c.Economy.Industry;
        var trade = l.Trade;
        Check(c, new BalanceReport("household grain", o.HouseholdGrain, h.Peasant + h.DistributedGrain + l.Relief,
            s.Seed + f.Food + f.Fodder + f.Losses + f.Sold
            + of.Forced + h.TaxInKind + m.ConfiscatedGrain + m.SeedContributed, c.Rural.Grain), 1e-9);
        Check(c, new BalanceReport("collective grain", o.CollectiveGrain, h.Collective + m.SeedContributed + s.SeedAid,
            s.CollectiveSeed + h.Deliveries + h.MtsPayment + h.DistributedGrain + l.PoolFodder + l.PoolLosses, c.Rural.Farms.TotalGrain), 1e-9);
        Check(c, new BalanceReport("rural population", o.RuralPopulation, l.Countryside.Births,
            l.Countryside.Deaths + l.Countryside.Migrants + m.DeportedPersons, c.Rural.Population), 0);
        Check(c, new BalanceReport("household money", o.HouseholdCash,
            of.ForcedRevenue + f.Revenue + f.LivestockCash + f.NonfarmCash + h.DistributedCash,
            f.TaxPaid + f.SpentManufactures + f.BoughtCash + f.OtherSpending
            + m.ConfiscatedCash, c.Rural.Cash), 1e-9);
        var d = l.Disposal;
        Check(c, new BalanceReport("state grain", o.StateGrain, l.Procurement.Total,
            d.Exports + d.ToTowns + d.Army + d.StateToTraders + s.SeedAid * k + l.Relief * k, c.Grain.State), 1e-9);
        Check(c, new BalanceReport("trader grain", o.TraderGrain, l.Procurement.ToMarket + d.StateToTraders,
            d.UrbanPrivate + l.Procurement.RuralBought, c.Grain.Traders), 1e-9);
        Check(c, new BalanceReport("urban population", o.UrbanPopulation, l.Towns.Migrants + l.Towns.Natural,
            l.Towns.WarDeaths + l.Towns.ExcessDeaths, c.Towns.UrbanPopulation), 1e-12);
        Check(c, new BalanceReport("construction in progress", o.ConstructionInProgress, industry.LastInvestment + l.Industry.IndustrialMachinery * c.P.ImportedMachineryProductivity,
            industry.LastCompleted, industry.ProducerPipeline + industry.ConsumerPipeline), 1e-9);
        Check(c, new BalanceReport("industrial fixed capital", o.IndustrialCapital, industry.LastCompleted, industry.LastDepreciation, industry.CapitalRubles(c.P)), 1e-9);
        Check(c, new BalanceReport("consumer goods", 0, industry.ConsumerOutput * c.Manufactures1913 / 12.0,
            l.Industry.RuralSupply + l.Industry.UrbanManufactures + l.Industry.Upkeep, 0), 1e-9);
        Check(c, new BalanceReport("gold and currency reserves", o.Reserves, trade.GrainExportRevenue + trade.OtherExports,
            trade.PrivateImports + trade.CapitalFlight + trade.MachineryImports + trade.OtherStateImports, c.Economy.Trade.Reserves), 1e-9);
    }

    private static void Check(CountryState c, BalanceReport report, double tolerance)
    {
        if (!report.Holds(tolerance)) throw new BalanceViolationException(report, c.Month);
    }

    /// <summary>The October reorganisation moves grain between households (horse trade) and
    /// divides households: re-read the totals it may have changed by rounding.</summary>
    public static void Recount(CountryState c, MonthLedger l) => c.Rural.Recount();
}
