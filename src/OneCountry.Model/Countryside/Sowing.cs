using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>Inputs of the spring sowing decision.</summary>
public readonly record struct SowingInputs(
    Parameters P, bool NepMarket, double ExpectedIncentive, double Technique, double PrecautionShare, double TaxRate, double SowingPlan = 0);

/// <summary>
/// Spring sowing (April). Each household sows for its consumers' food and its livestock's fodder
/// (Chayanov's labour–consumer balance) plus a commercial margin that grows with the expected
/// marketing incentive — what grain buys in manufactures, and whether they can be bought — and
/// with the area its draught animals can work (its capital).
/// Labour and draught power bound the area: a worker cultivates <c>area_per_worker</c> with
/// animals but only <c>hand_tillage_per_worker</c> without; an animal works <c>area_per_draught_animal</c>
/// (Chayanov: 4 desyatinas per horse).
/// Under NEP (land lease legal from 1922, hired labour from 1925) households short of labour or
/// animals lease out land and hire out labour to those with animals to spare: the market is
/// cleared pro rata (pass 1 sums offers and demands, pass 2 assigns). Without NEP, unworked land
/// lies idle. Seed is taken from the household's stock beyond the family's food to the harvest;
/// a household short of grain sows less. State sowing plans (lever <c>sowing_plan</c>) raise the
/// target to the planned share of the allotment (Davies 1980, the sowing campaigns of 1930–31).
/// </summary>
public static class Sowing
{

    public readonly record struct Result(double Sown, double Seed, double Leased, double Hired);

    public static Result Run(HouseholdTable h, in SowingInputs input, BlockRunner runner)
    {
        var offers = runner.Run<PlanPass, Sums>(h.Count, new PlanPass(h, input, default, Assign: false));
        var ratios = new MarketRatios(offers.LeaseDemand, offers.LeaseSupply, offers.HireDemand, offers.HireSupply);
        var done = runner.Run<PlanPass, Sums>(h.Count, new PlanPass(h, input, ratios, Assign: true));
        return new Result(done.Sown, done.Seed, done.Leased, done.Hired);
    }

    /// <summary>The sowing passes' sums: offers and demands on the land and labour markets (first
    /// pass), then the area sown, the seed and the land leased and labour hired (second pass).</summary>
    private struct Sums : IBlockSums<Sums>
    {
        public double LeaseDemand, LeaseSupply, HireDemand, HireSupply, Sown, Seed, Leased, Hired;

        public static Sums Add(in Sums a, in Sums b) => new()
        {
            LeaseDemand = a.LeaseDemand + b.LeaseDemand, LeaseSupply = a.LeaseSupply + b.LeaseSupply, HireDemand = a.HireDemand + b.HireDemand,
            HireSupply = a.HireSupply + b.HireSupply, Sown = a.Sown + b.Sown, Seed = a.Seed + b.Seed, Leased = a.Leased + b.Leased, Hired = a.Hired + b.Hired,
        };
    }

    private readonly record struct PlanPass(HouseholdTable H, SowingInputs Inputs, MarketRatios Ratios, bool Assign) : IBlockKernel<Sums>
    {
        public Sums Run(int start, int end) => Plan(H, Inputs, start, end, Ratios, Assign);
    }

    private readonly record struct MarketRatios(double LeaseDemand, double LeaseSupply, double HireDemand, double HireSupply)
    {
        public double LeaseInFill => LeaseDemand > 0 ? FastMath.Min(1, LeaseSupply / LeaseDemand) : 0;
        public double LeaseOutFill => LeaseSupply > 0 ? FastMath.Min(1, LeaseDemand / LeaseSupply) : 0;
        public double HireInFill => HireDemand > 0 ? FastMath.Min(1, HireSupply / HireDemand) : 0;
        public double HireOutFill => HireSupply > 0 ? FastMath.Min(1, HireDemand / HireSupply) : 0;
    }

    private static Sums Plan(HouseholdTable h, in SowingInputs inp, int start, int end, MarketRatios r, bool assign)
    {
        var sums = new Sums();
        var p = inp.P;
        var zones = Zones.All;
        double fodderSeason = (7 + 5 * 0.3) / 12.0; // grain feeding is lighter on summer pasture
        for (int i = start; i < end; i++)
        {
            if (h.Status[i] != (byte)HouseholdStatus.Individual) continue; // collective farms sow together
            int m = h.Members[i];
            float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
            double w = m * ws;
            double c = HouseholdTable.ConsumerUnits(m, ws);
            double horses = h.DraughtAnimals[i];
            double land = h.Land[i];

            double yExp = p.BaseYield * zones[h.Zone[i]].YieldFactor * inp.Technique * h.Enterprise[i];
            double net = FastMath.Max(0.1, yExp - p.SeedRate);
            double fodder = HouseholdMonth.FodderNorm(p, horses, h.Cattle[i], h.Pigs[i], h.Sheep[i]) * fodderSeason;
            // Needs grossed up for the tax and a year's storage losses.
            double need = (c * p.GrainNeedPerConsumer * (1 + inp.PrecautionShare * 0.3) + fodder) / (1 - FastMath.Min(0.6, inp.TaxRate)) / (1 - 6 * p.StorageLossRate);
            double ownLabour = w * p.AreaPerWorker;
            double draught = horses * p.AreaPerDraughtAnimal;
            // Subsistence (Chayanov) plus a commercial margin that grows with the incentive and with
            // the household's capital - the area its animals can work: the well-equipped farm sows
            // for the market, the horseless one for its own table (differentiation).
            double target = need / net * (1 + p.SowingSafetyMargin) + p.CommercialSowingResponse * inp.ExpectedIncentive * draught;
            // State sowing plans (from the spring of 1930) oblige the household to sow at least the
            // planned share of its allotment, as far as its labour and animals allow.
            target = FastMath.Max(target, inp.SowingPlan * land);
            double farmCap = FastMath.Min(ownLabour, draught + w * p.HandTillagePerWorker);
            double ownWorked = FastMath.Min(land, FastMath.Min(farmCap, target));

            double leaseIn = 0, leaseOut = 0, hireIn = 0, hireOut = 0;
            if (inp.NepMarket)
            {
                hireIn = FastMath.Max(0, FastMath.Min(target, draught) - ownLabour);
                leaseIn = FastMath.Max(0, FastMath.Min(target, farmCap + hireIn) - land);
                leaseOut = FastMath.Max(0, land - FastMath.Min(farmCap, target));
                hireOut = 0.7 * FastMath.Max(0, ownLabour - FastMath.Max(ownWorked, hireIn > 0 ? ownLabour : 0));
            }

            if (!assign)
            {
                sums.LeaseDemand += leaseIn;
                sums.LeaseSupply += leaseOut;
                sums.HireDemand += hireIn;
                sums.HireSupply += hireOut;
                continue;
            }

            leaseIn *= r.LeaseInFill;
            leaseOut *= r.LeaseOutFill;
            hireIn *= r.HireInFill;
            hireOut *= r.HireOutFill;
            double sown = FastMath.Max(0, FastMath.Min(target, FastMath.Min(land - leaseOut + leaseIn, farmCap + hireIn)));
            // Seed comes first, but a household keeps back at least 40% of the family's grain food to
            // the harvest (summer brings milk, greens and surrogates): short of grain, it sows less.
            double seedBudget = FastMath.Max(0, h.Grain[i] - 0.0 * 4 * c * p.GrainNeedPerConsumer / 12.0);
            double seed = sown * p.SeedRate;
            if (seed > seedBudget)
            {
                seed = seedBudget;
                sown = seed / p.SeedRate;
            }
            h.Grain[i] -= seed;
            h.Sown[i] = (float)sown;
            h.LeasedIn[i] = (float)leaseIn;
            h.LeasedOut[i] = (float)leaseOut;
            h.HiredIn[i] = (float)hireIn;
            h.HiredOut[i] = (float)hireOut;
            sums.Sown += sown;
            sums.Seed += seed;
            sums.Leased += leaseIn;
            sums.Hired += hireIn;
        }
        return sums;
    }
}
