using OneCountry.Model.Country;
using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;
using OneCountry.Model.Society;

namespace OneCountry.Model.Tests;

public class DistributionTests
{
    private static HouseholdTable Peasants(params (int Members, float Consumption, Stratum Stratum, HouseholdStatus Status)[] rows)
    {
        var h = new HouseholdTable(rows.Length);
        foreach (var r in rows)
        {
            int i = h.Append();
            h.Members[i] = (short)r.Members; h.Consumption[i] = r.Consumption; h.Stratum[i] = (byte)r.Stratum; h.Status[i] = (byte)r.Status;
        }
        return h;
    }

    private static readonly Distribution.Urban NoTowns = new(0, 0, 0, 0, 0, 0, 0, 1.3, 0.5);

    [Fact]
    public void Equal_consumption_has_a_gini_of_zero_and_two_equal_groups_at_one_and_three_a_gini_of_a_quarter()
    {
        var equal = new Distribution().Compute(Peasants((5, 2f, Stratum.Middle, HouseholdStatus.Individual), (5, 2f, Stratum.Poor, HouseholdStatus.Individual)), 1, NoTowns, 0);
        Assert.Equal(0, equal.Gini, 1e-9);
        // Lorenz curve: half the people have a quarter of the total; G = 1 − (0.5·0.25 + 0.5·1.25) = 0.25.
        var split = new Distribution().Compute(Peasants((5, 1f, Stratum.Poor, HouseholdStatus.Individual), (5, 3f, Stratum.Kulak, HouseholdStatus.Individual)), 1, NoTowns, 0);
        Assert.Equal(0.25, split.Gini, 3);
        Assert.Equal(1.0, split.Poor, 6);
        Assert.Equal(3.0, split.Kulak, 6);
        Assert.Equal(2.0, split.PerHead, 6);
    }

    [Fact]
    public void Collective_farmers_are_their_own_class_and_the_deported_are_not_counted()
    {
        var d = new Distribution().Compute(Peasants(
            (4, 1.5f, Stratum.Middle, HouseholdStatus.Collective),
            (6, 1.0f, Stratum.Middle, HouseholdStatus.Individual),
            (5, 9.0f, Stratum.Kulak, HouseholdStatus.Deported)), 1, NoTowns, 0);
        Assert.Equal(1.5, d.CollectiveFarmers, 6);
        Assert.Equal(1.0, d.Middle, 6);
        Assert.Equal(0, d.Kulak);
        Assert.Equal((4 * 1.5 + 6 * 1.0) / 10, d.PerHead, 6);
    }

    [Fact]
    public void The_urban_fund_is_shared_out_exactly_and_the_apparatus_takes_its_privilege_on_top()
    {
        var u = new Distribution.Urban(FundRubles1913: 1e8, PrivilegeShare: 0.12, Population: 3e7,
            Workers: 6e6, Employees: 3e6, Apparatus: 2e6, Unemployed: 1e6, EmployeeWeight: 1.3, UnemployedWeight: 0.5);
        var d = new Distribution().Compute(Peasants(), 1, u, 0);
        double perEarner = 3e7 / 12e6;
        double total = perEarner * (6e6 * d.Workers + 3e6 * d.Employees + 2e6 * d.Apparatus + 1e6 * d.Unemployed);
        Assert.Equal(1e8, total, 1e-6 * 1e8);
        Assert.True(d.Apparatus > d.Employees && d.Employees > d.Workers && d.Workers > d.Unemployed);
        Assert.Equal(1.3, d.Employees / d.Workers, 9);
    }

    [Fact]
    public void A_larger_privileged_share_lowers_workers_consumption_and_raises_inequality()
    {
        var peasants = Peasants((6, 1.2f, Stratum.Middle, HouseholdStatus.Individual));
        Distribution.Urban U(double share) => new(1e8, share, 3e7, 6e6, 3e6, 2e6, 1e6, 1.3, 0.5);
        var low = new Distribution().Compute(peasants, 5e6, U(0.05), 0);
        var high = new Distribution().Compute(peasants, 5e6, U(0.25), 0);
        Assert.True(high.Workers < low.Workers);
        Assert.True(high.Apparatus > low.Apparatus);
        Assert.True(high.Gini > low.Gini);
    }

    [Theory]
    [InlineData(100, 100, 50, 50, 0.0)]
    [InlineData(100, 50, 50, 50, 1.0 / 3)]
    [InlineData(100, 0, 100, 0, 1.0)]
    public void The_shortage_index_is_the_unmet_share_of_what_was_wanted(double wanted, double supplied, double need, double got, double expected) =>
        Assert.Equal(expected, Distribution.ShortageIndex(wanted, supplied, need, got), 9);

    [Fact]
    public void Class_shares_cover_everybody_once_and_the_real_wage_is_consumption_per_earner()
    {
        var peasants = Peasants((6, 1.2f, Stratum.Middle, HouseholdStatus.Individual), (5, 1.0f, Stratum.Kulak, HouseholdStatus.Individual),
            (4, 1.1f, Stratum.Poor, HouseholdStatus.Collective), (7, 3f, Stratum.Kulak, HouseholdStatus.Deported));
        var u = new Distribution.Urban(1e8, 0.1, 3e7, 6e6, 3e6, 2e6, 1e6, 1.3, 0.5);
        var d = new Distribution().Compute(peasants, 1e6, u, 0);
        Assert.Equal(1.0, d.ShareUrbanClasses + d.ShareCollectiveFarmers + d.ShareIndividualPeasants, 12);
        Assert.Equal(3e7 / (3e7 + 15e6), d.ShareUrbanClasses, 12);
        Assert.Equal(5e6 / (3e7 + 15e6), d.ShareKulaks, 12);
        Assert.Equal(d.Workers * 3e7 / 12e6, d.RealWage, 9);
    }

    [Fact]
    public void A_large_table_split_into_chunks_gives_the_same_bits_on_one_thread_and_on_four()
    {
        const int rows = 600_000; // above two chunks' worth
        var h = new HouseholdTable(rows);
        var rng = new RandomStreams(3);
        for (int n = 0; n < rows; n++)
        {
            int i = h.Append();
            h.Members[i] = (short)(1 + n % 7);
            h.Consumption[i] = (float)(3 * rng.Uniform(RandomPurpose.HouseholdTrait, i, 0));
            h.Status[i] = (byte)(n % 5 == 0 ? HouseholdStatus.Collective : HouseholdStatus.Individual);
            h.Stratum[i] = (byte)(n % 3);
        }
        var u = new Distribution.Urban(1e8, 0.1, 3e7, 6e6, 3e6, 2e6, 1e6, 1.3, 0.5);
        var one = new Distribution().Compute(h, 50, u, 0.2, threads: 1);
        var four = new Distribution().Compute(h, 50, u, 0.2, threads: 4);
        Assert.Equal(one, four);
        Assert.InRange(one.Gini, 0.05, 0.9);
    }
}
