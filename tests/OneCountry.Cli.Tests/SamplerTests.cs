using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

public class SamplerTests
{
    /// <summary>The first ten points in four dimensions as Joe and Kuo's own generator (sobol.cc,
    /// new-joe-kuo-6.21201) prints them, the origin first.</summary>
    private static readonly double[][] JoeKuoFirstPoints =
    [
        [0, 0, 0, 0],
        [0.5, 0.5, 0.5, 0.5],
        [0.75, 0.25, 0.25, 0.25],
        [0.25, 0.75, 0.75, 0.75],
        [0.375, 0.375, 0.625, 0.875],
        [0.875, 0.875, 0.125, 0.375],
        [0.625, 0.125, 0.875, 0.625],
        [0.125, 0.625, 0.375, 0.125],
        [0.1875, 0.3125, 0.9375, 0.4375],
        [0.6875, 0.8125, 0.4375, 0.9375],
    ];

    [Fact]
    public void The_Sobol_sequence_starts_with_the_published_points()
    {
        var sobol = new SobolSequence(4);
        for (int i = 0; i < JoeKuoFirstPoints.Length; i++)
            Assert.Equal(JoeKuoFirstPoints[i], sobol.Point(i));
    }

    [Theory]
    [InlineData(21, 10)]
    [InlineData(7, 12)]
    public void Every_dimension_of_the_first_power_of_two_points_puts_one_point_in_each_dyadic_interval(int dimensions, int bits)
    {
        // A Sobol sequence is a (0, m, 1)-net in each dimension: of the first 2^m points,
        // exactly one falls in each interval [j / 2^m, (j + 1) / 2^m).
        int n = 1 << bits;
        var points = new SobolSequence(dimensions).Points(n);
        for (int d = 0; d < dimensions; d++)
        {
            var cells = points.Select(p => (int)(p[d] * n)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, n), cells);
        }
    }

    [Fact]
    public void Every_pair_of_the_first_two_dimensions_is_a_net_of_its_elementary_intervals()
    {
        // The first two dimensions of Sobol's sequence form a (0, m, 2)-net: 2^m points, one in
        // each box of 2^a by 2^(m-a) for every a.
        const int m = 8, n = 1 << m;
        var points = new SobolSequence(2).Points(n);
        for (int a = 0; a <= m; a++)
        {
            var boxes = points.Select(p => ((int)(p[0] * (1 << a)), (int)(p[1] * (1 << (m - a))))).Distinct().Count();
            Assert.Equal(n, boxes);
        }
    }

    [Fact]
    public void More_dimensions_than_the_table_holds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(SobolSequence.MaxDimensions + 1));
    }

    [Fact]
    public void A_Latin_hypercube_puts_one_point_in_each_stratum_of_every_dimension_and_depends_on_its_seed_alone()
    {
        var a = Samplers.LatinHypercube(50, 6, seed: 7);
        for (int d = 0; d < 6; d++)
            Assert.Equal(Enumerable.Range(0, 50), a.Select(p => (int)(p[d] * 50)).Order());
        Assert.Equal(a, Samplers.LatinHypercube(50, 6, seed: 7));
        Assert.NotEqual(a, Samplers.LatinHypercube(50, 6, seed: 8));
    }

    [Fact]
    public void A_grid_holds_every_combination_the_last_factor_fastest()
    {
        var g = Samplers.Grid([2, 3]);
        Assert.Equal(new[] { new[] { 0, 0 }, [0, 1], [0, 2], [1, 0], [1, 1], [1, 2] }, g);
    }
}
