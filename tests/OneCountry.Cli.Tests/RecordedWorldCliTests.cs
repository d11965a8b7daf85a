using System.Globalization;
using System.Text.Json;
using OneCountry.Experiments;
using OneCountry.Model.Engine;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Cli.Tests;

/// <summary>The recorded world (issue 12): one history in every run of <c>historical</c>, and
/// counterfactuals conditioned on it.</summary>
public class RecordedWorldCliTests(CliFixture f) : IClassFixture<CliFixture>
{
    /// <summary>The scripted events of 1939-41 that need a fascist Germany (the pact and what followed).</summary>
    private static readonly string[] PactEvents = ["attitude", "war", "annexation"];

    [Fact]
    public void Every_run_of_a_50_run_historical_ensemble_has_the_recorded_window_outcomes_and_the_events_of_1939_41()
    {
        var scenario = ScenarioLoader.LoadFile(f.Historical);
        var plan = RunPlan.Resolve(scenario, new RunOptions(Scale: 50000, Threads: 2));
        var runs = Ensemble.Run(scenario, 50, plan);
        Assert.Equal(50, runs.Count);
        foreach (var r in runs)
        {
            foreach (var w in scenario.Windows)
            {
                var outcome = Assert.Single(r.Events.Entries, e => e.Kind == "window_outcome" && e.Subject == w.Name);
                Assert.Equal((w.RecordedMonth, (double)(int)w.Historical), (outcome.Month, outcome.Value));
            }
            Assert.DoesNotContain(r.Events.Entries, e => e.Kind is "event_not_applicable" or "recorded_outcome_impossible");
            Assert.Equal(4, r.Events.Entries.Count(e => e.Kind == "annexation"));
            Assert.Contains(r.Events.Entries, e => e.Kind == "war" && e.Month == Month.Of(1941, 6));
        }
        // In the drawn world the same seeds give other histories.
        var drawn = Ensemble.Run(scenario, 20, RunPlan.Resolve(scenario, new RunOptions(Scale: 50000, Threads: 2, World: WorldMode.Drawn)));
        Assert.Contains(drawn, r => scenario.Windows.Any(w => !r.Events.Entries.Any(e => e.Kind == "window_outcome" && e.Subject == w.Name
            && e.Month == w.RecordedMonth && e.Value == (int)w.Historical)));
    }

    [Fact]
    public async Task A_comparison_with_an_inert_change_gives_exactly_zero_differences()
    {
        // Tractor plants at 0.008 of producer goods from 1937 (historical); the same value again in 1940.
        var inert = CliFixture.WriteScenario($"name: inert\nextends: {f.Historical}\npolicy:\n  - date: 1940-01\n    set:\n      tractor_output_share: 0.008\n");
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("compare", "historical", inert, "--runs", "3", "--scale", "20000", "--threads", "2", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        var rows = File.ReadAllLines(Path.Combine(outDir, "compare.csv"));
        static string[] Cells(string row) => System.Text.RegularExpressions.Regex.Matches(row, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").Select(m => m.Groups[1].Value).ToArray();
        var header = Cells(rows[0]);
        var differences = header.Select((name, i) => (name, i)).Where(x => x.name.StartsWith("difference")).Select(x => x.i).ToArray();
        Assert.Equal(3, differences.Length);
        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row);
            Assert.Equal(header.Length, cells.Length);
            foreach (int i in differences) Assert.Equal(0.0, double.Parse(cells[i], CultureInfo.InvariantCulture));
        }
        Assert.Contains("\"world\": \"recorded\"", File.ReadAllText(Path.Combine(outDir, "manifest.json")));
    }

    [Fact]
    public async Task German_october_differs_from_historical_only_from_1923_on()
    {
        string a = CliFixture.TempDir(), b = CliFixture.TempDir();
        foreach (var (name, dir) in new[] { ("historical", a), ("german-october", b) })
        {
            var (code, output) = await CliFixture.Run("run", name, "--scale", "20000", "--threads", "2", "--no-report", "--out", dir);
            Assert.True(code == 0, output);
        }
        var before = new Func<string, IEnumerable<string>>(dir => File.ReadLines(Path.Combine(dir, "monthly.csv")).Where(l => string.CompareOrdinal(l, "1923-") < 0));
        Assert.Equal(before(a), before(b));
        Assert.NotEqual(File.ReadAllLines(Path.Combine(a, "monthly.csv")), File.ReadAllLines(Path.Combine(b, "monthly.csv")));
    }

    [Fact]
    public async Task A_run_in_the_drawn_world_says_so_in_its_manifest_and_a_wrong_world_is_exit_2()
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", "historical", "--world", "drawn", "--scale", "50000", "--threads", "2", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        Assert.Contains("\"world\": \"drawn\"", File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var (bad, message) = await CliFixture.Run("run", "historical", "--world", "dreamt", "--scale", "50000");
        Assert.Equal(2, bad);
        Assert.Contains("--world wants recorded or drawn", message);
    }
}
