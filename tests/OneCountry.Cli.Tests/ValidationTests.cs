using OneCountry.Cli.Commands;
using OneCountry.Experiments;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;

namespace OneCountry.Cli.Tests;

public class ValidationPatternTests
{
    private static IReadOnlyList<ValidationPattern> Patterns() => HistoryValidation.Patterns(HistoricalData.Load(HistoricalData.FindFolder()!));

    private static ValidationPattern Named(string start) => Patterns().Single(p => p.Name.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Every_pattern_has_a_role_and_every_target_names_what_was_set_from_it()
    {
        var patterns = Patterns();
        Assert.Equal(patterns.Count, patterns.Select(p => p.Name).Distinct().Count());
        foreach (var p in patterns)
        {
            Assert.True(Enum.IsDefined(p.Role), p.Name);
            if (p.Role == PatternRole.Target)
                Assert.Matches("\\b(parameters?|levers?|input)\\b", p.SetFrom);
            else
                Assert.True(p.SetFrom.Length == 0, $"{p.Name}: a check names nothing set from it, yet says '{p.SetFrom}'");
        }
        // The figures the project history records as set from (issue 12): targets, whatever else changes.
        foreach (var start in new[] { "Collectivized households, ", "State apparatus employees, ", "Employed in industry, ", "Population at the census, 1939", "Window ",
                     "Grain harvest ", "Procurement crisis: harvest", "Scissors: industrial/agricultural prices", "Workers and employees, 1928", "Tractors in agriculture, 1928",
                     "Peasants moving to the towns", "Urban population at the census, 1939" })
            Assert.All(patterns.Where(p => p.Name.StartsWith(start, StringComparison.Ordinal)), p => Assert.Equal(PatternRole.Target, p.Role));
        Assert.Contains(patterns, p => p.Name.StartsWith("Grain harvest 1939", StringComparison.Ordinal));
        // The new checks of the shipped data, each a check.
        foreach (var name in new[] { "GDP per capita 1921 (2011 int. $)", "GDP per capita 1933 (2011 int. $)", "Workers and employees, 1937 (million)", "Real wage, 1932 against 1928",
                     "Consumption per head, 1937 against 1928", "Famine deaths 1931–33 outside the Kazakh nomads (million)" })
            Assert.Equal(PatternRole.Check, patterns.Single(p => p.Name == name).Role);
        Assert.Equal(2, patterns.Count(p => p.Against is not null && p.Role == PatternRole.Check));
    }

    [Fact]
    public void Every_pattern_draws_its_data_or_says_why_it_has_none()
    {
        foreach (var p in Patterns())
            Assert.True(p.Points.Count > 0 ^ !string.IsNullOrWhiteSpace(p.Unplotted), $"{p.Name}: points {p.Points.Count}, unplotted '{p.Unplotted}'");
    }

    [Fact]
    public void The_charts_draw_every_validated_point()
    {
        var patterns = Patterns();
        var references = ReferenceData.For(patterns);
        var charted = ReferenceData.Charts.Select(c => c.Variable).ToHashSet();
        foreach (var p in patterns)
            foreach (var x in p.Points)
            {
                Assert.Contains(x.Variable, charted);
                var series = references[x.Variable];
                bool Drawn(double at, double value, double[] values) => Enumerable.Range(0, series.Years.Length).Any(i => series.Years[i] == at && values[i] == value);
                if (series.High is { } high)
                {
                    Assert.True(Drawn(x.X, x.Value, series.Values) && Drawn(x.X, x.High!.Value, high), $"{p.Name}: band at {x.X}");
                    if (x.XEnd is { } end) Assert.True(Drawn(end, x.Value, series.Values), $"{p.Name}: band to {end}");
                }
                else
                {
                    Assert.True(Drawn(ReferenceData.At(x), x.Value, series.Values), $"{p.Name}: point {x.Value} at {ReferenceData.At(x)}");
                    if (x.High is { } h) Assert.True(Drawn(ReferenceData.At(x), h, series.Values), $"{p.Name}: upper end {h}");
                }
            }
        // The points the earlier charts lost: workers and employees of 1937 and 1940, and the famine.
        Assert.Contains(1937.5, references["workers_and_employees"].Years);
        Assert.Contains(1940.5, references["workers_and_employees"].Years);
        Assert.Contains("famine_deaths", references.Keys);
        Assert.Contains("industrial_workers", references.Keys);
        // Ranges with a gap between them (the 1921 harvest, then 1928-40) are drawn as their ends, not one band across the gap.
        var harvest = references["grain_harvest"];
        Assert.Null(harvest.High);
        Assert.Contains(1921.5, harvest.Years);
        Assert.DoesNotContain(1925.5, harvest.Years);
    }

    [Fact]
    public void The_GDP_shape_checks_measure_recovery_dip_and_surge()
    {
        var r = SyntheticRun.ByYear(("gdp_per_capita", y => y switch { 1922 => 1000, 1926 => 2100, 1931 => 2330, 1932 => 2200, 1934 => 2600, 1937 => 3380, _ => 2000 }));
        var nep = Named("GDP per head: the NEP recovery");
        Assert.Equal(2.1, nep.Measure!(r), 9);
        Assert.True(nep.Passes(2.1));
        Assert.False(nep.Passes(1.5));
        var dip = Named("GDP per head: the dip of 1932");
        Assert.Equal(2200.0 / 2330 - 1, dip.Measure!(r), 9);
        Assert.True(dip.Passes(dip.Measure!(r)));
        Assert.False(dip.Passes(0.01));
        var surge = Named("GDP per head: the surge of 1934");
        Assert.Equal(0.3, surge.Measure!(r), 9);
        Assert.True(surge.Passes(0.3));
        Assert.False(surge.Passes(0.05)); // below half of Maddison's +32%
        Assert.False(surge.Passes(0.6));  // above one and a half times
        // A level: within 15% of Maddison's 1925 (1,776).
        var level = Named("GDP per capita 1925");
        Assert.True(level.Passes(1776 * 1.14));
        Assert.False(level.Passes(1776 * 0.84));
    }

    [Fact]
    public void The_consumption_and_real_wage_checks_find_the_trough_and_the_recovery()
    {
        // Consumption falls to its lowest in 1933 and recovers to 1937; the real wage's lowest year is 1930.
        var r = SyntheticRun.ByYear(
            ("consumption_per_head", y => y switch { 1928 => 10, 1932 => 8, 1933 => 7.5, 1934 => 9, 1937 => 13, _ => 10 }),
            ("real_wage", y => y switch { 1928 => 20, 1930 => 9, 1932 => 10, 1933 => 11, 1934 => 12, 1937 => 11, _ => 15 }));
        var trough = Named("Consumption per head: the trough");
        Assert.Equal(7.5 / 9 - 1, trough.Measure!(r), 9);
        Assert.True(trough.Passes(trough.Measure!(r)));
        var wageTrough = Named("Real wage: the trough");
        Assert.Equal(10.0 / 9 - 1, wageTrough.Measure!(r), 9);
        Assert.False(wageTrough.Passes(wageTrough.Measure!(r)));
        Assert.Equal(13.0 / 9 - 1, Named("Consumption per head: the recovery").Measure!(r), 9);
        Assert.False(Named("Real wage: the recovery").Passes(Named("Real wage: the recovery").Measure!(r)));
        var growth = Named("Consumption per head, 1937 against 1928");
        Assert.Equal(0.3, growth.Measure!(r), 9);
        Assert.True(growth.Passes(0.3));
        Assert.False(growth.Passes(0.1));
        var wage1932 = Named("Real wage, 1932 against 1928");
        Assert.Equal(0.5, wage1932.Measure!(r), 9);
        Assert.True(wage1932.Passes(0.5));
        Assert.False(wage1932.Passes(0.77));
    }

    [Fact]
    public void The_famine_check_sums_the_deaths_of_1931_to_1933()
    {
        // 125,000 famine deaths a month in 1931-33, none in the other years: 4.5 million.
        var r = SyntheticRun.ByYear(("famine_deaths", y => y is >= 1931 and <= 1933 ? 125_000 : 0));
        var famine = Named("Famine deaths 1931–33");
        Assert.Equal(4.5, famine.Measure!(r), 9);
        Assert.True(famine.Passes(4.5));
        Assert.False(famine.Passes(3.1));
        Assert.False(famine.Passes(6.5));
    }

    [Fact]
    public void The_comparison_checks_pair_a_counterfactual_run_with_the_historical_run()
    {
        var historical = SyntheticRun.ByYear(("consumption_per_head", _ => 10), ("gdp_index", y => y == 1940 ? 2.0 : 1.0));
        var right = SyntheticRun.ByYear(("consumption_per_head", _ => 11), ("gdp_index", y => y == 1940 ? 1.9 : 1.0));
        var cggt = Named("CGGT:");
        Assert.Equal("right", cggt.Against!.Scenario);
        Assert.Null(cggt.Measure);
        Assert.Equal(0.1, cggt.Against.Measure(historical, right), 9);
        Assert.True(cggt.Passes(0.1));
        Assert.False(cggt.Passes(-0.04));
        var allen = Named("Allen:");
        Assert.Equal("nep-industrialization", allen.Against!.Scenario);
        // Growth 1928-1940: +90% against +100%, 10% slower.
        Assert.Equal(-0.1, allen.Against.Measure(historical, right), 9);
        Assert.True(allen.Passes(-0.1));
        Assert.False(allen.Passes(0.25));
        Assert.False(allen.Passes(-0.25));
    }

    private static PatternResult Result(PatternRole role, bool pass)
    {
        var p = new ValidationPattern(role + (pass ? " passing" : " failing"), role, role == PatternRole.Target ? "parameter x" : "", "1", "= 1", "test", "", _ => 1, m => m == 1);
        return new PatternResult(p, pass ? 1 : 2, 1, 2, pass);
    }

    [Fact]
    public void Validate_history_exits_0_when_every_check_passes_whatever_the_targets()
    {
        var targetFails = new ValidationReport("s", 20, 1000, [Result(PatternRole.Target, false), Result(PatternRole.Check, true), Result(PatternRole.Check, true)]);
        Assert.True(targetFails.ChecksPass);
        Assert.False(targetFails.AllPass);
        Assert.Equal(ExitCodes.Success, ValidateHistoryCommand.ExitCode(targetFails));
        var checkFails = new ValidationReport("s", 20, 1000, [Result(PatternRole.Target, true), Result(PatternRole.Check, true), Result(PatternRole.Check, false)]);
        Assert.False(checkFails.ChecksPass);
        Assert.Equal(ExitCodes.RunFailure, ValidateHistoryCommand.ExitCode(checkFails));
        Assert.Single(checkFails.Targets);
        Assert.Equal(2, checkFails.Checks.Count);
    }
}
