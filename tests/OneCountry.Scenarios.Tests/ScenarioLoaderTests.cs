using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Scenarios.Tests;

public class ScenarioLoaderTests
{
    private const string Valid = """
        name: test
        description: a small valid scenario
        start: 1921-03
        end: 1923-12
        seed: 5
        scale: 2000
        parameters:
          seed_rate: 0.12
        policy:
          - date: 1921-03
            note: NEP
            set:
              nep_market: on
              peasant_tax_rate: 0.1
        events:
          - date: 1921-06
            type: drought
            zones: [volga, ukraine]
            severity: 0.5
          - date: 1922-05
            type: war_scare
            country: United Kingdom
            months: 4
        """;

    private static ScenarioError Single(string yaml)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
        Assert.Single(e.Errors);
        Assert.Equal("bad.yaml", e.Errors[0].File);
        return e.Errors[0];
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    [Fact]
    public void A_valid_scenario_loads_with_every_field()
    {
        var s = ScenarioLoader.Parse(Valid, "ok.yaml");
        Assert.Equal("test", s.Name);
        Assert.Equal(Month.Of(1921, 3), s.Start);
        Assert.Equal(Month.Of(1923, 12), s.End);
        Assert.Equal(5UL, s.Seed);
        Assert.Equal(2000, s.Scale);
        Assert.Equal(0.12, s.ParameterOverrides["seed_rate"]);
        Assert.Equal(2, s.Policy.Changes.Count);
        Assert.Equal(2, s.Events.Count);
        Assert.Equal(EventKind.WarScare, s.Events[1].Kind);
        Assert.Equal(64, s.Sha256.Length);
        var config = s.ToConfig(seed: 9, threads: 2);
        Assert.Equal(9UL, config.Seed);
        Assert.Equal(0.12, config.Parameters["seed_rate"]);
    }

    [Fact]
    public void A_typo_in_a_key_names_the_line_the_field_and_a_suggestion()
    {
        var e = Single(Replace("description:", "descripton:"));
        Assert.Equal(2, e.Line);
        Assert.Equal("descripton", e.Field);
        Assert.Contains("unknown key 'descripton'", e.Message);
        Assert.Contains("did you mean 'description'", e.Message);
    }

    [Fact]
    public void A_typo_in_a_nested_key_is_reported_with_its_path()
    {
        // The misspelt key, and the severity it leaves missing, are both reported.
        var all = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Replace("    severity: 0.5", "    severty: 0.5"), "bad.yaml")).Errors;
        Assert.Equal(2, all.Count);
        var typo = Assert.Single(all, e => e.Field == "events[0].severty");
        Assert.Equal(19, typo.Line);
        Assert.Contains("did you mean 'severity'", typo.Message);
        Assert.Contains(all, e => e.Field == "events[0].severity" && e.Message.StartsWith("missing"));
    }

    [Fact]
    public void A_wrong_type_says_what_was_expected()
    {
        var e = Single(Replace("scale: 2000", "scale: many"));
        Assert.Equal(6, e.Line);
        Assert.Equal(8, e.Column);
        Assert.Equal("scale", e.Field);
        Assert.Contains("'many' is not a number", e.Message);
    }

    [Fact]
    public void A_list_where_a_value_belongs_is_a_type_error()
    {
        var e = Single(Replace("seed: 5", "seed: [5]"));
        Assert.Equal("seed", e.Field);
        Assert.Contains("expected a single value, found a list", e.Message);
    }

    [Fact]
    public void An_unknown_country_is_named_with_the_known_ones()
    {
        var e = Single(Replace("country: United Kingdom", "country: Britannia"));
        Assert.Equal(22, e.Line);
        Assert.Equal("events[1].country", e.Field);
        Assert.Contains("unknown country 'Britannia'", e.Message);
        Assert.Contains("Germany", e.Message);
    }

    [Fact]
    public void An_end_before_the_start_is_rejected()
    {
        // Dated policy and events now fall after the end too; the end itself is reported first.
        var all = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Replace("end: 1923-12", "end: 1920-12"), "bad.yaml")).Errors;
        var e = all[0];
        Assert.Equal(4, e.Line);
        Assert.Equal("end", e.Field);
        Assert.Contains("before the start", e.Message);
    }

    [Fact]
    public void A_malformed_month_is_rejected_with_the_format()
    {
        var e = Single(Replace("start: 1921-03", "start: March 1921"));
        Assert.Equal("start", e.Field);
        Assert.Contains("YYYY-MM", e.Message);
    }

    [Fact]
    public void An_unknown_parameter_is_rejected_with_a_suggestion()
    {
        var e = Single(Replace("seed_rate: 0.12", "seed_rat: 0.12"));
        Assert.Equal("parameters.seed_rat", e.Field);
        Assert.Contains("did you mean 'seed_rate'", e.Message);
    }

    [Fact]
    public void A_parameter_out_of_its_range_is_rejected_with_the_range()
    {
        var e = Single(Replace("seed_rate: 0.12", "seed_rate: 3"));
        Assert.Equal(8, e.Line);
        Assert.Equal("parameters.seed_rate", e.Field);
        Assert.Contains("out of range", e.Message);
        Assert.Contains("0.1 to 0.16", e.Message);
    }

    [Fact]
    public void An_unknown_lever_and_a_bad_switch_are_rejected()
    {
        var lever = Single(Replace("nep_market: on", "nep_markt: on"));
        Assert.Equal("policy[0].set.nep_markt", lever.Field);
        Assert.Contains("did you mean 'nep_market'", lever.Message);
        var sw = Single(Replace("nep_market: on", "nep_market: maybe"));
        Assert.Contains("not a switch", sw.Message);
    }

    [Fact]
    public void An_unknown_zone_and_event_type_are_rejected()
    {
        var zone = Single(Replace("[volga, ukraine]", "[volga, atlantis]"));
        Assert.Equal("events[0].zones[1]", zone.Field);
        Assert.Contains("unknown zone 'atlantis'", zone.Message);
        var type = Single(Replace("type: drought", "type: flood"));
        Assert.Equal("events[0].type", type.Field);
        Assert.Contains("unknown event type 'flood'", type.Message);
    }

    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("description: nothing else\n", "bad.yaml"));
        Assert.Equal(new[] { "name", "start", "end" }, e.Errors.Select(x => x.Field).OrderBy(f => f == "name" ? 0 : f == "start" ? 1 : 2).ToArray());
    }

    [Fact]
    public void Malformed_yaml_reports_its_position()
    {
        var e = Single("name: x\nstart: [1921-03\nend: 1922-01\n");
        Assert.True(e.Line >= 2);
        Assert.Contains("malformed YAML", e.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile("/no/such/scenario.yaml"));
        Assert.Equal("/no/such/scenario.yaml", e.Errors[0].File);
        Assert.Contains("file not found", e.Errors[0].Message);
    }

    [Fact]
    public void A_scale_that_leaves_no_household_is_rejected()
    {
        var e = Single(Replace("scale: 2000", "scale: 0"));
        Assert.Contains("out of range", e.Message);
    }

    [Fact]
    public void Error_text_reads_file_line_column_field_message()
    {
        var e = Single(Replace("scale: 2000", "scale: many"));
        Assert.StartsWith("bad.yaml:6:8: scale: ", e.ToString());
    }
    [Fact]
    public void An_annexation_loads_with_its_population_zones_and_urban_share()
    {
        var s = ScenarioLoader.Parse(Replace("  - date: 1922-05\n    type: war_scare",
            "  - date: 1923-01\n    type: annexation\n    zones: [ukraine]\n    population: 3.7e6\n    urban_share: 0.13\n  - date: 1922-05\n    type: war_scare"), "ok.yaml");
        var e = Assert.Single(s.Events, x => x.Kind == EventKind.Annexation);
        Assert.Equal(3.7e6, e.Magnitude);
        Assert.Equal(0.13, e.UrbanShare);
        Assert.Equal([OneCountry.Model.Countryside.Zones.IndexOf("ukraine")], e.Zones);
    }

    [Fact]
    public void An_annexation_without_a_population_names_the_field()
    {
        var error = Single(Replace("  - date: 1922-05\n    type: war_scare\n    country: United Kingdom\n    months: 4",
            "  - date: 1922-05\n    type: annexation\n    zones: [ukraine]"));
        Assert.Equal("events[1].population", error.Field);
        Assert.Contains("missing", error.Message);
    }
}

public class ShippedScenarioTests
{
    private static string ScenariosFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OneCountry.slnx"))) return Path.Combine(dir.FullName, "scenarios");
        throw new InvalidOperationException("repository root not found");
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(ScenariosFolder(), "*.yaml").OrderBy(f => f)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_scenario_is_valid_and_runs_its_first_year(string file)
    {
        var s = ScenarioLoader.LoadFile(Path.Combine(ScenariosFolder(), file));
        Assert.False(string.IsNullOrWhiteSpace(s.Description));
        var config = s.ToConfig(scale: 50000) with { End = s.Start.Plus(11) };
        var r = new Simulation(config).Run();
        Assert.Equal(12, r.Months);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_scenario_is_named_after_its_file_and_documented_at_the_top(string file)
    {
        var path = Path.Combine(ScenariosFolder(), file);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), ScenarioLoader.LoadFile(path).Name);
        var head = File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.True(head.Count >= 5, $"{file}: document the scenario in a comment block at the top (what it assumes, the position it encodes, sources)");
    }

    [Fact]
    public void The_documented_scenarios_are_all_shipped()
    {
        var names = Directory.GetFiles(ScenariosFolder(), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet();
        foreach (var n in new[] { "historical", "left-opposition", "right", "german-october", "monopoly-weakened", "united-front-1930", "endogenous" })
            Assert.Contains(n, names);
    }

    [Fact]
    public void The_historical_scenario_covers_1921_to_1929()
    {
        var s = ScenarioLoader.LoadFile(Path.Combine(ScenariosFolder(), "historical.yaml"));
        Assert.True(s.Start <= Month.Of(1921, 3));
        Assert.True(s.End >= Month.Of(1929, 12));
    }
}

public class WorldScenarioTests
{
    private const string Head = """
        name: world
        start: 1921-03
        end: 1924-12

        """;

    [Fact]
    public void Comintern_lines_world_events_and_window_overrides_load()
    {
        var s = ScenarioLoader.Parse(Head + """
            policy:
              - date: 1921-03
                set:
                  comintern_line: third_period
            events:
              - date: 1922-10
                type: regime_change
                country: Italy
                regime: fascist
                attitude: -0.2
                militarization: 0.05
              - date: 1923-01
                type: war
                country: Japan
                months: 12
              - date: 1924-02
                type: attitude
                country: United Kingdom
                value: -0.2
            windows:
              - name: germany_1923
                outcome: victory
                outcome_date: 1923-10
              - name: hungary_1923
                country: Hungary
                start: 1923-05
                end: 1923-08
                kind: revolutionary_crisis
                party: 0.1
                population: 8.0e6
                gdp_per_capita: 3000
            """, "w.yaml");
        Assert.Equal(2, s.Policy.ValuesAt(Month.Of(1921, 3))[LeverRegistry.Index("comintern_line")]);
        Assert.Equal(3, s.Events.Count);
        Assert.Equal(Model.World.Regime.Fascist, s.Events[0].Regime);
        var germany = s.Windows.Single(w => w.Name == "germany_1923");
        Assert.Equal(Model.World.WindowOutcome.Victory, germany.Forced);
        // Changing one field keeps the others of the default window.
        Assert.Equal(Model.World.WindowCatalog.Defaults.Single(w => w.Name == "germany_1923") with { Forced = germany.Forced, ForcedMonth = germany.ForcedMonth }, germany);
        Assert.Equal(Month.Of(1923, 10), germany.ForcedMonth);
        Assert.Contains(s.Windows, w => w.Name == "hungary_1923" && w.Population == 8.0e6);
    }

    [Theory]
    [InlineData("policy:\n  - date: 1921-03\n    set:\n      comintern_line: thrid_period\n", "policy[0].set.comintern_line", "did you mean 'third_period'")]
    [InlineData("events:\n  - date: 1922-10\n    type: regime_change\n    country: Itlay\n    regime: fascist\n", "events[0].country", "did you mean 'Italy'")]
    [InlineData("events:\n  - date: 1922-10\n    type: regime_change\n    country: Italy\n    regime: monarchy\n", "events[0].regime", "unknown regime 'monarchy'")]
    [InlineData("windows:\n  - name: germany_1923\n    outcome: win\n", "windows[0].outcome", "unknown outcome 'win'")]
    [InlineData("events:\n  - date: 1922-01\n    type: excess_deaths\n    zones: [volga]\n", "events[0].deaths", "missing")]
    [InlineData("events:\n  - date: 1922-01\n    type: excess_deaths\n    zones: [volga]\n    deaths: 1000\n    urban_share: 1.5\n", "events[0].urban_share", "out of range")]
    [InlineData("windows:\n  - name: germany_1923\n    outcome: victory\n    outcome_date: 1925-01\n", "windows[0].outcome_date", "outside the window")]
    [InlineData("windows:\n  - name: atlantis_1923\n    country: Atlantis\n", "windows[0].start", "is a new window")]
    public void World_errors_name_the_field_and_line(string yaml, string field, string message)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Head + yaml, "bad.yaml"));
        var error = Assert.Single(e.Errors, x => x.Field == field);
        Assert.Contains(message, error.Message);
        Assert.True(error.Line > 4, $"line {error.Line}");
    }
}

public class ScenarioInheritanceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onecountry-extends-" + Guid.NewGuid().ToString("N"));

    public ScenarioInheritanceTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string yaml)
    {
        string path = Path.Combine(_dir, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private const string Base = """
        name: base
        start: 1921-03
        end: 1925-12
        seed: 11
        scale: 3000
        parameters:
          seed_rate: 0.12
        policy:
          - date: 1921-03
            set:
              nep_market: on
              peasant_tax_rate: 0.1
          - date: 1923-01
            set:
              peasant_tax_rate: 0.08
        events:
          - date: 1921-06
            type: drought
            zones: [volga]
            severity: 0.5
        """;

    [Fact]
    public void A_scenario_that_extends_another_changes_only_what_differs()
    {
        Write("base", Base);
        var child = ScenarioLoader.LoadFile(Write("child", """
            name: child
            extends: base
            parameters:
              birth_rate: 0.04
            policy:
              - date: 1923-01
                set:
                  peasant_tax_rate: 0.12
            windows:
              - name: germany_1923
                outcome: victory
            """));
        Assert.Equal("base", child.Extends);
        Assert.Equal(Month.Of(1921, 3), child.Start);
        Assert.Equal(Month.Of(1925, 12), child.End);
        Assert.Equal(11UL, child.Seed);
        Assert.Equal(3000, child.Scale);
        Assert.Equal(0.12, child.ParameterOverrides["seed_rate"]);
        Assert.Equal(0.04, child.ParameterOverrides["birth_rate"]);
        // The child's change in the same month wins over the base's.
        Assert.Equal(0.12, child.Policy.ValuesAt(Month.Of(1923, 6))[LeverRegistry.Index("peasant_tax_rate")]);
        Assert.Equal(0.1, child.Policy.ValuesAt(Month.Of(1922, 6))[LeverRegistry.Index("peasant_tax_rate")]);
        Assert.Single(child.Events);
        Assert.Equal(Model.World.WindowOutcome.Victory, child.Windows.Single(w => w.Name == "germany_1923").Forced);
        Assert.Equal(Model.World.WindowCatalog.Defaults.Count, child.Windows.Count);
        var parent = ScenarioLoader.LoadFile(Path.Combine(_dir, "base.yaml"));
        Assert.NotEqual(parent.Sha256, child.Sha256);
    }

    [Fact]
    public void A_cycle_of_extends_is_an_error_naming_the_chain()
    {
        Write("a", "name: a\nextends: b\n");
        Write("b", "name: b\nextends: a\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(Path.Combine(_dir, "a.yaml")));
        Assert.Contains(e.Errors, x => x.Message.Contains("cycle") && x.Message.Contains("a.yaml -> b.yaml -> a.yaml"));
    }

    [Fact]
    public void An_unknown_base_is_an_error_at_the_extends_line()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(Write("orphan", "name: orphan\nextends: nowhere\n")));
        var error = Assert.Single(e.Errors);
        Assert.Equal("extends", error.Field);
        Assert.Equal(2, error.Line);
        Assert.Contains("no scenario 'nowhere'", error.Message);
    }

    [Fact]
    public void The_shipped_german_october_extends_historical_and_forces_the_German_window()
    {
        string root = AppContext.BaseDirectory;
        var dir = new DirectoryInfo(root);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OneCountry.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var s = ScenarioLoader.LoadFile(Path.Combine(dir!.FullName, "scenarios", "german-october.yaml"));
        var h = ScenarioLoader.LoadFile(Path.Combine(dir.FullName, "scenarios", "historical.yaml"));
        Assert.Equal("historical", s.Extends);
        Assert.Equal(h.Policy.Changes.Count, s.Policy.Changes.Count);
        Assert.Equal(h.Events.Count, s.Events.Count);
        Assert.Equal(Model.World.WindowOutcome.Victory, s.Windows.Single(w => w.Name == "germany_1923").Forced);
    }
}

public class ScenarioDocumentationTests
{
    [Fact]
    public void The_comment_block_at_the_top_is_the_scenario_documentation()
    {
        var s = ScenarioLoader.Parse("# what it assumes\n#   indented line\n#\nname: doc\nstart: 1921-03\nend: 1921-12\n# a later comment\n", "doc.yaml");
        Assert.Equal("what it assumes\n  indented line", s.Documentation);
    }
}
