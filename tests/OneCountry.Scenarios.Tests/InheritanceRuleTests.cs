using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Scenarios.Tests;

/// <summary>Issue 11, item 16: a dated entry for a lever in a scenario that extends another
/// replaces the base's entries for that lever from that date on.</summary>
public class InheritanceRuleTests : TempFolder
{
    /// <summary>A user's first own scenario, as shipped scenarios are written: a gentler drive from October 1929.</summary>
    private const string SlowCollectivization = """
        # slow-collectivization: the drive of 1929 kept gentle.
        #
        # What it assumes: from October 1929 collectivization goes on at the pace of its first
        # months, not the 'great turn' of November 1929; everything else is as in historical.
        name: slow-collectivization
        description: A slower collectivization drive from October 1929
        extends: historical

        policy:
          - date: 1929-10
            note: The drive kept at the pace of its first months
            set:
              collectivization_drive: 0.01
        """;

    private string Write(string name, string yaml) => WriteFile(name + ".yaml", yaml);

    private static double Collectivized1937(Scenario s)
    {
        var config = s.ToConfig(scale: 20000) with { End = Month.Of(1937, 12) };
        return new Simulation(config).Run().Get(Month.Of(1937, 12), "collectivized_share");
    }

    [Fact]
    public void Slow_collectivization_keeps_its_drive_and_changes_the_1937_collectivized_share()
    {
        var slow = ScenarioLoader.LoadFile(Write("slow-collectivization", SlowCollectivization));
        var historical = ScenarioLoader.LoadFile(Path.Combine(ScenarioLoader.ShippedFolder, "historical.yaml"));
        int drive = LeverRegistry.Index("collectivization_drive");
        foreach (var month in new[] { Month.Of(1929, 12), Month.Of(1930, 10), Month.Of(1935, 1) })
            Assert.Equal(0.01, slow.Policy.ValuesAt(month)[drive]);
        Assert.Equal(0.175, historical.Policy.ValuesAt(Month.Of(1929, 12))[drive]);
        // The other levers of the base are untouched.
        int target = LeverRegistry.Index("collectivization_target");
        Assert.Equal(historical.Policy.ValuesAt(Month.Of(1931, 1))[target], slow.Policy.ValuesAt(Month.Of(1931, 1))[target]);

        double h = Collectivized1937(historical), s = Collectivized1937(slow);
        Assert.True(s < h - 0.05, $"collectivized share 1937: historical {h}, slow {s}");
    }

    [Fact]
    public void The_replaced_base_entries_are_listed_with_the_child_entry_that_replaced_them()
    {
        var slow = ScenarioLoader.LoadFile(Write("slow-collectivization", SlowCollectivization));
        var o = Assert.Single(slow.Overrides);
        Assert.Equal(13, o.Line);
        Assert.Equal("policy[0].set.collectivization_drive", o.Field);
        Assert.Contains("from 1929-10 replaces", o.Message);
        Assert.Contains("'historical'", o.Message);
        Assert.Contains("1929-11 collectivization_drive 0.175", o.Message);
        Assert.Contains("1930-09 collectivization_drive 0.032", o.Message);
        Assert.Empty(slow.Warnings);
    }

    [Fact]
    public void A_base_entry_before_the_child_date_stays_and_a_shadowed_child_entry_is_warned_of()
    {
        Write("base", """
            name: base
            start: 1921-03
            end: 1925-12
            policy:
              - date: 1921-03
                set:
                  peasant_tax_rate: 0.1
              - date: 1924-01
                set:
                  peasant_tax_rate: 0.05
            """);
        var child = ScenarioLoader.LoadFile(Write("child", """
            name: child
            extends: base
            policy:
              - date: 1922-06
                set:
                  peasant_tax_rate: 0.2
              - date: 1922-06
                set:
                  peasant_tax_rate: 0.3
            """));
        int tax = LeverRegistry.Index("peasant_tax_rate");
        Assert.Equal(0.1, child.Policy.ValuesAt(Month.Of(1922, 1))[tax]);
        Assert.Equal(0.3, child.Policy.ValuesAt(Month.Of(1922, 6))[tax]);
        Assert.Equal(0.3, child.Policy.ValuesAt(Month.Of(1925, 6))[tax]);
        Assert.Contains("1924-01 peasant_tax_rate 0.05", Assert.Single(child.Overrides).Message);
        var w = Assert.Single(child.Warnings);
        Assert.Equal("policy[0].set.peasant_tax_rate", w.Field);
        Assert.Contains("never takes effect", w.Message);
    }
}
