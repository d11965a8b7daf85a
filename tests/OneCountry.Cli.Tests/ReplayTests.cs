using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneCountry.Cli.Tests;

public class ReplayTests(CliFixture f) : IClassFixture<CliFixture>
{
    /// <summary>Runs the command into a new folder, replays its manifest into another, and checks
    /// that replay found every file the same.</summary>
    private static async Task<(string Original, string Replay)> RunAndReplay(params string[] command)
    {
        var original = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run([.. command, "--out", original]);
        Assert.True(code == 0, output);
        var replay = Path.Combine(CliFixture.TempDir(), "replay");
        (code, output) = await CliFixture.Run("replay", Path.Combine(original, "manifest.json"), "--threads", "1", "--out", replay);
        Assert.True(code == 0, output);
        string said = output.Replace("\n", "");
        Assert.Matches(@"Replay: \d+ file\(s\) identical", said);
        Assert.DoesNotContain("; differ:", said);
        Assert.DoesNotContain("; not written by the replay", said);
        return (original, replay);
    }

    private static void AssertSameFolders(string a, string b)
    {
        var left = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(x => Path.GetRelativePath(a, x)).Order().ToList();
        var right = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(x => Path.GetRelativePath(b, x)).Order().ToList();
        Assert.Equal(left, right);
        foreach (var file in left) Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file);
    }

    [Fact]
    public async Task Replay_of_a_run_with_set_inputs_writes_identical_files()
    {
        var (original, replay) = await RunAndReplay("run", f.Historical, "--scale", "20000", "--threads", "2", "--no-report",
            "--set", "famine_mortality=0.3", "--set", "nep_market@1928-01=false");
        AssertSameFolders(original, replay);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(replay, "manifest.json")));
        var command = manifest.RootElement.GetProperty("command").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.DoesNotContain("--out", command);
        Assert.DoesNotContain("--threads", command);
        Assert.Equal([1921UL], manifest.RootElement.GetProperty("seeds").EnumerateArray().Select(e => e.GetUInt64()));
    }

    [Fact]
    public async Task Replay_of_a_comparison_with_its_report_writes_identical_files()
    {
        var (original, replay) = await RunAndReplay("compare", "historical", "german-october", "--runs", "2", "--scale", "20000", "--per-run-series");
        AssertSameFolders(original, replay);
        Assert.True(File.Exists(Path.Combine(replay, "report.html")));
        Assert.True(File.Exists(Path.Combine(replay, "series.parquet")));
    }

    [Fact]
    public async Task Replay_of_an_experiment_writes_identical_files()
    {
        var design = Path.Combine(CliFixture.TempDir(), "design.yaml");
        File.WriteAllText(design, "replicates: 2\nsampler: sobol\npoints: 4\nfactors:\n  base_yield: {}\n  nep_market@1928-01: {levels: [true, false]}\n");
        var (original, replay) = await RunAndReplay("experiment", design, "--scale", "20000", "--set", "famine_mortality=0.3");
        AssertSameFolders(original, replay);
        Assert.Equal(8, DuckDb.Count(Path.Combine(replay, "runs.parquet"), "famine_mortality = 0.3"));
    }

    [Fact]
    public async Task Replay_of_a_Morris_screening_and_of_an_ensemble_writes_identical_files()
    {
        var (original, replay) = await RunAndReplay("sensitivity", "historical", "--method", "morris", "--params", "base_yield,seed_rate",
            "--trajectories", "2", "--scale", "20000", "--no-report");
        AssertSameFolders(original, replay);
        (original, replay) = await RunAndReplay("run", "historical", "--runs", "3", "--scale", "20000", "--set", "window:germany_1923=victory");
        AssertSameFolders(original, replay);
    }

    [Fact]
    public async Task Replay_refuses_when_an_input_file_changed_or_the_manifest_records_no_command()
    {
        var design = Path.Combine(CliFixture.TempDir(), "design.csv");
        File.WriteAllText(design, "base_yield\n0.7\n");
        var original = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("experiment", design, "--scale", "20000", "--out", original);
        Assert.True(code == 0, output);
        File.WriteAllText(design, "base_yield\n0.8\n");
        (code, output) = await CliFixture.Run("replay", Path.Combine(original, "manifest.json"), "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains("has changed since the run", output.Replace("\n", ""));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(original, "manifest.json")))!.AsObject();
        manifest.Remove("command");
        var old = Path.Combine(CliFixture.TempDir(), "manifest.json");
        File.WriteAllText(old, manifest.ToJsonString());
        (code, output) = await CliFixture.Run("replay", old, "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains("records no command", output.Replace("\n", ""));
    }

    [Fact]
    public async Task Replay_reports_a_file_that_differs_from_the_original()
    {
        var original = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", "historical", "--runs", "2", "--scale", "20000", "--no-report", "--out", original);
        Assert.True(code == 0, output);
        File.AppendAllText(Path.Combine(original, "windows.csv"), "tampered\n");
        (code, output) = await CliFixture.Run("replay", Path.Combine(original, "manifest.json"), "--out", Path.Combine(CliFixture.TempDir(), "r"));
        Assert.Equal(1, code);
        Assert.Contains("differ: windows.csv", output.Replace("\n", ""));
    }
}
