using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;

namespace OneCountry.Model.Tests;

/// <summary>The herd and the household's food, on named inputs (Countryside/Herds,
/// Countryside/HouseholdMonth, Countryside/FoodRelief).</summary>
public class HerdTests
{
    private static readonly Parameters P = Parameters.Defaults;
    private static readonly Herds.Rates Rates = Herds.Rates.Of(P);

    /// <summary>Twenty years of a herd on <paramref name="capacity"/> units of roughage with its
    /// grain norm fed, the December slaughter down to the fodder; the January units of each year.</summary>
    private static List<double> JanuaryUnits(Herd herd, double capacity)
    {
        var january = new List<double>();
        for (int month = 1; month <= 240; month++)
        {
            int calendar = (month - 1) % 12 + 1;
            if (calendar == 1) january.Add(herd.Units);
            double a = Herds.Adequacy(herd.Units, capacity, 1.0, P.GrainShareOfRation);
            double ah = Herds.Adequacy(herd.Units, capacity, 1.0, P.HorseGrainShare);
            herd = Herds.Month(herd, a, ah, 1.0, Rates, 0).After;
            if (calendar == 12) herd = Herds.Cull(herd, Herds.Ratio(capacity, herd.Units), Rates, out _, out _);
        }
        return january;
    }

    [Fact]
    public void A_growing_herd_stops_at_its_fodder_ceiling()
    {
        const double capacity = 10;
        var january = JanuaryUnits(new Herd(1, 2, 1, 4), capacity);
        Assert.True(january[0] < 0.5 * capacity);
        Assert.True(january[5] > january[0] * 1.2, $"the herd grows below the ceiling: {january[0]:F2} -> {january[5]:F2}");
        // After the autumn slaughter the herd never exceeds what its roughage carries.
        Assert.All(january, u => Assert.True(u <= capacity * 1.0001, $"January herd {u:F3} LU above the ceiling {capacity}"));
        Assert.True(january[^1] > 0.9 * capacity, $"the herd fills its fodder: {january[^1]:F2} LU of {capacity}");
    }

    [Fact]
    public void A_herd_without_fodder_shrinks_and_loses_animals_for_want_of_it()
    {
        var herd = new Herd(2, 3, 2, 10);
        double want = 0;
        var fed = herd;
        for (int m = 0; m < 6; m++)
        {
            var month = Herds.Month(herd, Herds.Adequacy(herd.Units, 0, 0, P.GrainShareOfRation), Herds.Adequacy(herd.Units, 0, 0, P.HorseGrainShare), 1.0, Rates, 0);
            herd = month.After;
            want += month.WantDeaths;
            fed = Herds.Month(fed, 1.0, 1.0, 1.0, Rates, 0).After;
        }
        Assert.True(herd.Horses < 2 && herd.Cattle < 3 && herd.Pigs < 2 && herd.Sheep < 10);
        Assert.True(want > 0);
        Assert.True(herd.Units < 0.7 * fed.Units, $"starved {herd.Units:F2} LU against fed {fed.Units:F2}");
    }

    [Fact]
    public void Fed_animals_do_not_die_for_want_and_ample_hay_stands_in_for_missing_grain()
    {
        var month = Herds.Month(new Herd(1, 2, 1, 5), 1.0, 1.0, 1.0, Rates, 0);
        Assert.Equal(0, month.WantDeaths);
        // Twice the roughage the herd needs makes up for the grain it does not get.
        Assert.Equal(1.0, Herds.Adequacy(4, 8, 0, P.GrainShareOfRation), 12);
        // Grain cannot make up for missing hay.
        Assert.True(Herds.Adequacy(4, 0, 1, P.GrainShareOfRation) < 0.5);
    }

    [Fact]
    public void The_autumn_slaughter_takes_only_what_the_fodder_cannot_carry_and_yields_its_meat()
    {
        var herd = new Herd(1, 2, 2, 10);
        var same = Herds.Cull(herd, 1.2, Rates, out double none, out _);
        Assert.Equal(herd, same);
        Assert.Equal(0, none);
        var after = Herds.Cull(herd, 0.5, Rates, out double meat, out double head);
        Assert.Equal(0.5 * herd.Units, after.Units, 9);
        Assert.Equal(1 * P.CattleSlaughterWeight + 1 * P.PigSlaughterWeight + 5 * P.SheepSlaughterWeight, meat, 9);
        Assert.Equal(7, head, 9);
    }

    [Fact]
    public void Hunger_slaughter_takes_the_pigs_before_the_sheep()
    {
        var herd = new Herd(1, 1, 2, 10);
        double pigFood = P.PigSlaughterWeight * P.MeatGrainEquivalent, sheepFood = P.SheepSlaughterWeight * P.MeatGrainEquivalent;
        double got = Herds.EatSmallStock(ref herd, pigFood, pigFood, sheepFood);
        Assert.Equal(pigFood, got, 12);
        Assert.Equal(1, herd.Pigs, 9);
        Assert.Equal(10, herd.Sheep, 9);
    }

    // --- The household's food ---

    /// <summary><paramref name="rows"/> households of six with no animals and
    /// <paramref name="grain"/> t each (of no seed: the harvest is past sowing).</summary>
    private static HouseholdTable Households(int rows, double grain, HouseholdStatus status = HouseholdStatus.Individual)
    {
        var h = new HouseholdTable(rows);
        for (int n = 0; n < rows; n++)
        {
            int i = h.Append();
            h.Members[i] = 6; h.FamilyAge[i] = 15; h.Enterprise[i] = 1; h.Land[i] = 5; h.Sown[i] = 0;
            h.Grain[i] = grain; h.Status[i] = (byte)status;
        }
        return h;
    }

    private static MonthInputs Month(int calendar, int monthsToHarvest, ulong key) => new(
        P, CalendarMonth: calendar, MonthsToHarvest: monthsToHarvest, SeedReserveHeld: false, Incentive: 1, StateShare: 0.6, Enforcement: 0,
        StatePriceRubles: 61, ExpectedPriceRubles: 61, LivestockPriceIndex: 1, Availability: 1, IndustrialPrice: 1,
        ManufacturesWantPerConsumer: 1, BuyPriceRubles: 0, TaxInstalmentFraction: 0, PrecautionShare: 0, NonfarmIncomePerWorker: 0,
        MigrationFactor: 0, FlightFactor: 0, Pasture: true, DemographyKey: key)
    { HerdRates = Rates };

    /// <summary>The months from March to July: food ratio per month, the famine deaths and the births.</summary>
    private static (List<double> Ratios, double FamineDeaths, double Births) SpringToHarvest(HouseholdTable h, Parameters? parameters = null)
    {
        var p = parameters ?? P;
        var runner = new BlockRunner(1, HouseholdTable.BlockSize);
        var (offered, caps, orders) = (new float[h.Capacity], new float[h.Capacity], new float[h.Capacity]);
        var ratios = new List<double>();
        double famine = 0, births = 0;
        for (int cm = 3; cm <= 7; cm++)
        {
            var input = Month(cm, 8 - cm, (ulong)cm) with { P = p };
            HouseholdMonth.Offer(h, input, runner, offered, caps, orders);
            double members = 0;
            for (int i = 0; i < h.Count; i++) members += h.Members[i];
            var s = HouseholdMonth.Settle(h, input, runner, offered, caps, orders, 1, 61, 0, 0);
            ratios.Add(s.FoodRatioWeighted / members);
            famine += s.FamineDeaths;
            births += s.Births;
        }
        return (ratios, famine, births);
    }

    private static double GrainNeedPerMonth(HouseholdTable h) =>
        HouseholdTable.ConsumerUnits(h.Members[0], HouseholdTable.WorkerShare(h.FamilyAge[0])) * P.GrainNeedPerConsumer / 12.0;

    [Fact]
    public void A_household_short_of_grain_spreads_it_over_the_months_to_the_harvest()
    {
        var h = Households(1, 0);
        h.Grain[0] = 0.6 * 5 * GrainNeedPerMonth(h); // 60% of its grain need from March to July
        var (ratios, _, _) = SpringToHarvest(h);
        string shown = $"food ratios by month: {string.Join(", ", ratios.Select(r => r.ToString("F3")))}";
        Assert.True(ratios.Max() - ratios.Min() < 0.02, shown);
        Assert.True(ratios.Min() > 0.5, shown);
        Assert.True(ratios.Max() < 0.95, shown);
    }

    [Fact]
    public void No_famine_deaths_without_a_shortfall()
    {
        var h = Households(2000, 0);
        for (int i = 0; i < h.Count; i++) h.Grain[i] = 8 * GrainNeedPerMonth(h);
        var fed = Households(2000, 0);
        for (int i = 0; i < fed.Count; i++) fed.Grain[i] = 8 * GrainNeedPerMonth(fed);
        var (ratios, famine, births) = SpringToHarvest(h);
        Assert.All(ratios, r => Assert.True(r > 0.99, $"food ratio {r}"));
        Assert.Equal(0, famine);
        // Hunger's effect on births changes nothing where everybody eats.
        var strong = new Parameters(ParameterValues.Defaults.With(new Dictionary<string, double> { ["birth_hunger_response"] = 4 }));
        Assert.True(births > 0);
        Assert.Equal(births, SpringToHarvest(fed, strong).Births);
    }

    [Fact]
    public void Food_relief_reaches_the_households_the_scenario_says_and_reduces_famine_deaths()
    {
        var runner = new BlockRunner(1, HouseholdTable.BlockSize);
        var individuals = Households(2000, 0);
        Assert.Equal(0, FoodRelief.Give(individuals, runner, P, 1e9, ReliefReach.CollectiveFarmers));
        var relieved = Households(2000, 0);
        Assert.True(FoodRelief.Give(relieved, runner, P, 1e9, ReliefReach.AllPeasants) > 0);
        var collective = Households(2000, 0, HouseholdStatus.Collective);
        Assert.True(FoodRelief.Give(collective, runner, P, 1e9, ReliefReach.CollectiveFarmers) > 0);

        double without = SpringToHarvest(Households(2000, 0)).FamineDeaths;
        double with = SpringToHarvest(relieved).FamineDeaths;
        Assert.True(without > 0);
        Assert.True(with < 0.7 * without, $"famine deaths with relief {with:F0}, without {without:F0}");
    }
}
