using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// The campaign's lists of kulaks to deport (hypothesis: dekulakization was driven by quotas from
/// the centre — the Politburo's decree of 30 January 1930 fixed 60,000 households for the camps
/// and 129,000-154,000 for deportation, and the OGPU filled the lists district by district from
/// the tax rolls, taking the best-equipped farms whether or not they still leased land or hired
/// labour; in 1931 the larger second wave took the well-off peasants who stayed out of the
/// collective farms). Each month the lever <c>deportation_quota</c> (households) is filled from
/// the individual peasants ranked by their means of production: livestock units plus sown area
/// over <c>area_per_draught_animal</c>. One histogram pass finds the score above which the quota
/// is met; the households above it are deported, and those in the threshold's bin with the
/// probability that fills the quota exactly in expectation. Two passes in fixed blocks: the result
/// does not depend on the thread count.
/// Sources: Danilov, Manning and Viola (eds.), Трагедия советской деревни, vol. 2; the OGPU's
/// count of 381,026 families (1,803,392 persons) deported in 1930-31, of them 115,231 in 1930 and
/// 265,795 in 1931 (Zemskov 2003), data/SOURCES.md DEKULAK.
/// </summary>
public static class DeportationLists
{
    public const int Bins = 64;
    /// <summary>Width of a score bin (livestock units and draught-animal areas).</summary>
    public const double BinWidth = 0.25;

    [System.Runtime.CompilerServices.InlineArray(Bins)]
    public struct Histogram : IBlockSums<Histogram>
    {
        private double _element;

        public static Histogram Add(in Histogram a, in Histogram b)
        {
            var s = new Histogram();
            for (int k = 0; k < Bins; k++) s[k] = a[k] + b[k];
            return s;
        }
    }

    /// <summary>A household's means of production on the campaign's lists.</summary>
    public static double Score(HouseholdTable h, int i, double areaPerDraughtAnimal) =>
        Herds.Units(h.DraughtAnimals[i], h.Cattle[i], h.Pigs[i], h.Sheep[i]) + h.Sown[i] / areaPerDraughtAnimal;

    public static int Bin(double score) => Math.Clamp((int)(score / BinWidth), 0, Bins - 1);

    /// <summary>The month's list: the bin from which households are taken, and the probability of
    /// a household in that bin (those in higher bins are all taken). <paramref name="quota"/> is
    /// in simulated households. Returns (Bins, 0) when there is no quota.</summary>
    public static (int Bin, double Marginal) Threshold(HouseholdTable h, BlockRunner runner, double areaPerDraughtAnimal, double quota)
    {
        if (!(quota > 0)) return (Bins, 0);
        var counts = runner.Run<CountPass, Histogram>(h.Count, new CountPass(h, areaPerDraughtAnimal));
        double above = 0;
        for (int b = Bins - 1; b >= 0; b--)
        {
            if (above + counts[b] >= quota) return (b, counts[b] > 0 ? (quota - above) / counts[b] : 0);
            above += counts[b];
        }
        return (0, 1.0); // the quota exceeds the individual peasants: all are taken
    }

    private readonly record struct CountPass(HouseholdTable H, double AreaPerDraughtAnimal) : IBlockKernel<Histogram>
    {
        public Histogram Run(int start, int end)
        {
            var hist = new Histogram();
            for (int i = start; i < end; i++)
                if (H.Status[i] == (byte)HouseholdStatus.Individual && H.Members[i] > 0) hist[Bin(Score(H, i, AreaPerDraughtAnimal))] += 1;
            return hist;
        }
    }
}
