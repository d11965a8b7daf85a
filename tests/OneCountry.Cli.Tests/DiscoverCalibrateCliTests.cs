using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary><c>onecountry discover</c> on a small real experiment and <c>onecountry calibrate</c> at a tiny budget.</summary>
public class DiscoverCalibrateCliTests(CliFixture f) : IClassFixture<CliFixture>
{
    [Fact]
    public async Task Discover_finds_the_input_that_decides_a_question_about_a_real_experiment_and_replays()
    {
        // 24 runs over famine mortality and two other parameters; the question: the famine deaths of
        // the period above their median across the runs. Only famine mortality should bound it.
        string dir = CliFixture.TempDir();
        string yaml = Path.Combine(dir, "lhs.yaml");
        File.WriteAllText(yaml, $"scenario: {f.Historical}\nseed: 3\nsampler: latin_hypercube\npoints: 24\nfactors:\n  famine_mortality: {{}}\n  tractor_import_share: {{}}\n  urban_participation: {{}}\n");
        string experiment = Path.Combine(dir, "experiment");
        var (code, output) = await CliFixture.Run("experiment", yaml, "--scale", "20000", "--out", experiment);
        Assert.True(code == 0, output);
        string runs = Path.Combine(experiment, "runs.parquet");
        var deaths = DuckDb.Query($"SELECT famine_deaths_1921_41 FROM read_parquet('{runs}') ORDER BY 1").Select(r => Convert.ToDouble(r[0], CultureInfo.InvariantCulture)).ToList();
        string median = deaths[deaths.Count / 2].ToString("R", CultureInfo.InvariantCulture);

        string found = Path.Combine(dir, "discover");
        (code, output) = await CliFixture.Run("discover", experiment, "--where", $"famine_deaths_1921_41 >= {median}", "--alpha", "0.1", "--min-density", "0.9", "--out", found);
        Assert.True(code == 0, output);
        Assert.True(File.Exists(Path.Combine(found, "report.html")) && File.Exists(Path.Combine(found, "charts", "prim-tradeoff.svg")));
        var box = File.ReadAllLines(Path.Combine(found, "prim_box.csv"));
        Assert.Equal("input,low,high,restricted,range_low,range_high,density_without,coverage_without", box[0]);
        Assert.Equal(["famine_mortality", "tractor_import_share", "urban_participation"], box.Skip(1).Select(l => l.Split(',')[0]));
        var famine = box.Single(l => l.StartsWith("famine_mortality,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("yes", famine[3]);
        Assert.True(double.Parse(famine[1], CultureInfo.InvariantCulture) > double.Parse(famine[4], CultureInfo.InvariantCulture), "famine mortality bounded from below");
        var trajectory = File.ReadAllLines(Path.Combine(found, "prim_trajectory.csv"));
        Assert.StartsWith("step,move,points,cases,coverage,density,mass,restricted,famine_mortality_low,famine_mortality_high,", trajectory[0]);
        Assert.StartsWith("0,the whole range,24,12,1,0.5,1,0,", trajectory[1]);

        // The manifest records the command; replay reproduces the files, report and chart included, byte for byte.
        (code, output) = await CliFixture.Run("replay", Path.Combine(found, "manifest.json"), "--out", Path.Combine(dir, "replayed"));
        Assert.True(code == 0, output);

        // An unknown column is named, with exit code 2.
        (code, output) = await CliFixture.Run("discover", runs, "--where", "famine_deaths > 1", "--out", Path.Combine(dir, "bad"));
        Assert.Equal(2, code);
        Assert.Contains("unknown column 'famine_deaths'", output);
        Assert.Contains("famine_deaths_1921_41", output);
        (code, output) = await CliFixture.Run("discover", runs, "--where", "famine_deaths_1921_41 > 1e9", "--out", Path.Combine(dir, "none"));
        Assert.Equal(2, code);
        Assert.Contains("no run of the 24 answers", output);
    }

    private static string Spec(string dir, CliFixture f)
    {
        string path = Path.Combine(dir, "calibration.yaml");
        File.WriteAllText(path, $"scenario: {f.Historical}\npopulation: 8\ngenerations: 1\nseed: 5\nscale: 20000\nparameters:\n  famine_mortality: {{}}\n  migration_rate: {{range: [0.005, 0.02]}}\n");
        return path;
    }

    private static readonly string[] Compared = ["generations.csv", "posterior.csv", "posterior.parquet", "posterior_summary.csv", "patterns.csv", "predictive.csv"];

    [Fact]
    public async Task Calibrate_writes_the_posterior_and_the_checks_apart_and_a_killed_run_resumes_to_the_same_files()
    {
        string dir = CliFixture.TempDir();
        string spec = Spec(dir, f);
        string straight = Path.Combine(dir, "straight");
        var (code, output) = await CliFixture.Run("calibrate", spec, "--threads", "2", "--no-report", "--out", straight);
        Assert.True(code == 0, output);
        var posterior = File.ReadAllLines(Path.Combine(straight, "posterior.csv"));
        Assert.Equal("famine_mortality,migration_rate,weight,distance,seed", posterior[0]);
        Assert.Equal(9, posterior.Length);
        Assert.All(posterior.Skip(1), l =>
        {
            var v = l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            Assert.InRange(v[0], 0.1, 1.0);
            Assert.InRange(v[1], 0.005, 0.02);
        });
        Assert.Equal(1.0, posterior.Skip(1).Sum(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)), 9);
        var generations = File.ReadAllLines(Path.Combine(straight, "generations.csv"));
        Assert.Equal(["0", "1"], generations.Skip(1).Select(l => l.Split(',')[0]).Distinct());
        var summary = File.ReadAllLines(Path.Combine(straight, "posterior_summary.csv"));
        Assert.StartsWith("migration_rate,uniform,0.005,0.02,", summary[2]);

        // Targets are in the fit, checks are not; both are measured at the posterior.
        var patterns = File.ReadAllLines(Path.Combine(straight, "patterns.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(patterns, p => p.Contains("target") && p.Contains("yes"));
        Assert.Contains(patterns, p => p.Contains("check") && p.Contains("no"));
        Assert.DoesNotContain(patterns, p => p.Contains("check") && p.Contains("yes"));
        Assert.DoesNotContain(patterns, p => p.Contains("target") && p.Contains("no"));
        Assert.True(File.ReadAllLines(Path.Combine(straight, "predictive.csv")).Length > 20);
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(straight, "manifest.json"))))
            Assert.Equal("calibration (ABC-SMC)", manifest.RootElement.GetProperty("kind").GetString());
        Assert.False(Directory.Exists(straight + ".partial"));

        // The same calibration in a process killed once its first generation is written, then
        // resumed on one thread: the same files.
        string resumed = Path.Combine(dir, "resumed");
        string dll = Path.Combine(AppContext.BaseDirectory, "onecountry.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "calibrate", spec, "--threads", "2", "--no-report", "--out", resumed }) psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            string first = Path.Combine(resumed + ".partial", "generation-00.csv");
            var clock = Stopwatch.StartNew();
            while (!File.Exists(first) && !p.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3)) await Task.Delay(10);
            try { p.Kill(); } catch (InvalidOperationException) { }
            await p.WaitForExitAsync();
        }
        Assert.True(File.Exists(Path.Combine(resumed + ".partial", "generation-00.csv")), "the first generation was written before the kill");
        Assert.False(File.Exists(Path.Combine(resumed, "posterior.csv")), "killed before it finished");
        (code, output) = await CliFixture.Run("calibrate", spec, "--threads", "1", "--no-report", "--resume", "--out", resumed);
        Assert.True(code == 0, output);
        Assert.Contains("Resuming from", output);
        foreach (var file in Compared)
            Assert.True(File.ReadAllBytes(Path.Combine(straight, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(resumed, file))), $"{file} differs after the resumption");

        // Resuming another calibration's generations is refused.
        Directory.CreateDirectory(resumed + "2.partial");
        File.WriteAllText(Path.Combine(resumed + "2.partial", "calibration.json"), "{}");
        (code, output) = await CliFixture.Run("calibrate", spec, "--resume", "--no-report", "--out", resumed + "2");
        Assert.Equal(2, code);
        Assert.Contains("generations of another calibration", output);
    }

    [Theory]
    [InlineData("parameters:\n  no_such_parameter: {}\n", "calibration.yaml:2:3: parameters.no_such_parameter: unknown parameter")]
    [InlineData("parameters:\n  famine_mortality: {range: [0.05, 0.5]}\n", "leaves the parameter's registry range")]
    [InlineData("parameters:\n  famine_mortality: {normal: [0.5, 0]}\n", "the sd must be above 0")]
    [InlineData("population: 1\nparameters:\n  famine_mortality: {}\n", "population")]
    [InlineData("sampler: grid\nparameters:\n  famine_mortality: {}\n", "calibration.yaml:1:1: sampler: unknown key")]
    [InlineData("parameters: {}\n", "parameters: missing or empty")]
    public async Task A_bad_calibration_file_is_refused_naming_file_line_column_and_field(string yaml, string said)
    {
        string dir = CliFixture.TempDir();
        string path = Path.Combine(dir, "calibration.yaml");
        File.WriteAllText(path, yaml);
        var (code, output) = await CliFixture.Run("calibrate", path, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, code);
        Assert.Contains(said, output.Replace("\n", ""));
    }

    [Fact]
    public void Every_target_has_a_miss_that_is_at_most_one_exactly_where_the_pattern_passes()
    {
        var patterns = HistoryValidation.Patterns(HistoricalData.Load(HistoricalData.FindFolder()!));
        Assert.All(patterns.Where(p => p.Role == PatternRole.Target), p => Assert.True(p.Miss is not null, $"{p.Name}: no miss"));
        var run = new OneCountry.Model.Country.Simulation(OneCountry.Scenarios.ScenarioLoader.LoadFile(Path.Combine(new CliFixture().Root, "scenarios", "historical.yaml")).ToConfig(1, 20000)).Run();
        int probed = 0;
        foreach (var p in patterns.Where(p => p.Miss is not null && p.Measure is not null))
        {
            double m = p.Measure!(run);
            foreach (double v in new[] { 0, 0.5, 0.8, 0.9, 0.95, 0.99, 1, 1.01, 1.05, 1.1, 1.2, 1.5, 2 }.Select(k => k * m).Concat(new[] { -1, -0.1, -0.01, 0.01, 0.1, 0.5, 0.95, 1 }.Select(d => m + d)))
            {
                double miss = p.Miss!(v);
                if (Math.Abs(miss - 1) < 1e-9) continue; // on the edge
                Assert.True(miss <= 1 == p.Passes(v), $"{p.Name}: value {v}, miss {miss}, passes {p.Passes(v)}");
                Assert.True(miss >= 0);
                probed++;
            }
        }
        Assert.True(probed > 1000, $"{probed} values probed");
    }
}
