using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary>The Sobol-index estimator (Experiments/SobolIndices) on functions whose indices are known.</summary>
public class SobolIndicesTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const double A = 7, B = 0.1;

    /// <summary>The Ishigami function (Ishigami and Homma 1990) on x in [−π, π]^3.</summary>
    private static double Ishigami(double[] u)
    {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.Sin(x1) + A * Math.Sin(x2) * Math.Sin(x2) + B * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    /// <summary>Its analytic indices: V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸ (1/18 − 1/50), V = V1 + V2 + V13.</summary>
    private static (double[] S1, double[] ST) IshigamiIndices()
    {
        double v1 = 0.5 * Math.Pow(1 + B * Math.Pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.Pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    private static double[] Outputs(int parameters, int n, Func<double[], double> f) => SobolIndices.Design(parameters, n).Select(f).ToArray();

    [Fact]
    public void The_analytic_Ishigami_indices_are_the_published_ones()
    {
        var (s1, st) = IshigamiIndices();
        Assert.Equal([0.3139, 0.4424, 0], s1.Select(x => Math.Round(x, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], st.Select(x => Math.Round(x, 4)));
    }

    [Fact]
    public void The_Ishigami_indices_lie_in_their_bootstrap_intervals_and_the_intervals_are_narrow()
    {
        var (s1, st) = IshigamiIndices();
        var estimate = SobolIndices.Estimate(Outputs(3, 4096, Ishigami), 3, resamples: 1000, seed: 2010);
        Assert.Equal(4096, estimate.N);
        for (int i = 0; i < 3; i++)
        {
            var e = estimate.Indices[i];
            string shown = $"x{i + 1}: S1 {e.S1:F4} ({e.S1Low:F4} to {e.S1High:F4}) against {s1[i]:F4}; ST {e.ST:F4} ({e.STLow:F4} to {e.STHigh:F4}) against {st[i]:F4}";
            log.WriteLine(shown);
            Assert.True(e.S1Low <= s1[i] && s1[i] <= e.S1High, shown);
            Assert.True(e.STLow <= st[i] && st[i] <= e.STHigh, shown);
            Assert.True(e.S1High - e.S1Low < 0.1, shown);
            Assert.True(e.STHigh - e.STLow < 0.1, shown);
            Assert.True(e.S1Low <= e.S1 && e.S1 <= e.S1High, shown);
            Assert.True(e.STLow <= e.ST && e.ST <= e.STHigh, shown);
        }
    }

    [Fact]
    public void The_convergence_report_narrows_towards_the_analytic_indices()
    {
        var (_, st) = IshigamiIndices();
        var report = SobolIndices.Convergence(Outputs(3, 4096, Ishigami), 3, resamples: 500, seed: 7);
        Assert.Equal([1024, 2048, 4096], report.Select(r => r.N));
        for (int i = 0; i < 3; i++)
        {
            double Width(SobolEstimate e) => e.Indices[i].STHigh - e.Indices[i].STLow;
            Assert.True(Width(report[2]) < Width(report[0]), $"x{i + 1}: {Width(report[0])} then {Width(report[2])}");
            Assert.True(Math.Abs(report[2].Indices[i].ST - st[i]) < 0.03);
        }
    }

    [Fact]
    public void An_additive_linear_function_has_equal_first_and_total_indices_proportional_to_the_squared_weights()
    {
        // f = 1 x1 + 2 x2 + 0 x3 on the unit cube: V_i ∝ c_i², no interactions, so S1 = ST = (0.2, 0.8, 0).
        var estimate = SobolIndices.Estimate(Outputs(3, 1024, u => u[0] + 2 * u[1]), 3, resamples: 200, seed: 1);
        double[] expected = [0.2, 0.8, 0];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], estimate.Indices[i].S1, 0.02);
            Assert.Equal(expected[i], estimate.Indices[i].ST, 0.02);
        }
        // A parameter that does not act moves nothing: its total index is exactly 0.
        Assert.Equal(0.0, estimate.Indices[2].ST);
        Assert.Equal((0.0, 0.0), (estimate.Indices[2].STLow, estimate.Indices[2].STHigh));
    }

    [Fact]
    public void The_design_is_A_B_and_A_with_one_column_from_B_on_a_block_of_the_Sobol_sequence()
    {
        const int k = 4, n = 16;
        var design = SobolIndices.Design(k, n);
        Assert.Equal(n * (k + 2), design.Length);
        var sobol = new SobolSequence(2 * k);
        for (int j = 0; j < n; j++)
        {
            var p = sobol.Point(n + j);
            var a = design[j * (k + 2)];
            var b = design[j * (k + 2) + 1];
            Assert.Equal(p[..k], a);
            Assert.Equal(p[k..], b);
            for (int i = 0; i < k; i++)
                Assert.Equal(Enumerable.Range(0, k).Select(c => c == i ? b[c] : a[c]), design[j * (k + 2) + 2 + i]);
        }
        // The A rows are a whole block of the sequence: one in each 1/n of every dimension.
        for (int d = 0; d < k; d++)
            Assert.Equal(Enumerable.Range(0, n), Enumerable.Range(0, n).Select(j => (int)(design[j * (k + 2)][d] * n)).Order());
    }

    [Fact]
    public void The_intervals_are_reproducible_and_depend_on_the_resampling_seed_alone()
    {
        var outputs = Outputs(3, 256, Ishigami);
        var one = SobolIndices.Estimate(outputs, 3, resamples: 300, seed: 5);
        Assert.Equal(one.Indices, SobolIndices.Estimate(outputs, 3, resamples: 300, seed: 5).Indices);
        var other = SobolIndices.Estimate(outputs, 3, resamples: 300, seed: 6);
        Assert.Equal(one.Indices.Select(e => e.S1), other.Indices.Select(e => e.S1));
        Assert.NotEqual(one.Indices.Select(e => e.S1Low), other.Indices.Select(e => e.S1Low));
    }

    [Fact]
    public void Base_rows_with_a_missing_output_are_left_out()
    {
        var outputs = Outputs(3, 64, Ishigami);
        outputs[5 * 5 + 3] = double.NaN;
        var estimate = SobolIndices.Estimate(outputs, 3, resamples: 50);
        Assert.Equal(63, estimate.N);
        Assert.All(estimate.Indices, e => Assert.True(double.IsFinite(e.S1) && double.IsFinite(e.ST)));
    }

    [Theory]
    [InlineData(3, 100)]
    [InlineData(3, 4)]
    [InlineData(11, 64)]
    [InlineData(0, 64)]
    public void Bad_designs_are_refused_with_a_reason(int parameters, int n)
    {
        Assert.NotNull(SobolIndices.DesignError(parameters, n));
        Assert.Throws<ArgumentOutOfRangeException>(() => SobolIndices.Design(parameters, n));
    }
}
