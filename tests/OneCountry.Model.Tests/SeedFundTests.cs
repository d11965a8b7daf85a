using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class SeedFundTests
{
    private static readonly Parameters P = Parameters.Defaults;

    private static CollectiveFarms Farm(double grain)
    {
        var f = new CollectiveFarms();
        int z = Zones.IndexOf("ukraine");
        f.Land[z] = 1000; f.Workers[z] = 400; f.Consumers[z] = 600; f.Households[z] = 180; f.Draught[z] = 200; f.Grain[z] = grain;
        return f;
    }

    [Fact]
    public void The_state_makes_up_missing_seed_as_far_as_its_stocks_allow_and_no_further()
    {
        var empty = Farm(0);
        double full = empty.SeedAid(P, 0, 1e9);
        Assert.True(full > 0);
        Assert.Equal(0, Farm(full).SeedAid(P, 0, 1e9), 9); // a farm with its seed needs none
        var poor = Farm(0);
        Assert.Equal(full / 2, poor.SeedAid(P, 0, full / 2), 9);
        var sown = empty.Sow(P, 0);
        Assert.True(sown.Sown > Farm(0).Sow(P, 0).Sown);
    }

    [Fact]
    public void Between_harvest_and_sowing_the_animals_do_not_eat_the_seed_fund()
    {
        int z = Zones.IndexOf("ukraine");
        double seedFund = 1000 * P.SeedRate;
        var held = Farm(seedFund);
        var notHeld = Farm(seedFund);
        for (int m = 0; m < 6; m++) { held.Month(P, false, seedFundHeld: true, Zones.Ones, Herds.Rates.Of(P)); notHeld.Month(P, false, false, Zones.Ones, Herds.Rates.Of(P)); }
        Assert.True(held.Grain[z] >= seedFund * Math.Pow(1 - P.StorageLossRate, 6) - 1e-9);
        Assert.True(notHeld.Grain[z] < held.Grain[z]);
    }
}
