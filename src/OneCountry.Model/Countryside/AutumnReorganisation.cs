using System.Runtime.CompilerServices;
using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>Inputs of the October reorganisation of the countryside.</summary>
public readonly record struct AutumnInputs(Parameters P, bool NepMarket, ulong SplitKey, bool AllowDivisions, bool AgeFamilies);

/// <summary>
/// October, after the harvest: the horse market, the commune's repartition, the classification
/// of households into strata, the family cycle and divisions.
/// - **Horse market.** Households in distress (short of food) sell half their animals; households
///   with more animals than their land needs sell the excess; households with grain to spare
///   beyond a year's needs and too few animals for their land buy. Trade is cleared pro rata at
///   <c>horse_price</c> in grain — the way poor households lost their horses in bad years and the
///   well-off gathered them.
/// - **Repartition.** Allotments move a share <c>repartition_rate</c> toward equal land per consumer
///   within the zone (the mir's rule of land by eaters), which ties land to family size
///   (Chayanov's demographic differentiation). Land is conserved within each zone.
/// - **Strata.** Poor: no draught animal, or sown area below <c>poor_sown_multiple</c> of the zone
///   mean. Kulak: sown area above <c>kulak_sown_multiple</c> of the zone mean, at least two animals,
///   and leasing land or hiring labour. Middle: the rest. Shares are of individual households;
///   collective farmers take no part in the horse market, repartition or classification.
/// - **Divisions (razdel).** A household of at least <c>split_min_members</c> with two workers
///   divides with probability <c>split_rate</c>; the new household takes 40% of members, land,
///   animals, grain and cash. Divisions are applied after the pass in row order, so the result
///   does not depend on threads.
/// </summary>
public static class AutumnReorganisation
{
    private const int Bins = 800;
    private const double BinWidth = 0.1;
    private const int ZoneFields = 4; // land, consumers, sown, households
    private const double BinWidthPerConsumer = 0.02;

    public readonly record struct Result(double SharePoor, double ShareMiddle, double ShareKulak, double KulakSownShare, double GiniSown, double GiniSownPerConsumer, double TopDecileSownShare,
        double AnimalsTraded, int Divisions, bool TableFull);

    public static Result Run(HouseholdTable h, in AutumnInputs input, BlockRunner runner, byte[] splitFlags)
    {
        Zones.CheckCapacity(MaxZones);
        var a = runner.Run<SurveyPass, SurveySums>(h.Count, new SurveyPass(h, input));
        var landPerConsumer = new double[Zones.Count];
        var meanSown = new double[Zones.Count];
        for (int z = 0; z < Zones.Count; z++)
        {
            double land = a.Zone[z * ZoneFields], cons = a.Zone[z * ZoneFields + 1], sown = a.Zone[z * ZoneFields + 2], n = a.Zone[z * ZoneFields + 3];
            landPerConsumer[z] = cons > 0 ? land / cons : 0;
            meanSown[z] = n > 0 ? sown / n : 0;
        }
        double offer = a.Offer, demand = a.Demand;
        double volume = input.NepMarket ? FastMath.Min(offer, demand) : 0;
        double sellFill = offer > 0 ? volume / offer : 0, buyFill = demand > 0 ? volume / demand : 0;
        double gini = GiniFromHistogram(a.Sown);
        double giniPerConsumer = GiniFromHistogram(a.SownPerConsumer);
        double topDecile = TopShareFromHistogram(a.Sown, 0.1);

        var bsum = runner.Run<ReorganisePass, ReorganiseSums>(h.Count, new ReorganisePass(h, input, landPerConsumer, meanSown, sellFill, buyFill, splitFlags));
        double n3 = bsum.Poor + bsum.Middle + bsum.Kulak;
        double traded = bsum.Traded;
        var (divisions, full) = input.AllowDivisions ? ApplyDivisions(h, splitFlags) : (0, false);
        return new Result(n3 > 0 ? bsum.Poor / n3 : 0, n3 > 0 ? bsum.Middle / n3 : 0, n3 > 0 ? bsum.Kulak / n3 : 0,
            bsum.Sown > 0 ? bsum.KulakSown / bsum.Sown : 0, gini, giniPerConsumer, topDecile, traded, divisions, full);
    }

    /// <summary>Room for this many zones in the survey's per-zone sums (checked against <see cref="Zones.Count"/>).</summary>
    private const int MaxZones = 16;

    [InlineArray(MaxZones * ZoneFields)]
    private struct ZoneSlots { private double _element; }

    /// <summary>(count, sum) pairs of <see cref="Bins"/> bins.</summary>
    [InlineArray(2 * Bins)]
    private struct Histogram { private double _element; }

    /// <summary>The survey's sums: land, consumers, sown area and households by zone; horses
    /// offered and wanted; the histograms of sown area and of sown area per consumer.</summary>
    private struct SurveySums : IBlockSums<SurveySums>
    {
        public ZoneSlots Zone;
        public double Offer, Demand;
        public Histogram Sown, SownPerConsumer;

        public static SurveySums Add(in SurveySums a, in SurveySums b)
        {
            var s = new SurveySums { Offer = a.Offer + b.Offer, Demand = a.Demand + b.Demand };
            for (int k = 0; k < MaxZones * ZoneFields; k++) s.Zone[k] = a.Zone[k] + b.Zone[k];
            for (int k = 0; k < 2 * Bins; k++)
            {
                s.Sown[k] = a.Sown[k] + b.Sown[k];
                s.SownPerConsumer[k] = a.SownPerConsumer[k] + b.SownPerConsumer[k];
            }
            return s;
        }
    }

    /// <summary>The reorganisation's sums: households by stratum, horses traded, divisions, sown area (all and the kulaks').</summary>
    private struct ReorganiseSums : IBlockSums<ReorganiseSums>
    {
        public double Poor, Middle, Kulak, Traded, Splits, Sown, KulakSown;

        public static ReorganiseSums Add(in ReorganiseSums a, in ReorganiseSums b) => new()
        {
            Poor = a.Poor + b.Poor, Middle = a.Middle + b.Middle, Kulak = a.Kulak + b.Kulak, Traded = a.Traded + b.Traded,
            Splits = a.Splits + b.Splits, Sown = a.Sown + b.Sown, KulakSown = a.KulakSown + b.KulakSown,
        };
    }

    private readonly record struct SurveyPass(HouseholdTable H, AutumnInputs Inputs) : IBlockKernel<SurveySums>
    {
        public SurveySums Run(int start, int end) => Survey(H, Inputs, start, end);
    }

    private readonly record struct ReorganisePass(HouseholdTable H, AutumnInputs Inputs, double[] LandPerConsumer, double[] MeanSown,
        double SellFill, double BuyFill, byte[] SplitFlags) : IBlockKernel<ReorganiseSums>
    {
        public ReorganiseSums Run(int start, int end) => Reorganise(H, Inputs, start, end, LandPerConsumer, MeanSown, SellFill, BuyFill, SplitFlags);
    }

    private static (double Offer, double Demand) HorseOfferDemand(HouseholdTable h, Parameters p, int i, double c)
    {
        double horses = h.DraughtAnimals[i];
        double land = FastMath.Max(h.Land[i], h.Sown[i]);
        double offer = 0, demand = 0;
        if (h.FoodRatio[i] < 0.8f) offer = 0.5 * horses;
        else
        {
            double needed = 1.5 * land / p.AreaPerDraughtAnimal;
            if (horses > needed + 0.5) offer = horses - needed;
        }
        double yearNeeds = c * p.GrainNeedPerConsumer + h.Sown[i] * p.SeedRate + horses * p.FodderGrainPerDraughtAnimal;
        double spare = h.Grain[i] - yearNeeds;
        int m = h.Members[i];
        double labourArea = m * HouseholdTable.WorkerShare(h.FamilyAge[i]) * p.AreaPerWorker;
        // A household short of draught power buys as much of an animal as half its spare grain
        // pays for (shares in an animal, as neighbours shared one, count as fractions).
        if (offer == 0 && spare > 0 && horses * p.AreaPerDraughtAnimal < FastMath.Min(land + h.LeasedIn[i], labourArea))
            demand = FastMath.Min(1.0, 0.5 * spare / p.HorsePrice);
        return (offer, FastMath.Max(0, demand));
    }

    private static SurveySums Survey(HouseholdTable h, in AutumnInputs inp, int start, int end)
    {
        var p = inp.P;
        var sums = new SurveySums();
        for (int i = start; i < end; i++)
        {
            int z = h.Zone[i];
            sums.Zone[z * ZoneFields] += h.Land[i];          // extinct households' land returns to the commune
            if (h.Status[i] != (byte)HouseholdStatus.Individual) continue; // collective farmers' land is pooled
            int m = h.Members[i];
            double c = HouseholdTable.ConsumerUnits(m, HouseholdTable.WorkerShare(h.FamilyAge[i]));
            sums.Zone[z * ZoneFields + 1] += c;
            sums.Zone[z * ZoneFields + 2] += h.Sown[i];
            sums.Zone[z * ZoneFields + 3] += 1;
            var (offer, demand) = HorseOfferDemand(h, p, i, c);
            sums.Offer += offer;
            sums.Demand += demand;
            int bin = FastMath.Min(Bins - 1, (int)(h.Sown[i] / BinWidth));
            sums.Sown[2 * bin] += 1;
            sums.Sown[2 * bin + 1] += h.Sown[i];
            double perConsumer = c > 0 ? h.Sown[i] / c : 0;
            int binC = FastMath.Min(Bins - 1, (int)(perConsumer / BinWidthPerConsumer));
            sums.SownPerConsumer[2 * binC] += 1;
            sums.SownPerConsumer[2 * binC + 1] += perConsumer;
        }
        return sums;
    }

    private static ReorganiseSums Reorganise(HouseholdTable h, in AutumnInputs inp, int start, int end,
        double[] landPerConsumer, double[] meanSown, double sellFill, double buyFill, byte[] splitFlags)
    {
        var p = inp.P;
        var sums = new ReorganiseSums();
        for (int i = start; i < end; i++)
        {
            int z = h.Zone[i];
            splitFlags[i] = 0;
            if (h.Status[i] >= (byte)HouseholdStatus.Deported)
            {
                h.Land[i] -= (float)(p.RepartitionRate * h.Land[i]);
                continue;
            }
            int m = h.Members[i];
            float ws = HouseholdTable.WorkerShare(h.FamilyAge[i]);
            double c = HouseholdTable.ConsumerUnits(m, ws);
            bool individual = h.Status[i] == (byte)HouseholdStatus.Individual;

            if (individual)
            {
            var (offer, demand) = HorseOfferDemand(h, p, i, c);
            double sold = offer * sellFill, bought = demand * buyFill;
            h.DraughtAnimals[i] += (float)(bought - sold);
            h.Grain[i] += (sold - bought) * p.HorsePrice;
            sums.Traded += sold;

            h.Land[i] += (float)(p.RepartitionRate * (c * landPerConsumer[z] - h.Land[i]));

            var stratum = Classify(p, h.DraughtAnimals[i], h.Sown[i], meanSown[z], h.LeasedIn[i] + h.HiredIn[i]);
            h.Stratum[i] = (byte)stratum;
            if (stratum == Stratum.Poor) sums.Poor += 1;
            else if (stratum == Stratum.Middle) sums.Middle += 1;
            else sums.Kulak += 1;
            sums.Sown += h.Sown[i];
            if (stratum == Stratum.Kulak) sums.KulakSown += h.Sown[i];
            }

            if (inp.AgeFamilies) h.FamilyAge[i] += 1f;
            if (inp.AllowDivisions && m >= p.SplitMinMembers && m * ws >= 2)
            {
                double u = RandomStreams.Split3(RandomStreams.EntityBits(inp.SplitKey, i)).A;
                if (u < p.SplitRate) { splitFlags[i] = 1; sums.Splits += 1; }
            }
        }
        return sums;
    }

    public static Stratum Classify(Parameters p, double draughtAnimals, double sown, double zoneMeanSown, double leasedOrHired)
    {
        if (draughtAnimals < 0.5 || sown < p.PoorSownMultiple * zoneMeanSown) return Stratum.Poor;
        if (sown >= p.KulakSownMultiple * zoneMeanSown && draughtAnimals >= 1.5 && leasedOrHired > 0.05) return Stratum.Kulak;
        return Stratum.Middle;
    }

    /// <summary>Gini coefficient from a histogram of (count, sum) pairs, values within a bin taken
    /// at the bin mean: G = 1 − Σ f_k (L_{k−1} + L_k), f the population share, L the cumulative
    /// value share.</summary>
    public static double GiniFromHistogram(ReadOnlySpan<double> countSumPairs)
    {
        double n = 0, total = 0;
        for (int k = 0; k < countSumPairs.Length; k += 2) { n += countSumPairs[k]; total += countSumPairs[k + 1]; }
        if (n <= 0 || total <= 0) return 0;
        double cum = 0, g = 1;
        for (int k = 0; k < countSumPairs.Length; k += 2)
        {
            double f = countSumPairs[k] / n;
            double next = cum + countSumPairs[k + 1] / total;
            g -= f * (cum + next);
            cum = next;
        }
        return g;
    }

    /// <summary>Share of the total held by the top <paramref name="fraction"/> of units, from a
    /// histogram of (count, sum) pairs; the bin where the cut falls contributes pro rata.</summary>
    public static double TopShareFromHistogram(ReadOnlySpan<double> countSumPairs, double fraction)
    {
        double n = 0, total = 0;
        for (int k = 0; k < countSumPairs.Length; k += 2) { n += countSumPairs[k]; total += countSumPairs[k + 1]; }
        if (n <= 0 || total <= 0) return 0;
        double need = fraction * n, held = 0;
        for (int k = countSumPairs.Length - 2; k >= 0 && need > 0; k -= 2)
        {
            double count = countSumPairs[k];
            if (count <= 0) continue;
            double take = FastMath.Min(count, need);
            held += countSumPairs[k + 1] * take / count;
            need -= take;
        }
        return held / total;
    }

    private static (int Divisions, bool Full) ApplyDivisions(HouseholdTable h, byte[] splitFlags)
    {
        int n = h.Count, divisions = 0;
        for (int i = 0; i < n; i++)
        {
            if (splitFlags[i] == 0) continue;
            if (h.Count >= h.Capacity) return (divisions, true);
            int j = h.Append();
            const double f = 0.4;
            int m = h.Members[i];
            int moving = FastMath.Max(2, (int)Math.Round(m * f));
            h.Members[j] = (short)moving;
            h.Members[i] = (short)(m - moving);
            h.Zone[j] = h.Zone[i];
            h.Status[j] = h.Status[i];
            h.JoinedByForce[j] = h.JoinedByForce[i];
            h.Stratum[j] = h.Stratum[i];
            h.FamilyAge[j] = 0f;
            h.Enterprise[j] = h.Enterprise[i];
            Move(h.Land, i, j, f);
            // Animals move whole: a son leaving a one-horse farm usually leaves without the horse.
            float animals = h.DraughtAnimals[i];
            float movedAnimals = MathF.Min(animals, MathF.Floor(animals * (float)f + 0.3f));
            h.DraughtAnimals[j] = movedAnimals;
            h.DraughtAnimals[i] = animals - movedAnimals;
            Move(h.Cattle, i, j, f);
            Move(h.Pigs, i, j, f);
            Move(h.Sheep, i, j, f);
            Move(h.TaxDue, i, j, f);
            Move(h.Sown, i, j, f);
            double grain = h.Grain[i] * f; h.Grain[j] = grain; h.Grain[i] -= grain;
            double cash = h.Cash[i] * f; h.Cash[j] = cash; h.Cash[i] -= cash;
            h.FoodRatio[j] = h.FoodRatio[i];
            divisions++;
        }
        return (divisions, false);

        static void Move(float[] col, int from, int to, double share)
        {
            float moved = (float)(col[from] * share);
            col[to] = moved;
            col[from] -= moved;
        }
    }
}
