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
        ["historical/monthly.csv"] = "115e850ee80d5f22175b380acad3bf6d8f09d0b92b2242ebdecfe3b6f8407660",
        ["historical/yearly.csv"] = "7bd4317c7ec8b5aec87e2be7fe17280fe48f3d95cb85b2d992dd385f7a26a280",
        ["historical/crop_years.csv"] = "d57a717bf7a4642b0182a42bc102cca9bf1b905967cf414cbd7b564a724929fa",
        ["historical/events.csv"] = "a70d470763a9e3bfaf2c761a16190a2ed833def9cf11be247e23201b5e10ea7b",
        ["left-opposition/monthly.csv"] = "936b2ae03fdff70ada000c75ed53b35fd89ad59f0e60f26edd0e09805140a9da",
        ["left-opposition/yearly.csv"] = "e6c5d5c69c1c38997561f265300f20e71af53ff03c19cd2330e770d275c4f1dc",
        ["left-opposition/crop_years.csv"] = "eb6660e9c8365dbcc8ffa0eac97ff28705dc05c640b6cc1e64bfe7e60cd31bbf",
        ["left-opposition/events.csv"] = "dbeda7979313ab70c1138f62fe918865fb344c9d2142556511ef5d7f0b6ed885",
        ["endogenous/monthly.csv"] = "08705a846ae50824ee74c96eaf93ab909d6c46220e5c6866fcf840125e0f65ad",
        ["endogenous/yearly.csv"] = "a5aa9c0b2e5dcabb929779e4cc7616b92e7999be7a56e0932a9014ef9a2e2e0d",
        ["endogenous/crop_years.csv"] = "0e984bae6d00957d2d22a6e7712fa199c9ebe266af3e4756437c3aefe3265122",
        ["endogenous/events.csv"] = "974d5367bd36c864d616048d5830e93c945c688cd953adc94c723823e3329e3f",
    };

    private const string CompareHash = "3bdfcf4f9cb6675e3ef5bfe4db51c60647feb5cb226dad749677efb1b6f89c14";
    private const string SensitivityHash = "76aaff0f0119b9f53100fe826bed0cd92232b04297684378aa730c3a8bf01e61";
    private const string MorrisHash = "e53cb5ef72a323e66f05b34fa504072114f2974c86ca32200bdc113258938771";

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
