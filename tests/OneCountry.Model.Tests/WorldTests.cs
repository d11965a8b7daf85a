using OneCountry.Model.Engine;
using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.World;

namespace OneCountry.Model.Tests;

public class HazardModelTests
{
    private static readonly WorldParameters P = new(ParameterValues.Defaults);
    private static readonly WindowFactors Base = new(Situation: 0.5, Party: 0.1, Fit: 0.5, Leadership: 0.5, Support: 0.3, Fascist: 0.2);

    private static OutcomeProbabilities Over(WindowFactors f) => HazardModel.Over(P, Enumerable.Repeat(f, 6), 6);

    public static TheoryData<string> Factors => new() { "situation", "party", "fit", "leadership", "support" };

    private static WindowFactors Raise(WindowFactors f, string factor, double by) => factor switch
    {
        "situation" => f with { Situation = f.Situation + by },
        "party" => f with { Party = f.Party + by },
        "fit" => f with { Fit = f.Fit + by },
        "leadership" => f with { Leadership = f.Leadership + by },
        "support" => f with { Support = f.Support + by },
        _ => f with { Fascist = f.Fascist + by },
    };

    [Theory]
    [MemberData(nameof(Factors))]
    public void Each_factor_raises_the_probability_of_victory(string factor)
    {
        double before = Over(Base).Victory;
        double after = Over(Raise(Base, factor, 0.2)).Victory;
        Assert.True(after > before, $"{factor}: {before} -> {after}");
    }

    [Fact]
    public void Fascist_strength_raises_and_a_fitting_line_lowers_the_probability_of_fascist_victory()
    {
        Assert.True(Over(Raise(Base, "fascist", 0.2)).FascistVictory > Over(Base).FascistVictory);
        Assert.True(Over(Raise(Base, "fit", 0.3)).FascistVictory < Over(Base).FascistVictory);
        Assert.Equal(0, Over(Base with { Fascist = 0 }).FascistVictory);
    }

    [Fact]
    public void The_three_outcomes_are_a_probability_distribution_and_the_monthly_draws_compose_to_it()
    {
        var o = Over(Base);
        Assert.Equal(1.0, o.Victory + o.Defeat + o.FascistVictory, 12);
        Assert.All(new[] { o.Victory, o.Defeat, o.FascistVictory }, p => Assert.InRange(p, 0, 1));
        // With constant factors the closed form holds: P(v) = Λv/(Λv+Λf)·(1 − e^−(Λv+Λf)).
        double lv = HazardModel.VictoryIntensity(P, Base), lf = HazardModel.FascistIntensity(P, Base);
        Assert.Equal(lv / (lv + lf) * (1 - Math.Exp(-(lv + lf))), o.Victory, 12);
    }

    [Fact]
    public void Subordination_to_diplomacy_lowers_the_fit_of_every_line()
    {
        foreach (var line in Enum.GetValues<CominternLine>())
            foreach (var kind in Enum.GetValues<WindowKind>())
                Assert.True(Comintern.Fit(P, line, kind, 1.0) < Comintern.Fit(P, line, kind, 0.0) || P.Fit[(int)line, (int)kind] == 0);
        Assert.True(P.Fit[(int)CominternLine.UnitedFront, (int)WindowKind.FascistThreat] > P.Fit[(int)CominternLine.ThirdPeriod, (int)WindowKind.FascistThreat]);
    }
}

public class WorldBaselineTests
{
    [Fact]
    public void The_generated_baseline_matches_the_Maddison_file()
    {
        string file = Path.Combine(TestPaths.Root(), "data", "maddison_gdp_population_1913_1941.csv");
        int checkedValues = 0;
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var f = line.Split(',');
            if (f[6] != "MPD2020" || !int.TryParse(f[2], out int year) || year < WorldBaseline.FirstYear || year > WorldBaseline.LastYear) continue;
            int c = WorldBaseline.IndexOf(f[0]);
            if (c < 0) continue;
            double value = double.Parse(f[4], CultureInfo.InvariantCulture);
            if (f[3] == "gdp_per_capita") { Assert.Equal(value, WorldBaseline.GdpPerCapitaInYear(c, year), 6); checkedValues++; }
            if (f[3] == "population") { Assert.Equal(value * 1000, WorldBaseline.PopulationInYear(c, year), 3); checkedValues++; }
        }
        Assert.True(checkedValues > 400, $"only {checkedValues} values checked");
    }

    [Fact]
    public void A_country_follows_its_path_between_years()
    {
        int de = WorldBaseline.IndexOf("Germany");
        double july28 = WorldBaseline.GdpPerCapita(de, Month.Of(1928, 7)), january29 = WorldBaseline.GdpPerCapita(de, Month.Of(1929, 1));
        Assert.Equal(WorldBaseline.GdpPerCapitaInYear(de, 1928), july28, 9);
        Assert.Equal(0.5 * (WorldBaseline.GdpPerCapitaInYear(de, 1928) + WorldBaseline.GdpPerCapitaInYear(de, 1929)), january29, 9);
    }
}

public class RevolutionaryWindowTests
{
    private static SimulationConfig WithGermany1923(SimulationConfig config, WindowOutcome? forced) => config with
    {
        Windows = config.Windows.Select(w => w.Name == "germany_1923" ? w with { Forced = forced, ForcedMonth = Month.Of(1923, 10) } : w).ToList(),
    };

    [Fact]
    public void A_forced_German_October_raises_Soviet_technique_and_lowers_the_defence_burden_on_the_same_seed()
    {
        var config = TestScenarios.Historical().ToConfig(seed: 7, scale: 20000);
        var history = new Simulation(WithGermany1923(config, WindowOutcome.Defeat)).Run();
        var october = new Simulation(WithGermany1923(config, WindowOutcome.Victory)).Run();
        double Mean(SimulationResult r, int from, int to, string v) =>
            Enumerable.Range(from, to - from + 1).SelectMany(y => Enumerable.Range(1, 12).Select(m => r.Get(Month.Of(y, m), v))).Average();
        // Common random numbers: the other windows draw the same, so Germany is the one difference.
        Assert.Equal(history.Get(Month.Of(1930, 1), "federation_members") + 1, october.Get(Month.Of(1930, 1), "federation_members"));
        Assert.True(Mean(october, 1938, 1940, "technique_relative_frontier") > Mean(history, 1938, 1940, "technique_relative_frontier"));
        Assert.True(Mean(october, 1930, 1940, "defence_share") < Mean(history, 1930, 1940, "defence_share"));
        // A workers' Germany has no fascist window.
        Assert.Contains(october.Events.Entries, e => e.Kind == "window_overtaken" && e.Subject == "germany_1930_33");
    }

    [Fact]
    public void Every_window_draw_is_logged_with_its_probability_and_other_windows_keep_their_random_numbers()
    {
        var config = TestScenarios.Historical().ToConfig(seed: 3, scale: 50000) with { End = Month.Of(1927, 12) };
        var a = new Simulation(WithGermany1923(config, WindowOutcome.Defeat)).Run();
        var b = new Simulation(WithGermany1923(config, WindowOutcome.Victory)).Run();
        var drawsA = a.Events.Entries.Where(e => e.Kind == "window_draw" && e.Subject == "britain_1926").ToList();
        var drawsB = b.Events.Entries.Where(e => e.Kind == "window_draw" && e.Subject == "britain_1926").ToList();
        Assert.NotEmpty(drawsA);
        Assert.All(drawsA, e => Assert.InRange(e.Probability, 0, 1));
        Assert.Equal(drawsA.Select(e => e.Value), drawsB.Take(drawsA.Count).Select(e => e.Value));
        Assert.Contains(a.Events.Entries, e => e.Kind == "window_opens" && e.Subject == "britain_1926");
        Assert.Contains(a.Events.Entries, e => e.Kind == "window_forced" && e.Subject == "germany_1923" && e.Probability == 1.0);
    }

    [Fact]
    public void A_better_fitting_line_makes_victory_likelier_at_the_opening_of_the_German_window_of_1930()
    {
        var config = TestScenarios.Historical().ToConfig(seed: 2, scale: 50000) with { End = Month.Of(1930, 10) };
        config = WithGermany1923(config, WindowOutcome.Defeat);
        var third = new Simulation(config).Run();
        var united = new Simulation(TestScenarios.WithLeverFrom(config, "comintern_line", Month.Of(1928, 7), (int)CominternLine.UnitedFront)).Run();
        LoggedEvent Opening(SimulationResult r) => r.Events.Entries.Single(e => e.Kind == "window_opens" && e.Subject == "germany_1930_33");
        Assert.True(Opening(united).Probability > Opening(third).Probability);
        Assert.True(Opening(united).Value < Opening(third).Value); // fascist victory less likely
    }
}

public class EconomicShockTests
{
    [Fact]
    public void A_shock_moves_a_country_off_its_path_for_its_months_and_raises_its_crisis_index()
    {
        var config = TestScenarios.Config(seed: 1, scale: 50000, end: Month.Of(1926, 12)) with
        {
            Events = [.. TestScenarios.Droughts, new ScheduledEvent(Month.Of(1925, 1), EventKind.EconomicShock, 0.8, 12, [], "United Kingdom", null)],
        };
        var shocked = new Simulation(config).Run();
        var path = new Simulation(TestScenarios.Config(seed: 1, scale: 50000, end: Month.Of(1926, 12))).Run();
        int uk = shocked.Countries.ToList().IndexOf("United Kingdom");
        int gdp = OneCountry.Model.World.WorldSystem.CountryVariables.ToList().FindIndex(v => v.Name == "gdp_per_capita");
        int situation = OneCountry.Model.World.WorldSystem.CountryVariables.ToList().FindIndex(v => v.Name == "situation_index");
        int t = Month.Of(1925, 6) - shocked.Start, after = Month.Of(1926, 6) - shocked.Start;
        Assert.Equal(0.8 * path.Country(t, uk, gdp), shocked.Country(t, uk, gdp), 6);
        Assert.True(shocked.Country(t, uk, situation) > path.Country(t, uk, situation));
        Assert.Equal(path.Country(after, uk, gdp), shocked.Country(after, uk, gdp), 6);
    }
}
