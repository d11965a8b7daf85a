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
        ["historical/monthly.csv"] = "3f84ff1e01f059d3e72e7fef4a3e889c7e7b0866f012e14a9ecbe684c9a05cc3",
        ["historical/yearly.csv"] = "2f266d44fcd8ac94f1af2688ece89209dae1a094cafdd6cbde28fd3fb3900714",
        ["historical/crop_years.csv"] = "311dba80847861daabe63f3330b833655b0895616813c95a9c74347e3baa8980",
        ["historical/events.csv"] = "2c4b914870db4da4ef7746d66740797682c2eca24ab0f2d95a3c6f7a62cc57f1",
        ["left-opposition/monthly.csv"] = "2b29c18f7a98980f9cf9f47d0637ec9072284c60f4a9fcae8fc6faafcb56753e",
        ["left-opposition/yearly.csv"] = "3fc0f920d6561fc6d7a0e618d4a6ffb193a3080e4b6650d51379d886b1159ec4",
        ["left-opposition/crop_years.csv"] = "87f7782925e7601dff0cec9d6bd41ba5a2f3e0dd39071cabd2fd3f991e1fb695",
        ["left-opposition/events.csv"] = "dbeda7979313ab70c1138f62fe918865fb344c9d2142556511ef5d7f0b6ed885",
        ["endogenous/monthly.csv"] = "00050f09d2871a019de7987b7f89994b2f74687be2ced0c9944fd4b21a3ff0b0",
        ["endogenous/yearly.csv"] = "eeb9a739150f014a9f24301ee22bdd2fba035399fd1db48e4d006a1a2d7195af",
        ["endogenous/crop_years.csv"] = "3b7d5a47ea90ea572ed8b8cb8a43271d6e2263333bab0865bf4efdce5aa4d73c",
        ["endogenous/events.csv"] = "5fb802fc4867652c8bb4551f1ad82e09febab6389f4be564e5653922b35a79df",
    };

    private const string CompareHash = "2fd05defa58eecb543226b8db57cc02ee796340ddb22587d683b2de59f95cd34";
    private const string SensitivityHash = "3501b95807feaf1754f7789072a056f199ba474764afb5ecea745e237ec77573";
    private const string MorrisHash = "aa67d5eb3a2ee7027a3c21a38e512091946ba9cc6055c1ebdb88a11aa4da196a";

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
