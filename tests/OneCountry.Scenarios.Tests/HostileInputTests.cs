using System.Diagnostics;
using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Scenarios.Tests;

/// <summary>Regression tests of issue 11: input that broke the loader (exceptions without a
/// position, stack overflows, hangs, silent misreadings) now gives errors with file, line and
/// column, or is read as meant.</summary>
public class HostileInputTests : TempFolder
{
    private const string Head = "name: t\nstart: 1921-03\nend: 1922-12\n";

    private static ScenarioException Fails(string yaml) => Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));

    private static string HistoricalPath => Path.Combine(ScenarioLoader.ShippedFolder, "historical.yaml");

    private string Write(string name, string yaml) => WriteFile(name, yaml);

    [Theory]
    [InlineData("parameters:\n  [a, b]: 1\n", 5, "parameters")]
    [InlineData("parameters:\n  {a: 1}: 1\n", 5, "parameters")]
    [InlineData("policy:\n  - date: 1921-03\n    set:\n      [x]: on\n", 7, "policy[0].set")]
    [InlineData("events:\n  - [date]: 1921-06\n    type: drought\n", 5, "events[0]")]
    public void A_list_or_mapping_used_as_a_key_is_an_error_at_its_position(string tail, int line, string field)
    {
        var e = Fails(Head + tail);
        Assert.True(e.Errors.Any(x => x.Line == line && x.Field == field && x.Message == "keys must be plain names"), e.Message);
    }

    [Fact]
    public void A_child_start_after_the_inherited_end_is_an_error_at_the_start()
    {
        var child = Write("late.yaml", $"name: late\nextends: {HistoricalPath}\nstart: 1945-01\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(child));
        Assert.Contains(e.Errors, x => x.Field == "start" && x.Line == 3 && x.Message.Contains("after the end"));
    }

    [Fact]
    public void A_window_end_moved_before_its_inherited_outcome_date_is_an_error_at_the_end()
    {
        var child = Write("w.yaml", $"""
            name: w
            extends: {HistoricalPath}
            windows:
              - name: germany_1923
                outcome: victory
                outcome_date: 1923-10
            """);
        var grandchild = Write("w2.yaml", $"""
            name: w2
            extends: {child}
            windows:
              - name: germany_1923
                end: 1923-08
            """);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(grandchild));
        var error = Assert.Single(e.Errors);
        Assert.Equal("windows[0].outcome_date", error.Field);
        Assert.Equal(5, error.Line);
        Assert.Contains("inherited outcome_date 1923-10", error.Message);
    }

    [Theory]
    [InlineData(20_000, '{', '}')]
    [InlineData(50_000, '[', ']')]
    public void Deep_nesting_is_an_error_not_a_stack_overflow(int depth, char open, char close)
    {
        string inner = open == '{' ? string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth)
            : new string(open, depth) + "1" + new string(close, depth);
        var e = Fails(Head + "parameters: " + inner + "\n");
        var error = Assert.Single(e.Errors);
        Assert.Contains($"nested more than {ScenarioLoader.MaxDepth} deep", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_long_chain_of_extends_is_an_error_not_a_stack_overflow()
    {
        const int n = 2000;
        for (int i = 0; i < n; i++) Write($"c{i}.yaml", i == n - 1 ? Head : $"name: c{i}\nextends: c{i + 1}\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(Path.Combine(Dir, "c0.yaml")));
        Assert.Contains($"more than {ScenarioLoader.MaxExtendsChain} scenarios extend each other", e.Message);
    }

    [Fact]
    public void An_undefined_alias_is_reported_at_its_line()
    {
        var error = Assert.Single(Fails(Head + "seed: 3\nscale: *nowhere\n").Errors);
        Assert.Equal(5, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Contains("'*nowhere'", error.Message);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(200_000)]
    public async Task Many_unknown_parameters_are_capped_and_the_load_ends(int count)
    {
        var yaml = Head + "parameters:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  unknown_parameter_{i}: 1\n"));
        // A liveness guard, not a speed test (speed is measured in bench/): a quadratic search
        // for suggestions over every unknown name would not end within it.
        var load = Task.Run(() => Fails(yaml));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(120))));
        var e = await load;
        Assert.Equal(ScenarioLoader.MaxErrors + 1, e.Errors.Count);
        Assert.Contains($"and {count - ScenarioLoader.MaxErrors} more problem(s)", e.Errors[^1].Message);
    }

    [Fact]
    public async Task A_one_megabyte_key_ends_and_is_not_echoed_whole()
    {
        var load = Task.Run(() => Fails(Head + "parameters:\n  ? " + new string('x', 1 << 20) + "\n  : 1\n"));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(120))));
        var e = await load;
        Assert.True(e.Message.Length < 2000);
        Assert.True(e.Message.Contains("(1048576 characters)"), e.Message);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_is_refused_without_reading_it(string device)
    {
        if (!File.Exists(device)) return;
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(device));
        Assert.Contains("not a regular file", e.Message);
    }

    [Fact]
    public async Task A_fifo_is_refused_without_hanging()
    {
        if (OperatingSystem.IsWindows()) return;
        string fifo = Path.Combine(Dir, "fifo.yaml");
        using (var p = Process.Start("mkfifo", fifo)) await p.WaitForExitAsync();
        var load = Task.Run(() => Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(fifo)));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Contains("not a regular file", (await load).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        string big = Write("big.yaml", Head + "description: " + new string('x', ScenarioLoader.MaxFileBytes) + "\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(big));
        Assert.Contains("a scenario may have at most", e.Message);
    }

    [Theory]
    [InlineData("name: \"a\\0b\"\nstart: 1921-03\nend: 1922-12\n", "name")]
    [InlineData("name: a\nextends: \"his\\0torical\"\n", "extends")]
    public void A_NUL_in_the_name_or_extends_is_an_error(string yaml, string field)
    {
        var e = Fails(yaml);
        Assert.True(e.Errors.Any(x => x.Field == field && x.Message.Contains("control characters")), e.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_key()
    {
        string path = Path.Combine(Dir, "bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Head)]);
        Assert.Equal("t", ScenarioLoader.LoadFile(path).Name);
        Assert.Equal("t", ScenarioLoader.Parse("\uFEFF" + Head, "bom.yaml").Name);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void A_null_name_is_not_the_text_of_the_null(string value)
    {
        var e = Fails($"name: {value}\nstart: 1921-03\nend: 1922-12\n");
        Assert.Contains(e.Errors, x => x.Field == "name" && x.Message.Contains("is null"));
        Assert.Equal("null", ScenarioLoader.Parse("name: 'null'\nstart: 1921-03\nend: 1922-12\n", "q.yaml").Name);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("/tmp/x")]
    [InlineData("..")]
    [InlineData("a\\\\b")]
    public void A_name_that_is_a_path_is_an_error(string name)
    {
        var e = Fails($"name: \"{name}\"\nstart: 1921-03\nend: 1922-12\n");
        Assert.Contains(e.Errors, x => x.Field == "name" && x.Message.Contains("cannot name the output folder"));
    }

    [Fact]
    public void Extends_of_a_file_that_is_not_a_scenario_does_not_echo_it()
    {
        string secret = Write("secret.yaml", "password: hunter2\napi_key: abc123\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(Write("x.yaml", $"name: x\nextends: {secret}\n")));
        Assert.DoesNotContain("hunter2", e.Message);
        Assert.DoesNotContain("password", e.Message);
        Assert.Contains("is not a scenario file", e.Message);
    }

    [Fact]
    public void Extends_of_a_shipped_name_works_from_any_folder()
    {
        var s = ScenarioLoader.LoadFile(Write("mine.yaml", "name: mine\nextends: historical\n"));
        Assert.Equal("historical", s.Extends);
        Assert.Equal(Month.Of(1941, 6), s.End);
    }

    [Theory]
    [InlineData("  - date: 1930-01\n    type: excess_deaths\n    zones: [north_caucasus]\n    deaths: 50000000\n", "events[0].deaths", "rural part")]
    [InlineData("  - date: 1930-01\n    type: excess_deaths\n    zones: [volga]\n    deaths: 10000000\n    urban_share: 0.5\n", "events[0].deaths", "1% of the towns")]
    [InlineData("  - date: 1930-01\n    type: war\n    country: USSR\n    months: 12\n    deaths: 50000000\n", "events[0].deaths", "half their population")]
    public void Events_larger_than_the_model_applies_are_errors(string events, string field, string message)
    {
        var e = Fails("name: t\nstart: 1921-03\nend: 1935-12\nevents:\n" + events);
        Assert.Contains(e.Errors, x => x.Field == field && x.Message.Contains(message) && x.Message.Contains("more than the model can apply"));
    }

    // Found by the fuzzing of the shipped scenarios (tests/OneCountry.Cli.Tests/ScenarioFuzzTests.cs).

    [Theory]
    [InlineData("parameters:\n  \"base\\tyield\": 0.7\n", "parameters.base\\u0009yield")]
    [InlineData("\"se\\0ed\": 3\n", "se\\u0000ed")]
    [InlineData("policy:\n  - date: 1921-03\n    set:\n      \"\\e[31mred\": on\n", "policy[0].set.\\u001b[31mred")]
    [InlineData("\"\\u202Eevil\\u2028x\": 1\n", "\\u202eevil\\u2028x")]
    public void Control_and_format_characters_of_a_key_are_shown_escaped_in_the_field(string tail, string field)
    {
        var e = Fails(Head + tail);
        Assert.Contains(e.Errors, x => x.Field == field);
        Assert.DoesNotContain(e.Message, c => c != '\n' && c != '\r' && (char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator));
    }

    [Fact]
    public void A_lone_colon_after_the_last_entry_is_malformed_YAML_at_its_position_and_a_base_so_broken_is_an_error_at_extends()
    {
        // After a nested block YamlDotNet's node loader threw ArgumentException ("The current event is of an unsupported type").
        const string yaml = Head + "parameters:\n  base_yield: 0.7\n:";
        var error = Assert.Single(Fails(yaml).Errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("malformed YAML", error.Message);
        Write("base.yaml", yaml);
        var child = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(Write("child.yaml", "name: c\nextends: base\n")));
        Assert.Contains(child.Errors, x => x.Field == "extends" && x.Line == 2 && x.Message.Contains("is not a scenario file"));
    }

    [Fact]
    public void The_count_of_problems_not_listed_is_at_the_first_of_them()
    {
        var yaml = Head + "parameters:\n" + string.Concat(Enumerable.Range(0, ScenarioLoader.MaxErrors + 5).Select(i => $"  unknown_parameter_{i}: 1\n"));
        var more = Fails(yaml).Errors[^1];
        Assert.Contains("and 5 more problem(s) not listed", more.Message);
        Assert.Equal((5 + ScenarioLoader.MaxErrors, 3), (more.Line, more.Column));
    }

    [Theory]
    [InlineData("german-octobe\\u202Eevilr")]
    [InlineData("a\\u200Bb")]
    [InlineData("a\\uE000b")]
    [InlineData("a\\u2028b")]
    public void A_name_with_invisible_characters_is_an_error(string name)
    {
        var e = Fails($"name: \"{name}\"\nstart: 1921-03\nend: 1922-12\n");
        Assert.Contains(e.Errors, x => x.Field == "name" && x.Message.Contains("invisible"));
        Assert.Equal("Ωmega 😀", ScenarioLoader.Parse("name: Ωmega 😀\nstart: 1921-03\nend: 1922-12\n", "ok.yaml").Name);
    }

    [Fact]
    public void An_unknown_extends_is_echoed_clipped()
    {
        var error = Assert.Single(Fails("name: x\nextends: " + new string('a', 5000) + "\n").Errors);
        Assert.Equal("extends", error.Field);
        Assert.True(error.Message.Length < 600, error.Message);
        Assert.Contains("(5000 characters)", error.Message);
    }
}
