using System.Text.RegularExpressions;
using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary>Issue 11, item 18: the unit column of the output tables holds units only - no ranges,
/// flags, codes or names of measures (the codebook, variables.csv, says what the values can be).</summary>
public class UnitColumnTests(CliFixture f) : IClassFixture<CliFixture>
{
    /// <summary>What a unit column held that is not a unit: a range, a flag, a code, a measure's name, a bare multiplier, an index base without "index".</summary>
    private static readonly Regex NotAUnit = new(@"^(-?[0-9.]+\s*(-|to)\s*-?[0-9.]+|0/1|code|Gini|million|[0-9]{4} = 1)$");

    [Theory]
    [InlineData("0-1", "index", "0 to 1")]
    [InlineData("-1 to 1", "index", "-1 to 1")]
    [InlineData("0/1", "", "0 or 1 (no, yes)")]
    [InlineData("code", "", "a code; the meaning lists the codes")]
    [InlineData("index 1913=1", "index 1913=1", "")]
    [InlineData("2011 int. $/yr", "2011 int. $/yr", "")]
    [InlineData("t/ha", "t/ha", "")]
    public void A_declared_unit_is_split_into_the_unit_and_what_it_says_of_the_values(string declared, string unit, string values) =>
        Assert.Equal((unit, values), Codebook.Split(declared));

    private static List<(string Variable, string Unit)> Units(string csv, int variable, int unit) =>
        File.ReadLines(csv).Skip(1).Select(l => Regex.Split(l, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).Select(c => (c[variable], c[unit])).Distinct().ToList();

    [Fact]
    public async Task The_series_tables_of_a_run_and_an_ensemble_hold_units_only()
    {
        var run = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", f.Historical, "--scale", "50000", "--threads", "2", "--no-report", "--out", run);
        Assert.True(code == 0, output);
        var ensemble = CliFixture.TempDir();
        (code, output) = await CliFixture.Run("run", f.Historical, "--runs", "2", "--scale", "50000", "--threads", "2", "--no-report", "--out", ensemble);
        Assert.True(code == 0, output);
        var monthly = Units(Path.Combine(run, "monthly.csv"), 2, 4);
        var yearly = Units(Path.Combine(run, "yearly.csv"), 2, 4);
        var all = monthly.Concat(yearly).Concat(Units(Path.Combine(run, "crop_years.csv"), 2, 4)).Concat(Units(Path.Combine(ensemble, "ensemble_yearly.csv"), 2, 3)).ToList();
        Assert.All(all, u => Assert.False(NotAUnit.IsMatch(u.Unit), $"{u.Variable}: unit '{u.Unit}'"));
        // A flag has no unit; summed over a year, it counts months.
        Assert.Contains(("federation_member", ""), monthly);
        Assert.Contains(("procurement_crisis", ""), monthly);
        Assert.Contains(("procurement_crisis", "months"), yearly);
        Assert.Contains(("attitude_to_ussr", "index"), yearly);
        Assert.Contains(("grain_harvest", "t"), yearly);
    }

    [Fact]
    public void The_measures_of_compare_sensitivity_and_morris_have_units_only() =>
        Assert.All(Sensitivity.DefaultMeasures, m => Assert.False(NotAUnit.IsMatch(m.Unit), $"{m.Name}: unit '{m.Unit}'"));
}
