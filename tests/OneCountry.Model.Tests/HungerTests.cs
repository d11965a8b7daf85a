using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;

namespace OneCountry.Model.Tests;

public class HungerTests
{
    [Fact]
    public void Only_living_households_below_the_subsistence_share_count_with_all_their_members()
    {
        var h = new HouseholdTable(6);
        foreach (var (status, members, food) in new[]
        {
            (HouseholdStatus.Individual, 5, 0.3f), (HouseholdStatus.Collective, 4, 0.59f), (HouseholdStatus.Individual, 6, 0.6f),
            (HouseholdStatus.Individual, 3, 1.0f), (HouseholdStatus.Deported, 7, 0.0f), (HouseholdStatus.Individual, 0, 0.0f),
        })
        {
            int i = h.Append();
            h.Status[i] = (byte)status; h.Members[i] = (short)members; h.FoodRatio[i] = food;
        }
        var count = Hunger.Measure(h, new BlockRunner(1, HouseholdTable.BlockSize), subsistenceShare: 0.6);
        Assert.Equal(9, count.Persons);
        Assert.Equal(2, count.Households);
        Assert.Equal(0, Hunger.Measure(h, new BlockRunner(1, HouseholdTable.BlockSize), subsistenceShare: 0.2).Persons);
    }

    [Fact]
    public void The_count_does_not_depend_on_the_thread_count()
    {
        var h = new HouseholdTable(3 * HouseholdTable.BlockSize);
        for (int n = 0; n < 3 * HouseholdTable.BlockSize; n++)
        {
            int i = h.Append();
            h.Status[i] = (byte)HouseholdStatus.Individual; h.Members[i] = (short)(1 + n % 7); h.FoodRatio[i] = (n % 10) / 10f;
        }
        var one = Hunger.Measure(h, new BlockRunner(1, HouseholdTable.BlockSize), 0.55);
        var two = Hunger.Measure(h, new BlockRunner(2, HouseholdTable.BlockSize), 0.55);
        Assert.Equal(one.Persons, two.Persons);
        Assert.True(one.Persons > 0);
    }
}
