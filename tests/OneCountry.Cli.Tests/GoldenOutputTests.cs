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
        ["historical/monthly.csv"] = "42633f2533300ca3a4b94548f3b03f01cf13f9d9c66b31c9a6c41b92ebd9f5eb",
        ["historical/yearly.csv"] = "4116d35c2a6055b7891fce16938b3f9da5af859c69926188b3abb346e8066c0a",
        ["historical/crop_years.csv"] = "697a5255260a7699e2fce012e83d48780c3e2f347fdf2aa7cb54082b2fcf6d52",
        ["historical/events.csv"] = "f6bea5b02d6327c438763d948421aec85b59507ee4133187f5327551c6d23506",
        ["left-opposition/monthly.csv"] = "7bf26284e91d77860d046a443695596259202d12cf75febf4f8d7e21f9a4c5f7",
        ["left-opposition/yearly.csv"] = "97d052e96185c0daa33d1a29db38449d634214265864eae1d7b6f89a36feeb51",
        ["left-opposition/crop_years.csv"] = "bb9194cdf135aed6a39f38b7697ee60ddffeee0a180d022f7f1c0da6f369ad17",
        ["left-opposition/events.csv"] = "506d76b4620204804d61d4caf0b1c0c87fd93db64dd89f981ce16ae31eab3c42",
        ["endogenous/monthly.csv"] = "70820ce2394e12a8ad6da695ff428419b912338b7bb1a00df341f22b7d9fddf1",
        ["endogenous/yearly.csv"] = "c159f5626c0d91b4bdb1fd7e67cb6d031ae104cd7de5bd66d88635c8ccafcb73",
        ["endogenous/crop_years.csv"] = "15d0f4c9adada0772c0d890f31a4f55e24232b465c06eabe2c27680620378f8b",
        ["endogenous/events.csv"] = "62ebffe40f7049961ba202d7dd18b02b40f5518ac24ba29bf8ddfad913858b41",
    };

    private const string CompareHash = "511e0270f311edd9ee59fe49228cf06522812e3e1471b3772d462d147c13edcf";
    private const string SensitivityHash = "15f63e7538004a388b6d975a8394e51cedc6c0d9af2e8c093edf4c6a50cc926a";
    private const string MorrisHash = "ef4a39d49b5300c64a42c6c9fc0088f23fb9b209af828c3719760a8803724fc8";

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
