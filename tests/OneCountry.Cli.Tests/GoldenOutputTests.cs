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
        ["historical/monthly.csv"] = "0727baf95dda1e42da3adb9af2026d6441de05839951f3ae0c4f7fd5de3d9325",
        ["historical/yearly.csv"] = "12221cb65effcdea50a219e1fdd94a4e06c1d3cf1be93dd9e17c3da96084d152",
        ["historical/crop_years.csv"] = "5551f88f6ab062e2e2730a20c6f412f1942bab748f9dd7457502cc389e36be26",
        ["historical/events.csv"] = "ac3871a0816a169a12910aeffa060bb75eecd36de124ba4f73b43c2539586eca",
        ["left-opposition/monthly.csv"] = "04ba88e2dc4b3dba8c1811b096d5b23401e5fbb9906644993d952561d4858dab",
        ["left-opposition/yearly.csv"] = "a52d4b697f9a5853a362dc74e6eb8daf926547b4fe2065cfd7c12ff071f9e889",
        ["left-opposition/crop_years.csv"] = "bb9194cdf135aed6a39f38b7697ee60ddffeee0a180d022f7f1c0da6f369ad17",
        ["left-opposition/events.csv"] = "fbea512798828d647342b3e4731e9459183c750ae4da6b5e4ebb58c3de59d9df",
        ["endogenous/monthly.csv"] = "439effac11fa661b1bdbeec082f271eea6b8ae5018da86136dfd096d998b5dc7",
        ["endogenous/yearly.csv"] = "13d048130cf8f67ac8126d942978d3983ac07db64dd4c75eed13342f3fb9655e",
        ["endogenous/crop_years.csv"] = "15d0f4c9adada0772c0d890f31a4f55e24232b465c06eabe2c27680620378f8b",
        ["endogenous/events.csv"] = "0bcb106d1f44aa0579520120ac11ef9b169dd37e6d0dc9ecbbc827a8d400fbd1",
    };

    private const string CompareHash = "fa8c8af8c7be846196619190c8b4017393185694db6902c3f99e1c2fbbd9f9e7";
    private const string SensitivityHash = "6d9da0cf1cf067302297c07e6e2b9d040e24b1dacb12c1ba4f0efac390da6afa";
    private const string MorrisHash = "d415a6eadd9ce8cbbb660629eb51cee1af9cb782fbb3afa4b9d899bc727cca92";

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
