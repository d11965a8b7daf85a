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
        ["historical/monthly.csv"] = "61a798b96cd8a8f0ca399642befb069b64229cb22d5a867c993bd3ffefd16e65",
        ["historical/yearly.csv"] = "80911e43f7ba794e7c171bf425fcfff2ea7def0ad20259e7dbd1072b170be1c8",
        ["historical/crop_years.csv"] = "47e56bb01b4edb6260c6008b5400502a34491d4b47fae35a3b71d2d3780c5ab6",
        ["historical/events.csv"] = "fdb9f70648646ef8c0cd1d92908f41ba86964dd1f78c0f06d642e6725da24786",
        ["left-opposition/monthly.csv"] = "19861be7bec6f1c1354e12ca32275691a6dbf99eeaa1c91cb19a4ff94386807b",
        ["left-opposition/yearly.csv"] = "3a310d2fa794432c1ac43dbad7b6fc82a29a5b35a2e6a44f9f3961bfc60765e0",
        ["left-opposition/crop_years.csv"] = "983e3961a646d55230bdcad17a21ed2c8a8834c269ae5c9e44cdcf3ef9ade60d",
        ["left-opposition/events.csv"] = "f4d34bd24325032a6ee148123fd39b3c48debae9b226d656bd550ee82226d7ad",
        ["endogenous/monthly.csv"] = "f817c12a3f34881f3f047c4a5812801813b72a7d93b288c30cf84b9f6c84dbc5",
        ["endogenous/yearly.csv"] = "e0397e7156e366751a8906cdd48305054502871a62da65adbbd01527adbf5176",
        ["endogenous/crop_years.csv"] = "a6464874cfbb396ab86ee992e7a4509068e3ef0ad45b8a4ee03b9742d6159458",
        ["endogenous/events.csv"] = "b6145b4fa05f59d091d720e8dd4633edd181c04b3e9a34fc4436429a139b3d71",
    };

    private const string CompareHash = "51505fb416b0038d429ba5b015e7ea431dabf179c608de17f70c2aeef9b37ea5";
    private const string SensitivityHash = "d19e7edc1f122e9ded819e0fcb3eff4b58f46bdea3535d9c2f3166baae79d692";
    private const string MorrisHash = "13dde08c08e2951f5176883d8b705426612c52bf3852eb1121a7b264473ed302";

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
