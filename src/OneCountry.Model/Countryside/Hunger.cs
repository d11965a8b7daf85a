using OneCountry.Model.Engine;

namespace OneCountry.Model.Countryside;

/// <summary>
/// The breadth of hunger: how many rural people live in households whose food this month fell
/// below <c>subsistence_share</c> of the norm — the threshold at which the households' month
/// (Countryside/HouseholdMonth) begins to add famine deaths. A famine's deaths say how deep it
/// was; this count says how wide, the measure the literature's estimates of the hungry compare
/// with (Davies and Wheatcroft 2004 on 1932–33).
/// </summary>
public static class Hunger
{
    /// <summary>People and households below the threshold (per simulated row).</summary>
    public struct Count : IBlockSums<Count>
    {
        public double Persons, Households;

        public static Count Add(in Count a, in Count b) => new() { Persons = a.Persons + b.Persons, Households = a.Households + b.Households };
    }

    public static Count Measure(HouseholdTable h, BlockRunner runner, double subsistenceShare) =>
        runner.Run<Pass, Count>(h.Count, new Pass(h, subsistenceShare));

    private readonly record struct Pass(HouseholdTable H, double Threshold) : IBlockKernel<Count>
    {
        public Count Run(int start, int end)
        {
            var h = H;
            var count = new Count();
            for (int i = start; i < end; i++)
            {
                if (h.Status[i] >= (byte)HouseholdStatus.Deported || h.Members[i] <= 0 || !(h.FoodRatio[i] < Threshold)) continue;
                count.Persons += h.Members[i];
                count.Households += 1;
            }
            return count;
        }
    }
}
