using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;

namespace OneCountry.Model.Tests;

/// <summary>The campaign's lists (Countryside/DeportationLists), on named inputs.</summary>
public class DeportationTests
{
    private static readonly Parameters P = Parameters.Defaults;

    /// <summary>1,000 individual households, household n with n/100 horses (0 to 10), no other stock.</summary>
    private static HouseholdTable Village()
    {
        var h = new HouseholdTable(1000);
        for (int n = 0; n < 1000; n++)
        {
            int i = h.Append();
            h.Members[i] = 5; h.DraughtAnimals[i] = n / 100f; h.Status[i] = (byte)HouseholdStatus.Individual; h.Land[i] = 4;
        }
        return h;
    }

    [Fact]
    public void The_list_takes_the_best_equipped_households_up_to_the_quota()
    {
        var h = Village();
        var runner = new BlockRunner(2, HouseholdTable.BlockSize);
        var (bin, marginal) = DeportationLists.Threshold(h, runner, P.AreaPerDraughtAnimal, 100);
        var farms = new CollectiveFarms();
        var input = new CollectivizationInputs(P, 0, 0, 0, 0, 0, 1, new double[Zones.Count], new double[Zones.Count], 7)
        { ListBin = bin, ListMarginal = marginal, PlotLivestockLimit = 1 };
        var m = farms.Membership(h, input, runner);
        // About the quota (the threshold bin is drawn), and only from the top of the village.
        Assert.InRange(m.DeportedHouseholds, 85, 115);
        for (int i = 0; i < h.Count; i++)
            if (h.Status[i] == (byte)HouseholdStatus.Deported) Assert.True(h.DraughtAnimals[i] == 0 && i >= 850, $"household {i} deported");
        // The households above the threshold's bin are all taken.
        for (int i = 0; i < h.Count; i++)
            if (DeportationLists.Bin(i / 100.0) > bin) Assert.Equal((byte)HouseholdStatus.Deported, h.Status[i]);
    }

    [Fact]
    public void Without_a_quota_there_is_no_list_and_a_larger_quota_takes_more()
    {
        var runner = new BlockRunner(1, HouseholdTable.BlockSize);
        Assert.Equal(DeportationLists.Bins, DeportationLists.Threshold(Village(), runner, P.AreaPerDraughtAnimal, 0).Bin);
        var small = DeportationLists.Threshold(Village(), runner, P.AreaPerDraughtAnimal, 50);
        var large = DeportationLists.Threshold(Village(), runner, P.AreaPerDraughtAnimal, 300);
        Assert.True(large.Bin < small.Bin || (large.Bin == small.Bin && large.Marginal > small.Marginal));
    }
}
