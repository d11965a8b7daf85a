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
        ["historical/monthly.csv"] = "b131409791fde476ea63fcab8de718b4081dae8f7e3b5ddcfdd7807c06633086",
        ["historical/yearly.csv"] = "54b55be211476dc26d7479571d3fe38cc5dd3b9ef2ed347b340bbfb50c9103e1",
        ["historical/crop_years.csv"] = "baa0e3b325df63764a520d78cdf16c7036c824d9c178b4789f071d28c2a3dca7",
        ["historical/events.csv"] = "9e61b62f5f4d9cd9b490abd44ffadfbeb3f68c24d3e3f55b14861a4ade700030",
        ["left-opposition/monthly.csv"] = "1ec389b31b9ba5a9f2f030ae73c863d1d5b0f9492bc4748b414318be95537888",
        ["left-opposition/yearly.csv"] = "e6ca01b1445f6f6ded7d9a46cd1010be3b42844e3546c637cf3616269090f1c7",
        ["left-opposition/crop_years.csv"] = "fd0b57c2fd55e8812a8ea9467b676f8703e61dbb59b1e7f1635323ccc23541c9",
        ["left-opposition/events.csv"] = "faf10eab0546b590c4069d9812721f2afa633c9fc0022df381bd5b303147448b",
        ["endogenous/monthly.csv"] = "645caf3b6880216f4fd0168e7b97ebba96435dc846d86f83baeb01cabe4a97c0",
        ["endogenous/yearly.csv"] = "14b1f0c2f88287bae89cb85e88206d2c255019cf2c38242d687332f077402637",
        ["endogenous/crop_years.csv"] = "1d593d0c6bdf11225e431b0ad6b5a53aa9604e75b10ba2e3c8459728d7ff3361",
        ["endogenous/events.csv"] = "a6988210a67da5a365292904814767e89c6efb5313dd3d2bc52b8de25087d1ba",
    };

    private const string CompareHash = "85d1d7bca42832cbcd09016727f06ee88d6475b2cb1cc4760fb0969c3f81fdfc";
    private const string SensitivityHash = "2b1c89b3eafce3b7009ae40134472e5a4c3a24869cb3d7e959b1831daa63305e";
    private const string MorrisHash = "3ed653977950f0c0e55e69b98e16cec88399010121ee2a823bd7bf12a1aa542d";

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
