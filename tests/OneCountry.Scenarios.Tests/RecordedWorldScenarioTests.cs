using OneCountry.Model.Engine;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Scenarios.Tests;

/// <summary>The recorded world in the scenario format: <c>world</c>, <c>recorded_weather</c>, an
/// event's <c>requires</c>, and the reference that a scenario inherits from the root of its chain.</summary>
public class RecordedWorldScenarioTests : TempFolder
{
    private const string Head = "name: t\nstart: 1921-03\nend: 1922-12\n";
    private static string Zones => string.Join(",", OneCountry.Model.Countryside.Zones.All.Select(z => z.Name));

    [Fact]
    public void A_scenario_is_in_the_recorded_world_unless_it_says_drawn_and_a_child_inherits_the_root_as_its_reference()
    {
        var root = WriteFile("root.yaml", Head + "events:\n  - date: 1922-01\n    type: war\n    country: Japan\n    months: 3\n");
        var child = WriteFile("child.yaml", "name: c\nextends: root.yaml\nworld: drawn\npolicy:\n  - date: 1922-01\n    set:\n      revolution_support: 1.0\n");
        var r = ScenarioLoader.LoadFile(root);
        var c = ScenarioLoader.LoadFile(child);
        Assert.Equal(WorldMode.Recorded, r.World);
        Assert.Equal(WorldMode.Drawn, c.World);
        // The child's reference is the root's policy and events, not its own.
        Assert.Equal(r.Recorded.Policy.Changes, c.Recorded.Policy.Changes);
        Assert.Equal(r.Recorded.Events, c.Recorded.Events);
        Assert.DoesNotContain(c.Recorded.Policy.Changes, x => x.Lever == "revolution_support");
        Assert.Contains(c.Policy.Changes, x => x.Lever == "revolution_support");
        Assert.Null(c.ToConfig().Recorded);
        Assert.NotNull(c.ToConfig(world: WorldMode.Recorded).Recorded);
        Assert.NotNull(r.ToConfig().Recorded);
    }

    [Fact]
    public void An_unknown_world_is_an_error_at_its_position()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Head + "world: dreamt\n", "w.yaml"));
        Assert.Contains(e.Errors, x => x.Line == 4 && x.Field == "world" && x.Message.Contains("recorded, drawn"));
    }

    [Fact]
    public void An_event_may_require_a_regime_of_a_country_and_a_wrong_condition_names_its_field()
    {
        var s = ScenarioLoader.Parse(Head + "events:\n  - date: 1922-01\n    type: attitude\n    country: Germany\n    value: -0.8\n    requires: {country: Germany, regime: fascist}\n", "r.yaml");
        Assert.Equal(new WorldCondition("Germany", Regime.Fascist), s.Events.Single().Requires);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Head + "events:\n  - date: 1922-01\n    type: attitude\n    country: Germany\n    value: -0.8\n    requires: {country: Germany, regime: fashist}\n", "r.yaml"));
        Assert.Contains(e.Errors, x => x.Line == 9 && x.Field == "events[0].requires.regime" && x.Message.Contains("fascist"));
        // Weather has no world condition.
        var w = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Head + "events:\n  - date: 1922-06\n    type: drought\n    zones: [volga]\n    severity: 0.5\n    requires: {country: Germany, regime: fascist}\n", "r.yaml"));
        Assert.Contains(w.Errors, x => x.Field == "events[0].requires");
    }

    [Fact]
    public void The_recorded_weather_is_read_from_its_file_and_its_hash_enters_the_scenario_hash()
    {
        WriteFile("w.csv", $"# inferred from the harvests\ncrop_year,{Zones},target_mt,source\n1921,0.4,0.5,0.3,0.6,0.6,0.8,39.1,\"WD1994_T54, table 54\"\n");
        var path = WriteFile("s.yaml", Head + "recorded_weather: w.csv\n");
        var s = ScenarioLoader.LoadFile(path);
        Assert.NotNull(s.Recorded.Weather);
        Assert.True(s.Recorded.Weather!.TryGet(1921, OneCountry.Model.Countryside.Zones.IndexOf("volga"), out double volga));
        Assert.Equal(0.3, volga);
        Assert.False(s.Recorded.Weather.TryGet(1922, 0, out _));
        string before = s.Sha256;
        WriteFile("w.csv", $"crop_year,{Zones}\n1921,0.4,0.5,0.35,0.6,0.6,0.8\n");
        Assert.NotEqual(before, ScenarioLoader.LoadFile(path).Sha256);
    }

    [Theory]
    [InlineData("crop_year,{Z}\n1921,0.4,0.5,x,0.6,0.6,0.8\n", 2, 14, "volga", "not a number")]
    [InlineData("crop_year,{Z}\n1921,0.4,0.5,9,0.6,0.6,0.8\n", 2, 14, "volga", "out of range")]
    [InlineData("crop_year,{Z}\n1921,0.4,0.5,0.3,0.6,0.6,0.8\n1921,1,1,1,1,1,1\n", 3, 1, "crop_year", "listed twice")]
    [InlineData("crop_year,{Z},colour\n1921,0.4,0.5,0.3,0.6,0.6,0.8,red\n", 1, 0, "colour", "unknown column")]
    [InlineData("crop_year,{Z}\n1921,0.4,0.5,0.3\n", 2, 1, "", "4 cells")]
    [InlineData("crop_year,volga\n1921,0.3\n", 1, 1, "ukraine", "missing column")]
    public void A_bad_weather_file_is_an_error_with_its_line_column_and_column_name(string csv, int line, int column, string field, string message)
    {
        WriteFile("w.csv", csv.Replace("{Z}", Zones));
        var path = WriteFile("s.yaml", Head + "recorded_weather: w.csv\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.Contains(e.Errors, x => x.File.EndsWith("w.csv") && x.Line == line && (column == 0 || x.Column == column) && x.Field == field && x.Message.Contains(message));
    }

    [Fact]
    public void A_missing_weather_file_and_a_child_that_restates_the_weather_are_errors_at_the_key()
    {
        var missing = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(WriteFile("m.yaml", Head + "recorded_weather: nowhere.csv\n")));
        Assert.Contains(missing.Errors, x => x.Line == 4 && x.Field == "recorded_weather" && x.Message.Contains("file not found"));
        WriteFile("w.csv", $"crop_year,{Zones}\n1921,0.4,0.5,0.3,0.6,0.6,0.8\n");
        WriteFile("root.yaml", Head);
        var child = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(WriteFile("c.yaml", "name: c\nextends: root.yaml\nrecorded_weather: w.csv\n")));
        Assert.Contains(child.Errors, x => x.Field == "recorded_weather" && x.Message.Contains("extends none"));
    }

    [Fact]
    public void A_weather_file_name_with_a_control_character_is_echoed_escaped()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(WriteFile("t.yaml", Head + "recorded_weather: \"a\\tb.csv\"\n")));
        var error = Assert.Single(e.Errors);
        Assert.DoesNotContain('\t', error.ToString());
        Assert.Contains("\\u0009", error.ToString());
    }
}
