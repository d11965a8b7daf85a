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
        ["historical/monthly.csv"] = "8a15ce1b7bb72d0159867b1fcfb9e047c50883b9603f2645aaa6d97e2b5fb4de",
        ["historical/yearly.csv"] = "46822cba780a273506d7433990faf13d8a06e9ad0ce5b9bab199f4868f0c9efa",
        ["historical/crop_years.csv"] = "47e56bb01b4edb6260c6008b5400502a34491d4b47fae35a3b71d2d3780c5ab6",
        ["historical/events.csv"] = "fdb9f70648646ef8c0cd1d92908f41ba86964dd1f78c0f06d642e6725da24786",
        ["left-opposition/monthly.csv"] = "5054be11c3c33d4f152cbec568a25091ae3d15f4ce226bcfc7e309d31482121e",
        ["left-opposition/yearly.csv"] = "36b72fa54d82c6387bf9e934dd567b152ae985ef7062cdd15c8ba5ad33702f57",
        ["left-opposition/crop_years.csv"] = "983e3961a646d55230bdcad17a21ed2c8a8834c269ae5c9e44cdcf3ef9ade60d",
        ["left-opposition/events.csv"] = "f4d34bd24325032a6ee148123fd39b3c48debae9b226d656bd550ee82226d7ad",
        ["endogenous/monthly.csv"] = "df871db70e6fe0cda9af2968632b914bcce8a04abe0c77efb549f241ae57c76b",
        ["endogenous/yearly.csv"] = "6e2447d0d38b72bce04db84faf50f5cc6c17198441e05b91b5b964481f35cdda",
        ["endogenous/crop_years.csv"] = "a6464874cfbb396ab86ee992e7a4509068e3ef0ad45b8a4ee03b9742d6159458",
        ["endogenous/events.csv"] = "b6145b4fa05f59d091d720e8dd4633edd181c04b3e9a34fc4436429a139b3d71",
    };

    private const string CompareHash = "b534d800a8244854d3487c32f9ba8329f1eaf6f4b556233fdeef88e708c811fe";
    private const string SensitivityHash = "88cbabc52b0d97cc15c724b7a63dbd01ce8e2e87c9e8ebc597dcc52f7060ea7a";
    private const string MorrisHash = "4eb12dab2a77b2ff9b383f8f9149ac3732960d303a2eabf737579b4165f07a69";

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
