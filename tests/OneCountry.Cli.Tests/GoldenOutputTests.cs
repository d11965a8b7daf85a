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
        ["historical/monthly.csv"] = "9d06597e55ed586af4c812590ec9899ed7a9725a51abd485b3a3880e317f65d1",
        ["historical/yearly.csv"] = "84337a06fbd3486d250c1557efcee819241d83aa1c43d37261b8dea1e6d4f11a",
        ["historical/crop_years.csv"] = "1d5086df5c7402f93e8b5b602c0d9ead74b43b5b4d535ff6f3207068ae7a1d7d",
        ["historical/events.csv"] = "a70d470763a9e3bfaf2c761a16190a2ed833def9cf11be247e23201b5e10ea7b",
        ["left-opposition/monthly.csv"] = "8ba998f3b4a1cf36e4f1dde2e911d1921e1824532f1059cdebfad4edd5c9dab9",
        ["left-opposition/yearly.csv"] = "9890bde321ef3464dc94b956b927a3be9dc2eaf1e715884716d6169c39873d96",
        ["left-opposition/crop_years.csv"] = "ca2226c600e4089976cdd81d32a155f06d3983222b288ca4669c5e34ddf63081",
        ["left-opposition/events.csv"] = "dbeda7979313ab70c1138f62fe918865fb344c9d2142556511ef5d7f0b6ed885",
        ["endogenous/monthly.csv"] = "f22dbb6d2972e8885dfce7841339652fcbf96142f48c45c19b1f2c2a3e997acf",
        ["endogenous/yearly.csv"] = "ad185052cf5dbc0d66e4c09f8af1f22b6cc6fe2ec8b4da5bccc8fef470fcacbf",
        ["endogenous/crop_years.csv"] = "441abb746654c9b0e56a5bdf73434b2ee48e72843851c0cb1ca7b02cf8463ea7",
        ["endogenous/events.csv"] = "974d5367bd36c864d616048d5830e93c945c688cd953adc94c723823e3329e3f",
    };

    private const string CompareHash = "bbfd0836fc66cc76d7e07ebdbfb796af3027705b866841d970389aa1354b5497";
    private const string SensitivityHash = "0a61e1b6f206db2a2ea8a5e2728615a50e70f30c143dd8ea8f7b9636f67509a8";
    private const string MorrisHash = "679fe337223ac1948fb2de3fbc7ab1bb7ca2843728126453fb46be080478c426";

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
