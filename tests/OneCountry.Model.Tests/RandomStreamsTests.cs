using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class RandomStreamsTests
{
    [Fact]
    public void The_same_key_always_gives_the_same_number()
    {
        var a = new RandomStreams(42);
        var b = new RandomStreams(42);
        Assert.Equal(a.Uniform(RandomPurpose.Weather, 3, 100, 1), b.Uniform(RandomPurpose.Weather, 3, 100, 1));
        Assert.Equal(RandomStreams.EntityBits(a.TickKey(RandomPurpose.Deaths, 7), 12345), RandomStreams.EntityBits(b.TickKey(RandomPurpose.Deaths, 7), 12345));
    }

    [Fact]
    public void Different_seeds_purposes_entities_and_ticks_give_different_numbers()
    {
        var r = new RandomStreams(42);
        double x = r.Uniform(RandomPurpose.Weather, 3, 100);
        Assert.NotEqual(x, new RandomStreams(43).Uniform(RandomPurpose.Weather, 3, 100));
        Assert.NotEqual(x, r.Uniform(RandomPurpose.Births, 3, 100));
        Assert.NotEqual(x, r.Uniform(RandomPurpose.Weather, 4, 100));
        Assert.NotEqual(x, r.Uniform(RandomPurpose.Weather, 3, 101));
    }

    [Fact]
    public void Uniforms_are_uniform_and_normals_standard()
    {
        var r = new RandomStreams(7);
        const int n = 200_000;
        double sum = 0, sumSq = 0, nsum = 0, nsq = 0;
        int[] deciles = new int[10];
        for (int i = 0; i < n; i++)
        {
            double u = r.Uniform(RandomPurpose.Initialization, i, 0);
            Assert.InRange(u, 0.0, 1.0);
            sum += u; sumSq += u * u;
            deciles[(int)(u * 10)]++;
            double z = r.Normal(RandomPurpose.Weather, i, 0);
            nsum += z; nsq += z * z;
        }
        Assert.InRange(sum / n, 0.497, 0.503);
        Assert.InRange(sumSq / n - (sum / n) * (sum / n), 1 / 12.0 - 0.002, 1 / 12.0 + 0.002);
        Assert.All(deciles, d => Assert.InRange(d, n / 10 * 0.97, n / 10 * 1.03));
        Assert.InRange(nsum / n, -0.01, 0.01);
        Assert.InRange(nsq / n, 0.98, 1.02);
    }

    [Fact]
    public void Poisson_by_inversion_has_the_right_mean_and_respects_the_cap()
    {
        var r = new RandomStreams(9);
        double total = 0;
        const int n = 100_000;
        for (int i = 0; i < n; i++) total += RandomStreams.PoissonFromUniform(r.Uniform(RandomPurpose.Deaths, i, 0), 0.8, 50);
        Assert.InRange(total / n, 0.78, 0.82);
        Assert.Equal(3, RandomStreams.PoissonFromUniform(0.999999, 20, 3));
    }

    [Fact]
    public void Normal_cdf_matches_known_values()
    {
        Assert.Equal(0.5, RandomStreams.NormalCdf(0), 6);
        Assert.Equal(0.841345, RandomStreams.NormalCdf(1), 5);
        Assert.Equal(0.022750, RandomStreams.NormalCdf(-2), 5);
    }
}
