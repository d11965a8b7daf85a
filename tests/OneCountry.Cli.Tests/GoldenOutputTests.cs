using OneCountry.Model.Engine;
using System.Security.Cryptography;

namespace OneCountry.Cli.Tests;

/// <summary>
/// Golden outputs: the SHA-256 of the files a user reads, pinned before the model core was
/// reshaped (issue 10). A change of model, output format or random-number use changes a hash; a
/// refactoring must not. When a change of output is intended, it is its own commit that states
/// the new hashes and why.
/// </summary>
public class GoldenOutputTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static readonly string[] SeriesFiles = ["monthly.csv", "yearly.csv", "crop_years.csv", "events.csv"];

    /// <summary>(scenario, file) → SHA-256 at scale 2,000 (about 11,000 households in
    /// 1921, two blocks, so the second thread really takes part).</summary>
    private static readonly Dictionary<string, string> RunHashes = new()
    {
        ["historical/monthly.csv"] = "92eee8e28ebe822b2e63d980706c6f41d046f0cc3ad8deeeaa039e1b74201bdb",
        ["historical/yearly.csv"] = "5676ccbf1f85e3cc1581176b05cda7439621e2aac2ce6758791c3da51c2434bc",
        ["historical/crop_years.csv"] = "9b65f9501617d9e7609d13c33e71a38f90041e50328e591db5682e59223d57ca",
        ["historical/events.csv"] = "c053b1bb1ebc292df8a0fee4e9036f5ca1bda57567a33b3c1b19a91bc95b3a75",
        ["left-opposition/monthly.csv"] = "1638f448e08cd979eca6b8841cc49df640a6b472f8d4386b411e17476ca57585",
        ["left-opposition/yearly.csv"] = "f46ba74e91595192a1f96222fe26874622fe88b1e36c8e8ae910ec59317b8cc7",
        ["left-opposition/crop_years.csv"] = "ed9739eb834346cb6a1e0a708ce6f70c9e73283676de084f605d03b53112ff85",
        ["left-opposition/events.csv"] = "5c1051ba630caf095c7c4c2c52941850b5ac02e2aeb036e139e3cdbc2f75eb33",
        ["endogenous/monthly.csv"] = "05691d3da00efaef3cbdf10fc514720be016b968d14e7f5ec546fae9d867b915",
        ["endogenous/yearly.csv"] = "30f960d87b4deb038392a6db60dcdd8a307db45937f1dd9e5018fae127fc9957",
        ["endogenous/crop_years.csv"] = "8b652cbde6f6605599b8b178d15abd6d62aa45ab77886798f0446a0ace067dd8",
        ["endogenous/events.csv"] = "84d0512d5735be80e9680282306041bf873530102af893c45ea0c0614e9f66f3",
    };

    private const string CompareHash = "6c9b6873e24e9ce940fb68389ccb1eb9c783c93667a4c52c0e9cd1c41e981850";
    private const string SensitivityHash = "f0a88178b7a550a3f476171605a2c2cc949dd50368887973bdf07d0574a33056";
    private const string MorrisHash = "d9ba2a226aba74b08e068ade2258ca42a352153e2c3a4857f71a43b7ce79b79c";

    public static TheoryData<string, int> Runs()
    {
        var data = new TheoryData<string, int>();
        foreach (var s in new[] { "historical", "left-opposition", "endogenous" })
            foreach (var threads in new[] { 1, 2 })
                data.Add(s, threads);
        return data;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void AssertHash(string expected, string path)
    {
        string actual = Sha256(path);
        Assert.True(expected == actual, $"{Path.GetFileName(path)}: expected {expected}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task A_run_writes_the_pinned_series_and_event_log(string scenario, int threads)
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", Path.Combine(f.Root, "scenarios", scenario + ".yaml"),
            "--scale", "2000", "--threads", threads.ToString(), "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        var actual = SeriesFiles.ToDictionary(file => file, file => Sha256(Path.Combine(outDir, file)));
        var expected = SeriesFiles.ToDictionary(file => file, file => RunHashes[$"{scenario}/{file}"]);
        Assert.True(expected.SequenceEqual(actual),
            $"{scenario} ({threads} threads):\n" + string.Join("\n", actual.Select(kv => $"  {kv.Key} {kv.Value}")));
    }

    [Fact]
    public async Task A_comparison_writes_the_pinned_table()
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("compare", "historical", "left-opposition", "--runs", "3", "--scale", "20000",
            "--threads", "2", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        AssertHash(CompareHash, Path.Combine(outDir, "compare.csv"));
    }

    [Fact]
    public async Task A_sensitivity_sweep_writes_the_pinned_table()
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("sensitivity", "historical", "--params", "base_yield,seed_rate,famine_mortality",
            "--runs", "2", "--scale", "20000", "--threads", "2", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        AssertHash(SensitivityHash, Path.Combine(outDir, "sensitivity.csv"));
    }

    [Fact]
    public async Task A_morris_screening_writes_the_pinned_table()
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("sensitivity", "historical", "--method", "morris", "--group", "demography",
            "--trajectories", "2", "--scale", "20000", "--threads", "2", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        AssertHash(MorrisHash, Path.Combine(outDir, "morris.csv"));
    }
}
