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
        ["historical/monthly.csv"] = "f4d3cd5c6039c09a4b7f2348d60f36200107c9c8db109180bb6511d8a9949415",
        ["historical/yearly.csv"] = "3c80b354080185bda613e4bda9d510573180477666760996a79fce1baac3233c",
        ["historical/crop_years.csv"] = "9b65f9501617d9e7609d13c33e71a38f90041e50328e591db5682e59223d57ca",
        ["historical/events.csv"] = "c053b1bb1ebc292df8a0fee4e9036f5ca1bda57567a33b3c1b19a91bc95b3a75",
        ["left-opposition/monthly.csv"] = "2108278fe0269c131d55454109ad901c94d746948349c83d96c76afc1fac1a93",
        ["left-opposition/yearly.csv"] = "2e9c3100f17a3ab19e40340cc3114dbbc387edc04157122cc3d829138f8e22a3",
        ["left-opposition/crop_years.csv"] = "ed9739eb834346cb6a1e0a708ce6f70c9e73283676de084f605d03b53112ff85",
        ["left-opposition/events.csv"] = "5c1051ba630caf095c7c4c2c52941850b5ac02e2aeb036e139e3cdbc2f75eb33",
        ["endogenous/monthly.csv"] = "ab3cfe1b7ea49570ee179f39ca19738f782430f5d0649cc360e794904fef39db",
        ["endogenous/yearly.csv"] = "895a9e69b64a74fe3447c7ff8d15dfab97ec755fd498faa6ecbd95116e6738b7",
        ["endogenous/crop_years.csv"] = "8b652cbde6f6605599b8b178d15abd6d62aa45ab77886798f0446a0ace067dd8",
        ["endogenous/events.csv"] = "84d0512d5735be80e9680282306041bf873530102af893c45ea0c0614e9f66f3",
    };

    private const string CompareHash = "182ef3e6477d4b2c23ff39a8109377697394c60b68eb9d4290cd2fe4077a489d";
    private const string SensitivityHash = "7888f22e7eed249a2141a02da1bd29910b573b1be8af61e7360145f0bdf75733";
    private const string MorrisHash = "b05ea3e8eea409b92d9befb35ec6cd3c3f09d69fd97ccd352a602aea08889b3d";

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
