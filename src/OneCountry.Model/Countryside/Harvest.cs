using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>Inputs of the harvest (August).</summary>
public readonly record struct HarvestInputs(
    Parameters P, double Technique, double[] ZoneWeather, bool TaxInKind, double TaxRate, double TaxProgressivity,
    double ProcurementPriceRubles);

/// <summary>
/// The harvest (August): harvest = area × yield × technique × weather(zone) × enterprise, with the
/// area a household cannot work with its own animals yielding <c>horseless_yield_factor</c> of
/// normal (draught power enters the harvest). Then the factor payments of NEP in
/// grain — rent to lessors, wages to hired workers, pooled and paid pro rata — and the tax:
/// in kind (prodnalog, 1921–23) taken now, or in money (the single agricultural tax from 1924)
/// assessed now and paid October–March. The rate is progressive in sown area per consumer, as
/// the 1920s taxes were (exemptions for the poor, surcharges for the well-off).
/// </summary>
public static class Harvest
{
    private const int SHarvest = 0, SSown = 1, SRent = 2, SWage = 3, SLeasedOut = 4, SHiredOut = 5, SSownForTax = 6, SConsumers = 7;
    private const int RTax = 0, RMoneyTax = 1;

    public readonly record struct Result(double Harvest, double Sown, double TaxInKind, double MoneyTaxAssessed, double Rent, double Wages);

    public static Result Run(HouseholdTable h, in HarvestInputs input, BlockRunner runner)
    {
        var inp = input;
        var s1 = runner.Run(h.Count, 8, (b, s, e, sums, o) => Reap(h, inp, s, e, sums, o));
        double harvest = s1[SHarvest], sown = s1[SSown], rent = s1[SRent], wage = s1[SWage];
        double leasedOut = s1[SLeasedOut], hiredOut = s1[SHiredOut];
        double meanSownPerConsumer = s1[SConsumers] > 0 ? s1[SSownForTax] / s1[SConsumers] : 0;
        // Rent and wages can only be paid if someone leased out or hired out.
        double rentPerHa = leasedOut > 0 ? rent / leasedOut : 0;
        double wagePerHa = hiredOut > 0 ? wage / hiredOut : 0;
        bool payRent = leasedOut > 0, payWage = hiredOut > 0;
        var s2 = runner.Run(h.Count, 2, (b, s, e, sums, o) => Settle(h, inp, s, e, sums, o, payRent, payWage, rentPerHa, wagePerHa, meanSownPerConsumer));
        return new Result(harvest, sown, s2[RTax], s2[RMoneyTax], payRent ? rent : 0, payWage ? wage : 0);
    }

    /// <summary>Harvest of one household, before payments.</summary>
    public static double HouseholdHarvest(Parameters p, double sown, double draughtAnimals, double zoneYield, double technique, double weather, double enterprise)
    {
        if (sown <= 0) return 0;
        double covered = FastMath.Min(sown, draughtAnimals * p.AreaPerDraughtAnimal);
        double effective = covered + (sown - covered) * p.HorselessYieldFactor;
        return effective * p.BaseYield * zoneYield * technique * weather * enterprise;
    }

    private static void Reap(HouseholdTable h, in HarvestInputs inp, int start, int end, double[] sums, int o)
    {
        var zones = Zones.All;
        for (int i = start; i < end; i++)
        {
            if (h.Status[i] >= (byte)HouseholdStatus.Deported) continue;
            double sown = h.Sown[i];
            double y = HouseholdHarvest(inp.P, sown, h.DraughtAnimals[i], zones[h.Zone[i]].YieldFactor, inp.Technique, inp.ZoneWeather[h.Zone[i]], h.Enterprise[i]);
            sums[o + SHarvest] += y;
            sums[o + SSown] += sown;
            if (sown > 0)
            {
                sums[o + SRent] += inp.P.RentShare * y * FastMath.Min(1.0, h.LeasedIn[i] / sown);
                sums[o + SWage] += inp.P.WageShare * y * FastMath.Min(1.0, h.HiredIn[i] / sown);
            }
            sums[o + SLeasedOut] += h.LeasedOut[i];
            sums[o + SHiredOut] += h.HiredOut[i];
            int m = h.Members[i];
            sums[o + SSownForTax] += sown;
            sums[o + SConsumers] += HouseholdTable.ConsumerUnits(m, HouseholdTable.WorkerShare(h.FamilyAge[i]));
        }
    }

    private static void Settle(HouseholdTable h, in HarvestInputs inp, int start, int end, double[] sums, int o,
        bool payRent, bool payWage, double rentPerHa, double wagePerHa, double meanSownPerConsumer)
    {
        var zones = Zones.All;
        var p = inp.P;
        for (int i = start; i < end; i++)
        {
            if (h.Status[i] >= (byte)HouseholdStatus.Deported) continue;
            double sown = h.Sown[i];
            double y = HouseholdHarvest(p, sown, h.DraughtAnimals[i], zones[h.Zone[i]].YieldFactor, inp.Technique, inp.ZoneWeather[h.Zone[i]], h.Enterprise[i]);
            double g = h.Grain[i] + y;
            if (sown > 0)
            {
                if (payRent) g -= p.RentShare * y * FastMath.Min(1.0, h.LeasedIn[i] / sown);
                if (payWage) g -= p.WageShare * y * FastMath.Min(1.0, h.HiredIn[i] / sown);
            }
            if (payRent) g += rentPerHa * h.LeasedOut[i];
            if (payWage) g += wagePerHa * h.HiredOut[i];

            int m = h.Members[i];
            double c = HouseholdTable.ConsumerUnits(m, HouseholdTable.WorkerShare(h.FamilyAge[i]));
            double rate = TaxRate(inp.TaxRate, inp.TaxProgressivity, c > 0 ? sown / c : 0, meanSownPerConsumer);
            if (inp.TaxInKind)
            {
                double tax = FastMath.Min(rate * y, FastMath.Max(0, g));
                g -= tax;
                sums[o + RTax] += tax;
            }
            else
            {
                double due = rate * y * inp.ProcurementPriceRubles;
                h.TaxDue[i] += (float)due;
                sums[o + RMoneyTax] += due;
            }
            h.Grain[i] = g;
        }
    }

    /// <summary>Progressive rate: base × (1 + progressivity × (relative sown area per consumer − 1)),
    /// between 0 (exempt) and three times the base.</summary>
    public static double TaxRate(double baseRate, double progressivity, double sownPerConsumer, double meanSownPerConsumer)
    {
        if (meanSownPerConsumer <= 0) return baseRate;
        double rel = sownPerConsumer / meanSownPerConsumer;
        return Math.Clamp(baseRate * (1 + progressivity * (rel - 1)), 0, 3 * baseRate);
    }
}
