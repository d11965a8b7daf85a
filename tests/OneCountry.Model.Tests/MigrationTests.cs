using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

/// <summary>Migration to the towns under the internal passports (December 1932): recruitment goes
/// on at <c>passport_migration_factor</c>, flight from hunger at <c>passport_flight_factor</c>.</summary>
public class MigrationTests
{
    private static SimulationResult Run(string parameter, double value, Month end)
    {
        var config = TestScenarios.Historical().ToConfig(scale: 20000) with { End = end };
        return new Simulation(config with { Parameters = ParameterValues.Defaults.With([new(parameter, value)]) }).Run();
    }

    private static double Migrants(SimulationResult r, int year) =>
        Enumerable.Range(1, 12).Sum(m => r.Get(Month.Of(year, m), "migrants_to_towns"));

    [Fact]
    public void Stopping_flight_from_hunger_lowers_the_flow_in_the_famine_and_changes_nothing_before_the_passports()
    {
        var end = Month.Of(1933, 12);
        var stopped = Run("passport_flight_factor", 0, end);
        var open = Run("passport_flight_factor", 1, end);
        Assert.True(Migrants(stopped, 1933) < Migrants(open, 1933), $"{Migrants(stopped, 1933)} against {Migrants(open, 1933)}");
        // The parameter acts only under the passports: every series is the same until they come in.
        for (var m = Month.Of(1921, 3); m <= Month.Of(1932, 11); m = m.Plus(1))
            Assert.Equal(open.Get(m, "population"), stopped.Get(m, "population"));
    }

    [Fact]
    public void More_recruitment_under_the_passports_moves_more_peasants_and_fills_the_towns()
    {
        var end = Month.Of(1935, 12);
        var low = Run("passport_migration_factor", 0.3, end);
        var high = Run("passport_migration_factor", 1.0, end);
        Assert.True(Migrants(high, 1934) + Migrants(high, 1935) > Migrants(low, 1934) + Migrants(low, 1935));
        Assert.True(high.Get(end, "urban_population") > low.Get(end, "urban_population"));
        Assert.True(high.Get(end, "rural_population") < low.Get(end, "rural_population"));
    }
}

public class MigrationPullTests
{
    [Fact]
    public void Full_employment_pulls_fully_and_unemployment_deters_migrants_by_the_chance_of_a_job()
    {
        Assert.Equal(1.0, Economy.Labour.MigrationPull(0, 1));
        Assert.Equal(1.0, Economy.Labour.MigrationPull(double.NaN, 2));
        Assert.Equal(0.7, Economy.Labour.MigrationPull(0.3, 1), 12);
        Assert.Equal(0.49, Economy.Labour.MigrationPull(0.3, 2), 12);
        Assert.True(Economy.Labour.MigrationPull(0.2, 1) > Economy.Labour.MigrationPull(0.3, 1));
        // Elasticity 0: migrants ignore jobs.
        Assert.Equal(1.0, Economy.Labour.MigrationPull(0.5, 0));
        Assert.Equal(0.0, Economy.Labour.MigrationPull(1.5, 1));
    }
}
