using System.Text.Json;

namespace OneCountry.Cli.Tests;

/// <summary>--set on the model commands and the errors of experiment designs.</summary>
public class InputTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static string Write(string name, string text)
    {
        var path = Path.Combine(CliFixture.TempDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Set_gives_the_same_run_as_a_scenario_that_extends_the_base_with_those_entries()
    {
        var child = Write("child.yaml", """
            name: child
            extends: historical
            parameters:
              base_yield: 0.7
            policy:
              - date: 1929-10
                set:
                  collectivization_drive: 0.01
            """);
        var viaFile = CliFixture.TempDir();
        var viaSet = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", child, "--scale", "20000", "--no-report", "--out", viaFile);
        Assert.True(code == 0, output);
        (code, output) = await CliFixture.Run("run", Path.Combine(f.Root, "scenarios", "historical.yaml"), "--scale", "20000", "--no-report",
            "--set", "base_yield=0.7", "--set", "collectivization_drive@1929-10=0.01", "--out", viaSet);
        Assert.True(code == 0, output);
        foreach (var file in new[] { "monthly.csv", "yearly.csv", "crop_years.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(viaFile, file)), File.ReadAllBytes(Path.Combine(viaSet, file)));

        var plain = CliFixture.TempDir();
        (code, output) = await CliFixture.Run("run", "historical", "--scale", "20000", "--no-report", "--out", plain);
        Assert.True(code == 0, output);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(plain, "yearly.csv")), File.ReadAllBytes(Path.Combine(viaSet, "yearly.csv")));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(viaSet, "manifest.json")));
        var set = manifest.RootElement.GetProperty("set_inputs").EnumerateArray().Select(e => e.GetProperty("as_written").GetString()).ToList();
        Assert.Equal(["base_yield=0.7", "collectivization_drive@1929-10=0.01"], set);
        Assert.Contains(manifest.RootElement.GetProperty("policy").EnumerateArray(),
            e => e.GetProperty("lever").GetString() == "collectivization_drive" && e.GetProperty("date").GetString() == "1929-10");
        Assert.False(string.IsNullOrEmpty(manifest.RootElement.GetProperty("build").GetProperty("version").GetString()));
    }

    [Theory]
    [InlineData("base_yield=7", "7 is outside the range of base_yield")]
    [InlineData("base_yeild=0.7", "unknown parameter 'base_yeild'")]
    [InlineData("base_yield", "write name=value")]
    [InlineData("base_yield=much", "'much' is not a number")]
    [InlineData("nep_market=false", "is a lever: give the month")]
    [InlineData("nep_market@1928=false", "'1928' is not a month")]
    [InlineData("nep_market@1928-01=perhaps", "'perhaps' is not a switch")]
    [InlineData("comintern_line@1928-07=leftist", "expected one of")]
    [InlineData("base_yield@1928-01=0.7", "is a parameter")]
    [InlineData("nep_market@1960-01=false", "outside the span")]
    [InlineData("window:germany_1932=victory", "has no window 'germany_1932' (did you mean 'germany_1923'?)")]
    [InlineData("window:germany_1923=won", "'won' is not allowed")]
    public async Task A_bad_set_is_refused_with_exit_code_2_and_says_why(string assignment, string expected)
    {
        var (code, output) = await CliFixture.Run("run", "historical", "--scale", "20000", "--no-report", "--set", assignment, "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains(expected, output.Replace("\n", ""));
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Set_applies_to_every_scenario_of_a_comparison_and_twice_the_same_name_is_refused()
    {
        var (code, output) = await CliFixture.Run("compare", "historical", "right", "--runs", "2", "--scale", "20000", "--no-report",
            "--set", "base_yield=0.7", "--set", "base_yield=0.8", "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains("given 2 times", output);
    }

    public static TheoryData<string, string, string> BadDesigns() => new()
    {
        { "d.csv", "base_yield,nonsense\n0.7,1\n", "d.csv:1:12: nonsense: unknown parameter 'nonsense'" },
        { "d.csv", "base_yield,seed_rate\n0.7,0.1\n0.75,99\n", "d.csv:3:6: seed_rate: 99 is outside the range of seed_rate" },
        { "d.csv", "base_yield,replicates\n0.7,0\n", "d.csv:2:5: replicates: '0' is not a number of replicates" },
        { "d.csv", "base_yield\n0.7\n0.8,0.9\n", "d.csv:3:1: row: 2 fields where the header has 1" },
        { "d.csv", "base_yield,\"seed\n0.7,1\n", "d.csv:1:12: field: a quoted field is not closed" },
        { "d.csv", "nep_market@1960-01\nfalse\n", "d.csv:line 2: inputs: nep_market@1960-01: 1960-01 lies outside the span" },
        { "d.yaml", "sampler: sobol\npoints: 8\nfactors:\n  base_yield: {range: [0.7, 3]}\n", "d.yaml:4:29: factors.base_yield.range[1]: 3 is outside the range of base_yield" },
        { "d.yaml", "sampler: grid\nfactors:\n  base_yield: {range: [0.7, 0.8]}\n", "d.yaml:3:3: factors.base_yield: a grid needs the factor's levels" },
        { "d.yaml", "sampler: halton\npoints: 8\nfactors:\n  base_yield: {}\n", "d.yaml:1:10: sampler: 'halton' is not a sampler" },
        { "d.yaml", "sampler: sobol\nfactors:\n  base_yield: {}\n", "d.yaml:1:10: points: missing" },
        { "d.yaml", "sampler: grid\nfactors:\n  base_yield: {levels: [0.7]}\nreplicate: 3\n", "d.yaml:4:1: replicate: unknown key" },
        { "d.txt", "x", "d.txt:1:1: file: '.txt' is not a design" },
    };

    [Theory]
    [MemberData(nameof(BadDesigns))]
    public async Task A_bad_design_names_file_line_column_and_field_with_exit_code_2(string name, string text, string expected)
    {
        var path = Write(name, text);
        var (code, output) = await CliFixture.Run("experiment", path, "--scale", "20000", "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains(Path.Combine(Path.GetDirectoryName(path)!, expected), output.Replace("\n", ""));
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_damaged_Parquet_design_is_refused_with_exit_code_2()
    {
        var path = Path.Combine(CliFixture.TempDir(), "d.parquet");
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        "PAR1"u8.CopyTo(bytes);
        "PAR1"u8.CopyTo(bytes.AsSpan(bytes.Length - 4));
        File.WriteAllBytes(path, bytes);
        var (code, output) = await CliFixture.Run("experiment", path, "--scale", "20000", "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains($"{path}:row 0: file: not a readable Parquet file", output.Replace("\n", ""));
    }
}
