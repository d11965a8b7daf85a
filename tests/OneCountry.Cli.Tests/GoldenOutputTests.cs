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
        ["historical/monthly.csv"] = "c7b0436400c86675cce4633bc0ff5d4581aeea17eeaa324e7ac39895b3994009",
        ["historical/yearly.csv"] = "3421b417e1401dd0c14b610bbf1613eab279e712505be20b4a4d8b82d211d60e",
        ["historical/crop_years.csv"] = "35a520c798c049e3bdde3568abb3c02b35c6b785f659134581acd3e867a009c3",
        ["historical/events.csv"] = "c053b1bb1ebc292df8a0fee4e9036f5ca1bda57567a33b3c1b19a91bc95b3a75",
        ["left-opposition/monthly.csv"] = "5884c9c0ab8570319f603f2d8ea1fd88c67c5b4938d3423600ca25fa21811a17",
        ["left-opposition/yearly.csv"] = "439db0f538e65c2b178c492f6732b634a195a1d2331041ec86b4a3b722da1de0",
        ["left-opposition/crop_years.csv"] = "83344ca3fe8f3c55d21310467920cc601fbca541ea2622e2bd5981b300a581e5",
        ["left-opposition/events.csv"] = "5c1051ba630caf095c7c4c2c52941850b5ac02e2aeb036e139e3cdbc2f75eb33",
        ["endogenous/monthly.csv"] = "e8164484328cc1a942d62452eb4fc6ec15d53240147218b9edd9536efb722342",
        ["endogenous/yearly.csv"] = "fc4b025070a9328672394e2164064740b871c67dd4dc246dd97d7e49ea064a85",
        ["endogenous/crop_years.csv"] = "3759be512c7ac0feadcc60129008b00f62ec936a9a88300b8be1cb588d3d3bd4",
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
