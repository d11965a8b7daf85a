using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class FoodReliefTests
{
    private static readonly Parameters P = Parameters.Defaults;

    private static HouseholdTable Village()
    {
        var h = new HouseholdTable(3);
        foreach (var (status, grain) in new[] { (HouseholdStatus.Collective, 0.0), (HouseholdStatus.Collective, 5.0), (HouseholdStatus.Individual, 0.0) })
        {
            int i = h.Append();
            h.Members[i] = 5; h.FamilyAge[i] = 12; h.Status[i] = (byte)status; h.Grain[i] = grain;
        }
        return h;
    }

    [Fact]
    public void Only_hungry_collective_farmers_get_food_loans_up_to_two_months_and_never_beyond_the_budget()
    {
        var h = Village();
        double twoMonths = 2 * HouseholdTable.ConsumerUnits(5, HouseholdTable.WorkerShare(12)) * P.GrainNeedPerConsumer / 12.0;
        double given = FoodRelief.Give(h, new BlockRunner(2, HouseholdTable.BlockSize), P, 1e6);
        Assert.Equal(twoMonths, given, 9);
        Assert.Equal(twoMonths, h.Grain[0], 9);
        Assert.Equal(5.0, h.Grain[1]);          // holds enough already
        Assert.Equal(0.0, h.Grain[2]);          // individual peasants get none

        var short_ = Village();
        Assert.Equal(twoMonths / 4, FoodRelief.Give(short_, new BlockRunner(1, HouseholdTable.BlockSize), P, twoMonths / 4), 9);
        Assert.Equal(0, FoodRelief.Give(Village(), new BlockRunner(1, HouseholdTable.BlockSize), P, 0));
    }
}

public class BirthsAndHungerTests
{
    [Fact]
    public void Hunger_lowers_births_in_the_famine_years_and_changes_nothing_when_everybody_eats()
    {
        var scenario = TestScenarios.Historical();
        var baseConfig = scenario.ToConfig(scale: 20000);
        SimulationResult Run(double response) =>
            new Simulation(baseConfig with { Parameters = ParameterValues.Defaults.With([new("birth_hunger_response", response)]) }).Run();
        var none = Run(0);
        var strong = Run(4);
        double Births(SimulationResult r, int from, int to) =>
            Enumerable.Range(from, to - from + 1).Sum(y => Enumerable.Range(1, 12).Sum(m => r.Get(Month.Of(y, m), "births_rural")));
        Assert.True(Births(strong, 1922, 1940) < Births(none, 1922, 1940), $"births 1922-40: {Births(strong, 1922, 1940):F0} at response 4, {Births(none, 1922, 1940):F0} at 0");
        // Where everybody eats, the response changes nothing: HerdTests.No_famine_deaths_without_a_shortfall.
    }
}
