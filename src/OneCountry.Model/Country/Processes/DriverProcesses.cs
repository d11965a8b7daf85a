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
    /// households' month), events of other countries, Lenin's incapacity. An event whose world
    /// condition (<see cref="ScheduledEvent.Requires"/>) fails does not happen and is logged.</summary>
    public static void ScenarioEvents(CountryState c, MonthLedger l)
    {
        c.Towns.AnnexedThisMonth = 0;
        var month = c.Month;
        foreach (var e in c.Config.Events)
        {
            if (e.Month != month) continue;
            if (!c.World.System.Satisfies(e.Requires))
            {
                // The world that made the event possible did not come about in this run.
                c.Log.Add(new LoggedEvent(month, Countries.Ussr, "event_not_applicable", e.Requires!.Country,
                    $"{e.Note ?? e.Kind.ToString()} - does not happen: it needs {e.Requires.Country} {Comintern.Name(e.Requires.Regime).Replace('_', ' ')}, which this run's world does not have", double.NaN, double.NaN));
                continue;
            }
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
                case var kind when WorldSystem.Handles(kind):
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
        Countryside.Weather.Draw(c.Month, c.P, c.Rng, c.Config.Events, c.Config.Recorded?.Weather, c.Rural.ZoneWeather, c.Log);

    public static void Policy(CountryState c, MonthLedger l)
    {
        var resolved = c.Politics.Resolution.Resolve(c.Month, c.T == 0, c.Config.Policy, c.Politics.Party, c.Log);
        (l.Policy, l.Mode) = (resolved.Policy, resolved.Mode);
    }

    /// <summary>Opens every account with its stock at the month's start.</summary>
    public static void OpenAccounts(CountryState c, MonthLedger l)
    {
        var (a, industry) = (c.Accounts, c.Economy.Industry);
        a.HouseholdGrain.Open(c.Rural.Grain);
        a.HouseholdMoney.Open(c.Rural.Cash);
        a.RuralPopulation.Open(c.Rural.Population);
        a.StateGrain.Open(c.Grain.State);
        a.UrbanPopulation.Open(c.Towns.UrbanPopulation);
        a.TraderGrain.Open(c.Grain.Traders);
        a.CollectiveGrain.Open(c.Rural.Farms.TotalGrain);
        a.Reserves.Open(c.Economy.Trade.Reserves);
        a.ConstructionInProgress.Open(industry.ProducerPipeline + industry.ConsumerPipeline);
        a.IndustrialCapital.Open(industry.CapitalRubles(c.P));
        a.ConsumerGoods.Open(0);
    }

    /// <summary>Closes every account against its stock and checks its identity, to its tolerance
    /// (relative to the stock): a failure names the account and stops the run.</summary>
    public static void CheckAccounts(CountryState c, MonthLedger l)
    {
        if (!c.Config.CheckBalances) return;
        var (a, industry) = (c.Accounts, c.Economy.Industry);
        Check(c, a.HouseholdGrain, c.Rural.Grain);
        Check(c, a.CollectiveGrain, c.Rural.Farms.TotalGrain);
        Check(c, a.RuralPopulation, c.Rural.Population);
        Check(c, a.HouseholdMoney, c.Rural.Cash);
        Check(c, a.StateGrain, c.Grain.State);
        Check(c, a.TraderGrain, c.Grain.Traders);
        Check(c, a.UrbanPopulation, c.Towns.UrbanPopulation);
        Check(c, a.ConstructionInProgress, industry.ProducerPipeline + industry.ConsumerPipeline);
        Check(c, a.IndustrialCapital, industry.CapitalRubles(c.P));
        Check(c, a.ConsumerGoods, 0);
        Check(c, a.Reserves, c.Economy.Trade.Reserves);
    }

    private static void Check(CountryState c, StockAccount account, double end)
    {
        var report = account.Close(end);
        if (!report.Holds(account.Tolerance)) throw new BalanceViolationException(report, c.Month);
    }

    /// <summary>The October reorganisation moves grain between households (horse trade) and
    /// divides households: re-read the totals it may have changed by rounding.</summary>
    public static void Recount(CountryState c, MonthLedger l) => c.Rural.Recount();
}
