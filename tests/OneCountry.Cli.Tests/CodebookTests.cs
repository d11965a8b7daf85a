using System.Text.Json;
using System.Text.RegularExpressions;
using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary>Issue 11, item 18: a codebook, variables.csv, beside the tables of every output folder -
/// name, unit, values, meaning, aggregation, by crop year, per country - naming exactly the folder's
/// variables or measures.</summary>
public class CodebookTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static string[] Cells(string line) => Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").Select(c => c.StartsWith('"') ? c[1..^1].Replace("\"\"", "\"") : c).ToArray();

    private static List<string[]> Rows(string csv) => File.ReadAllLines(csv).Skip(1).Select(Cells).ToList();

    /// <summary>The codebook of <paramref name="folder"/>: its header, that the manifest lists it, and its rows by
    /// name and per_country (a name such as gdp_per_capita is both the USSR's and each country's).</summary>
    private static Dictionary<(string Name, bool PerCountry), string[]> Codebook(string folder)
    {
        var path = Path.Combine(folder, OneCountry.Experiments.Codebook.FileName);
        Assert.Equal("name,unit,values,meaning,aggregation,by_crop_year,per_country", File.ReadLines(path).First());
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        Assert.Contains("variables.csv", manifest.RootElement.GetProperty("files").EnumerateArray().Select(x => x.GetString()));
        var rows = Rows(path);
        Assert.All(rows, r => Assert.Equal(7, r.Length));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[3]), $"{r[0]} has no meaning"));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[4]), $"{r[0]} has no aggregation"));
        return rows.ToDictionary(r => (r[0], r[6] == "true"));
    }

    private static async Task<string> Cli(params string[] args)
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run([.. args, "--threads", "2", "--no-report", "--out", outDir]);
        Assert.True(code == 0, output);
        return outDir;
    }

    [Fact]
    public async Task A_run_s_codebook_names_every_series_with_its_unit_aggregation_and_countries()
    {
        var run = await Cli("run", f.Historical, "--scale", "50000");
        var book = Codebook(run);
        var monthly = Rows(Path.Combine(run, "monthly.csv"));
        // One entry per series: the USSR's, and each country's (the country column names it).
        Assert.Equal(monthly.Select(r => (r[2], r[1] != "USSR")).Distinct().Order(), book.Keys.Order());
        foreach (var r in monthly.DistinctBy(r => (r[1] == "USSR", r[2])))
            Assert.Equal(r[4], book[(r[2], r[1] != "USSR")][1]); // the monthly unit
        Assert.Equal(Rows(Path.Combine(run, "crop_years.csv")).Select(r => r[2]).Distinct().Order(), book.Values.Where(r => r[5] == "true").Select(r => r[0]).Order());
        Assert.Equal(["index", "-1 to 1"], book[("attitude_to_ussr", true)][1..3]);
        Assert.Equal(["", "0 or 1 (no, yes)"], book[("federation_member", true)][1..3]);
        Assert.Equal("", book[("regime", true)][1]);
        Assert.Contains("0 bourgeois democracy", book[("regime", true)][3]);
        Assert.Contains("MPD2020", book[("gdp_per_capita", true)][3]);
        Assert.Equal("sum of the months", book[("grain_harvest", false)][4]);
        Assert.Equal("the last month's value", book[("grain_stock_state", false)][4]);
        Assert.Contains("number of months", book[("procurement_crisis", false)][4]);
    }

    [Fact]
    public async Task An_ensemble_a_comparison_and_both_sensitivity_methods_write_a_codebook_of_their_tables()
    {
        var ensemble = await Cli("run", "historical", "--runs", "2", "--scale", "50000");
        Assert.Equal(Rows(Path.Combine(ensemble, "ensemble_yearly.csv")).Select(r => (r[2], r[1] != "USSR")).Distinct().Order(), Codebook(ensemble).Keys.Order());

        var compare = await Cli("compare", "historical", "right", "--runs", "1", "--scale", "50000");
        var book = Codebook(compare).Values.ToDictionary(r => r[0]);
        var measures = Rows(Path.Combine(compare, "compare.csv"));
        Assert.Equal(measures.Select(r => r[1]).Distinct().Order(), book.Keys.Order());
        Assert.All(measures, r => Assert.Equal(r[2], book[r[1]][1]));
        Assert.All(book.Values, r => Assert.Equal("false", r[6]));
        Assert.Equal("mean of the months of 1940 in each run", book["GDP per head 1940"][4]);
        Assert.Contains("(series gdp_per_capita)", book["GDP per head 1940"][3]);

        var oat = await Cli("sensitivity", "historical", "--params", "base_yield", "--runs", "1", "--scale", "50000");
        book = Codebook(oat).Values.ToDictionary(r => r[0]);
        Assert.Equal(Rows(Path.Combine(oat, "sensitivity.csv")).Select(r => r[4]).Distinct().Order(), book.Keys.Order());
        Assert.Equal("the value of 1932-08 in each run", book["grain harvest 1932"][4]);

        var morris = await Cli("sensitivity", "historical", "--method", "morris", "--params", "base_yield", "--trajectories", "2", "--scale", "50000");
        Assert.Equal(Rows(Path.Combine(morris, "morris.csv")).Select(r => r[2]).Distinct().Order(), Codebook(morris).Keys.Select(k => k.Name).Order());
    }
}
