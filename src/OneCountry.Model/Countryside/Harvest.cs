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

    public readonly record struct Result(double Harvest, double Sown, double TaxInKind);

    public static Result Run(HouseholdTable h, in HarvestInputs input, BlockRunner runner)
    {
        var s1 = runner.Run<ReapPass, ReapSums>(h.Count, new ReapPass(h, input));
        double harvest = s1.Harvest, sown = s1.Sown, rent = s1.Rent, wage = s1.Wage;
        double leasedOut = s1.LeasedOut, hiredOut = s1.HiredOut;
        double meanSownPerConsumer = s1.Consumers > 0 ? s1.SownForTax / s1.Consumers : 0;
        // Rent and wages can only be paid if someone leased out or hired out.
        double rentPerHa = leasedOut > 0 ? rent / leasedOut : 0;
        double wagePerHa = hiredOut > 0 ? wage / hiredOut : 0;
        bool payRent = leasedOut > 0, payWage = hiredOut > 0;
        var s2 = runner.Run<SettlePass, TaxSums>(h.Count, new SettlePass(h, input, payRent, payWage, rentPerHa, wagePerHa, meanSownPerConsumer));
        return new Result(harvest, sown, s2.Tax);
    }

    /// <summary>The reaping pass's sums: the harvest, the area, the rent and wages owed, the land
    /// leased and labour hired out, and the area and consumers the tax's progression is measured on.</summary>
    private struct ReapSums : IBlockSums<ReapSums>
    {
        public double Harvest, Sown, Rent, Wage, LeasedOut, HiredOut, SownForTax, Consumers;

        public static ReapSums Add(in ReapSums a, in ReapSums b) => new()
        {
            Harvest = a.Harvest + b.Harvest, Sown = a.Sown + b.Sown, Rent = a.Rent + b.Rent, Wage = a.Wage + b.Wage, LeasedOut = a.LeasedOut + b.LeasedOut,
            HiredOut = a.HiredOut + b.HiredOut, SownForTax = a.SownForTax + b.SownForTax, Consumers = a.Consumers + b.Consumers,
        };
    }

    /// <summary>The settlement pass's sum: tax paid in grain.</summary>
    private struct TaxSums : IBlockSums<TaxSums>
    {
        public double Tax;

        public static TaxSums Add(in TaxSums a, in TaxSums b) => new() { Tax = a.Tax + b.Tax };
    }

    private readonly record struct ReapPass(HouseholdTable H, HarvestInputs Inputs) : IBlockKernel<ReapSums>
    {
        public ReapSums Run(int start, int end) => Reap(H, Inputs, start, end);
    }

    private readonly record struct SettlePass(HouseholdTable H, HarvestInputs Inputs, bool PayRent, bool PayWage, double RentPerHa, double WagePerHa,
        double MeanSownPerConsumer) : IBlockKernel<TaxSums>
    {
        public TaxSums Run(int start, int end) => Settle(H, Inputs, start, end, PayRent, PayWage, RentPerHa, WagePerHa, MeanSownPerConsumer);
    }

    /// <summary>Harvest of one household, before payments.</summary>
    public static double HouseholdHarvest(Parameters p, double sown, double draughtAnimals, double zoneYield, double technique, double weather, double enterprise)
    {
        if (sown <= 0) return 0;
        double covered = FastMath.Min(sown, draughtAnimals * p.AreaPerDraughtAnimal);
        double effective = covered + (sown - covered) * p.HorselessYieldFactor;
        return effective * p.BaseYield * zoneYield * technique * weather * enterprise;
    }

    private static ReapSums Reap(HouseholdTable h, in HarvestInputs inp, int start, int end)
    {
        var sums = new ReapSums();
        var zones = Zones.All;
        for (int i = start; i < end; i++)
        {
            if (h.Status[i] >= (byte)HouseholdStatus.Deported) continue;
            double sown = h.Sown[i];
            double y = HouseholdHarvest(inp.P, sown, h.DraughtAnimals[i], zones[h.Zone[i]].YieldFactor, inp.Technique, inp.ZoneWeather[h.Zone[i]], h.Enterprise[i]);
            sums.Harvest += y;
            sums.Sown += sown;
            if (sown > 0)
            {
                sums.Rent += inp.P.RentShare * y * FastMath.Min(1.0, h.LeasedIn[i] / sown);
                sums.Wage += inp.P.WageShare * y * FastMath.Min(1.0, h.HiredIn[i] / sown);
            }
            sums.LeasedOut += h.LeasedOut[i];
            sums.HiredOut += h.HiredOut[i];
            int m = h.Members[i];
            sums.SownForTax += sown;
            sums.Consumers += HouseholdTable.ConsumerUnits(m, HouseholdTable.WorkerShare(h.FamilyAge[i]));
        }
        return sums;
    }

    private static TaxSums Settle(HouseholdTable h, in HarvestInputs inp, int start, int end,
        bool payRent, bool payWage, double rentPerHa, double wagePerHa, double meanSownPerConsumer)
    {
        var sums = new TaxSums();
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
                sums.Tax += tax;
            }
            else
            {
                double due = rate * y * inp.ProcurementPriceRubles;
                h.TaxDue[i] += (float)due;
            }
            h.Grain[i] = g;
        }
        return sums;
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
