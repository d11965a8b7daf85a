using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary>PRIM on synthetic cases whose box is known, and the question syntax.</summary>
public class PrimTests
{
    /// <summary>y = 1 exactly when x1 is in [0.2, 0.6] and x2 > 0.5, on uniform samples of x1, x2 and three noise inputs.</summary>
    private static (List<double[]> X, List<bool> Y) Known(int n, ulong seed, double flip = 0)
    {
        var rng = new SplitMix64(seed);
        var x = new List<double[]>();
        var y = new List<bool>();
        for (int i = 0; i < n; i++)
        {
            var p = Enumerable.Range(0, 5).Select(_ => rng.NextDouble()).ToArray();
            bool inside = p[0] >= 0.2 && p[0] <= 0.6 && p[1] > 0.5;
            if (rng.NextDouble() < flip) inside = !inside;
            x.Add(p);
            y.Add(inside);
        }
        return (x, y);
    }

    private static readonly string[] Names = ["x1", "x2", "noise1", "noise2", "noise3"];

    [Theory]
    [InlineData(0.0, 0.9)]
    [InlineData(0.03, 0.9)]
    public void PRIM_finds_the_known_box_and_leaves_the_noise_inputs_alone(double flip, double minDensity)
    {
        var (x, y) = Known(3000, 11, flip);
        var r = Prim.Run(Names, x, y, minDensity: minDensity);
        var box = r.Pasted.Box;
        Assert.True(Math.Abs(box.Low[0] - 0.2) <= 0.05, $"x1 low {box.Low[0]}");
        Assert.True(Math.Abs(box.High[0] - 0.6) <= 0.05, $"x1 high {box.High[0]}");
        Assert.True(Math.Abs(box.Low[1] - 0.5) <= 0.05, $"x2 low {box.Low[1]}");
        Assert.True(box.High[1] >= r.Range.High[1], "x2 is not restricted from above");
        Assert.Equal([0, 1], r.Restrictions.Select(e => e.Input));
        Assert.True(r.Pasted.Density >= minDensity, $"density {r.Pasted.Density}");
        Assert.True(r.Pasted.Coverage >= 0.8, $"coverage {r.Pasted.Coverage}");
        // Each real restriction matters: without it the density falls well below the box's.
        Assert.All(r.Restrictions, e => Assert.True(e.DensityWithout < r.Pasted.Density - 0.2, $"{Names[e.Input]}: {e.DensityWithout} without, {r.Pasted.Density} with"));
    }

    [Fact]
    public void The_trajectory_starts_from_the_whole_range_peels_down_to_the_minimum_mass_and_trades_coverage_for_density()
    {
        var (x, y) = Known(2000, 5, 0.05);
        var r = Prim.Run(Names, x, y, alpha: 0.1, minMass: 0.1);
        var first = r.Trajectory[0];
        Assert.Equal(1.0, first.Coverage);
        Assert.Equal(1.0, first.Mass);
        Assert.Equal((double)y.Count(v => v) / y.Count, first.Density, 12);
        Assert.All(r.Trajectory, s => Assert.True(s.Mass >= 0.1));
        // Mass falls at every step; coverage never rises.
        Assert.True(r.Trajectory.Zip(r.Trajectory.Skip(1)).All(p => p.Second.Mass < p.First.Mass && p.Second.Coverage <= p.First.Coverage));
        Assert.True(r.Trajectory[^1].Density > first.Density + 0.5);
        // Each step removes about alpha of the box (at least one point).
        Assert.True(r.Trajectory.Zip(r.Trajectory.Skip(1)).All(p => p.First.Points - p.Second.Points >= 1 && p.First.Points - p.Second.Points <= Math.Ceiling(0.1 * p.First.Points) + 1));
    }

    [Fact]
    public void A_discrete_input_is_peeled_a_value_at_a_time()
    {
        // x on five levels; the cases are the level 4 only.
        var x = Enumerable.Range(0, 500).Select(i => new[] { (double)(i % 5) }).ToList();
        var y = x.Select(p => p[0] == 4).ToList();
        var r = Prim.Run(["level"], x, y, minDensity: 1);
        Assert.Equal(4, r.Pasted.Box.Low[0]);
        Assert.Equal(1.0, r.Pasted.Density);
        Assert.Equal(1.0, r.Pasted.Coverage);
    }

    [Fact]
    public void No_case_of_interest_is_an_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Prim.Run(["a"], [[0.1], [0.2]], [false, false]));
        Assert.Contains("no point is a case", e.Message);
    }

    private static RunsTable Table() => new("t", [
        new RunsColumn("gdp_per_head_1940", "number", [3100, 2900, double.NaN, null], [null, null, null, null]),
        new RunsColumn("verdict_technique", "number", [0.5, 0.3, 0.6, 0.2], [null, null, null, null]),
        new RunsColumn("window_germany_1923", "text", [null, null, null, null], ["victory", "defeat", "victory", null]),
        new RunsColumn("nep_market_kept", "boolean", [1, 0, 1, 0], [null, null, null, null])], 4);

    [Theory]
    [InlineData("gdp_per_head_1940 > 3000", "1000")]
    [InlineData("gdp_per_head_1940 <= 3000 or verdict_technique >= 0.6", "0110")]
    [InlineData("window_germany_1923 == victory and not (verdict_technique < 0.55)", "0010")]
    [InlineData("window_germany_1923 != 'victory'", "0100")]
    [InlineData("nep_market_kept == true and verdict_technique>0.4", "1010")]
    [InlineData("verdict_technique < gdp_per_head_1940", "1100")]
    public void A_question_selects_the_runs_it_names(string question, string expected)
    {
        var table = Table();
        var q = RunsQuery.Parse(question, table);
        Assert.Equal(expected, string.Concat(Enumerable.Range(0, 4).Select(i => q.Matches(i) ? '1' : '0')));
    }

    [Theory]
    [InlineData("gdp_per_head_194 > 3000", "unknown column 'gdp_per_head_194' at character 1")]
    [InlineData("gdp_per_head_1940 = 3000", "use == or !=")]
    [InlineData("gdp_per_head_1940 > victory", "unknown column 'victory'")]
    [InlineData("window_germany_1923 < 3", "text column")]
    [InlineData("verdict_technique > 0.5 verdict_technique < 0.9", "join conditions with and / or")]
    [InlineData("(verdict_technique > 0.5", "expected ')'")]
    [InlineData("", "empty")]
    public void A_bad_question_is_refused_naming_what_is_wrong(string question, string said)
    {
        var e = Assert.Throws<QueryException>(() => RunsQuery.Parse(question, Table()));
        Assert.Contains(said, e.Message);
    }
}
