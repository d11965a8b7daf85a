using OneCountry.Model.Society;

namespace OneCountry.Model.Country.Processes;

/// <summary>The towns, and consumption by class.</summary>
public static class SocietyProcesses
{
    /// <summary>Migrants, natural increase, the deaths of a war the USSR fights, scripted excess
    /// deaths, and the special settlements (Society/Towns).</summary>
    public static void Towns(CountryState c, MonthLedger l)
    {
        var (p, t) = (c.P, c.Towns);
        l.Towns = Society.Towns.Step(new Society.Towns.Inputs
        {
            UrbanPopulation = t.UrbanPopulation, Deportees = t.Deportees, Migrants = l.Settlement.Migrants * c.RealPerRow,
            NaturalIncreaseRate = p.UrbanNaturalIncrease, AtWar = l.Defence.AtWar, WarDeathsPerMonth = c.Defence.WarDeathsPerMonth,
            ExcessDeaths = l.ExcessUrbanDeaths, DeporteeDeathRate = p.DeporteeDeathRate, DeporteeBirthRate = p.DeporteeBirthRate,
        });
        (t.UrbanPopulation, t.Deportees) = (l.Towns.UrbanPopulation, l.Towns.Deportees);
        var a = c.Accounts.UrbanPopulation;
        a.In(l.Towns.Migrants);
        a.In(l.Towns.Natural);
        a.Out(l.Towns.WarDeaths);
        a.Out(l.Towns.ExcessDeaths);
    }

    /// <summary>Consumption by class, its Gini, and the shortage index (Society/Distribution); the
    /// towns eat their grain, the meat and milk the countryside marketed (Society/UrbanFood) and
    /// the manufactures they claimed.</summary>
    public static void Distribution(CountryState c, MonthLedger l)
    {
        var (p, jobs, bureaucracy) = (c.P, l.Jobs, c.Society.Bureaucracy);
        double k = c.RealPerRow;
        l.UrbanLivestockFood = UrbanFood.LivestockProducts(new UrbanFood.Inputs
        {
            HouseholdMeat = l.Settlement.Meat * k, HouseholdMilk = l.Settlement.Milk * k, EntryMeat = Outputs.EntryMeat(c, l) * k,
            CollectiveMeat = l.Pool.Meat * k, CollectiveMilk = l.Pool.Milk * k, SoldShare = p.LivestockProductsSold,
            MeatGrainEquivalent = p.MeatGrainEquivalent, MilkGrainEquivalent = p.MilkGrainEquivalent,
        });
        double urbanConsumption = l.UrbanConsumption;
        l.Distribution = c.Society.Distribution.Compute(c.Rural.Households, c.RealPerRow, new Society.Distribution.Urban(
            (urbanConsumption + l.UrbanLivestockFood) * p.GrainPrice1913 + l.Industry.UrbanManufactures, bureaucracy.PrivilegeShare, c.Towns.UrbanPopulation,
            jobs.Industry + jobs.Construction + jobs.StateAgriculture, jobs.Services, bureaucracy.Numbers, jobs.Unemployed,
            p.EmployeeConsumptionWeight, p.UnemployedConsumptionWeight),
            Society.Distribution.ShortageIndex(l.DemandUnits, l.Industry.RuralSupply, l.Plan.UrbanNeed * p.GrainPrice1913, urbanConsumption * p.GrainPrice1913),
            c.Runner.Threads);
    }
}
