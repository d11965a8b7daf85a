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
        ["historical/monthly.csv"] = "475b8ee48160ebcdbafcc39e7e842703788065e816439690eacc301babf13e39",
        ["historical/yearly.csv"] = "5cdcaadc78c2e1c2d78dec05fb9f241c4933dcf57bd181f81a387d8d041bcbce",
        ["historical/crop_years.csv"] = "c7173849d5be109391d69d432179b7b25e82732de46b691f6520776f1955e17e",
        ["historical/events.csv"] = "1270187483abbbf21136a36ac0f1186c90c310044d9d6b06139e95f7fc73bdc7",
        ["left-opposition/monthly.csv"] = "04e359fd3a8af8d5be76b0ad524863c7ca08a147e44688fbae09fd2835e09ecc",
        ["left-opposition/yearly.csv"] = "fb56e4a9a66cb89d3a91fac2114446354e500f7ce64fa281c6d408a60ad2861a",
        ["left-opposition/crop_years.csv"] = "5d38a9a406d3efb2eb7c56ee3f7e4c33e02fbbbac4f172c743e6ceab91eb109b",
        ["left-opposition/events.csv"] = "e40c468b3d13dfefda346bc5ab83b6fd1e9b72289bae485bbe171c545286126c",
        ["endogenous/monthly.csv"] = "7a5de952c5f1a890d80dae2796b3e2cd047d2f074a311c821a6d81658165e51f",
        ["endogenous/yearly.csv"] = "45170689c7ca0442215ad0398e947d1bbbea8945117737fe45c08bcb6a000fb7",
        ["endogenous/crop_years.csv"] = "bc1b2a1ab8c40d95fb6e301fc2d0e2a11a96721ff164ff6cde82503bc6af9e25",
        ["endogenous/events.csv"] = "ad4590a555241c559927b3e2bf24123d9f856ab3edad81c1d5906aa9bea9648a",
    };

    private const string CompareHash = "01c085eb4de405ce150669c5d19950320c1aed1ed77a90a6f2b982702b9fd92b";
    private const string SensitivityHash = "0378828b5e78c12b242881743e69955f0a9ad439e6a2dbab6c89c8d3ba7301c9";
    private const string MorrisHash = "ae9412743704406d101808f968d2158e2eec5c5e53269aa74a67941586269901";

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
