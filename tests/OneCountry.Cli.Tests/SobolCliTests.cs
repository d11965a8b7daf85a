using System.Globalization;
using System.Text.Json;

namespace OneCountry.Cli.Tests;

/// <summary><c>onecountry sensitivity --method sobol</c>: the Saltelli design run on the model.</summary>
public class SobolCliTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static string[] Args(string outDir, int threads) =>
        ["sensitivity", "historical", "--method", "sobol", "--params", "base_yield,famine_mortality", "--samples", "8", "--replicates", "1",
         "--bootstrap", "200", "--scale", "20000", "--threads", threads.ToString(CultureInfo.InvariantCulture), "--no-report", "--out", outDir];

    [Fact]
    public async Task A_Sobol_analysis_writes_its_indices_convergence_and_runs_the_same_on_one_thread_as_on_two()
    {
        var one = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run(Args(one, 1));
        Assert.True(code == 0, output);
        var two = CliFixture.TempDir();
        (code, output) = await CliFixture.Run(Args(two, 2));
        Assert.True(code == 0, output);
        foreach (var file in new[] { "sobol.csv", "sobol_convergence.csv", "runs.parquet" })
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(two, file))), $"{file} differs between 1 and 2 threads");

        int measures = OneCountry.Experiments.Sensitivity.DefaultMeasures.Count;
        var rows = File.ReadAllLines(Path.Combine(one, "sobol.csv"));
        Assert.Equal("measure,unit,parameter,group,s1,s1_low_95,s1_high_95,st,st_low_95,st_high_95,n,replicates", rows[0]);
        Assert.Equal(1 + 2 * measures, rows.Length);
        Assert.Contains(rows, l => l.StartsWith("grain harvest 1932,Mt,base_yield,farm,", StringComparison.Ordinal) && l.EndsWith(",8,1", StringComparison.Ordinal));
        var convergence = File.ReadAllLines(Path.Combine(one, "sobol_convergence.csv"));
        Assert.Equal(1 + 3 * 2 * measures, convergence.Length); // N/4, N/2, N for each parameter and measure
        Assert.Equal(["2", "4", "8"], convergence.Skip(1).Take(6).Select(l => l.Split(',')[^1]).Distinct());

        // The harvest of 1932 depends on the yield far more than on famine mortality (which acts only after it).
        double St(string parameter) => double.Parse(rows.Single(l => l.StartsWith($"grain harvest 1932,Mt,{parameter},", StringComparison.Ordinal)).Split(',')[7], CultureInfo.InvariantCulture);
        Assert.True(St("base_yield") > 10 * St("famine_mortality"), $"{St("base_yield")} against {St("famine_mortality")}");

        // Every run: 8 base rows x (2 + 2) design rows x 1 replicate, all on the first seed (common random numbers).
        string runs = Path.Combine(one, "runs.parquet");
        Assert.Equal(32, DuckDb.Count(runs));
        Assert.Single(DuckDb.Query($"SELECT DISTINCT seed FROM read_parquet('{runs}')"));
        Assert.Equal(32, DuckDb.Query($"SELECT DISTINCT point FROM read_parquet('{runs}')").Count);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "manifest.json")));
        Assert.Equal("sensitivity (Sobol indices)", manifest.RootElement.GetProperty("kind").GetString());
        Assert.Equal(32, manifest.RootElement.GetProperty("runs").GetInt32());
    }

    [Theory]
    [InlineData("--samples", "100", "power of two")]
    [InlineData("--samples", "4", "power of two")]
    [InlineData("--replicates", "0", "--replicates")]
    [InlineData("--params", "base_yield,no_such_parameter", "no_such_parameter")]
    [InlineData("--group", "farm", "at most 10 parameters")]
    public async Task Bad_input_to_a_Sobol_analysis_is_refused_with_exit_code_2(string option, string value, string said)
    {
        var args = new List<string> { "sensitivity", f.Historical, "--method", "sobol", "--scale", "20000", "--out", CliFixture.TempDir() };
        if (option != "--params" && option != "--group") args.AddRange(["--params", "base_yield,seed_rate"]);
        args.AddRange([option, value]);
        var (code, output) = await CliFixture.Run([.. args]);
        Assert.True(code == 2, output);
        Assert.Contains(said, output);
    }
}
