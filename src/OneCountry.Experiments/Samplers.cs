namespace OneCountry.Experiments;

/// <summary>
/// The Sobol low-discrepancy sequence in up to <see cref="MaxDimensions"/> dimensions, with the
/// direction numbers of Joe and Kuo (S. Joe and F. Y. Kuo, Constructing Sobol sequences with better
/// two-dimensional projections, SIAM J. Sci. Comput. 30 (2008) 2635-2654; the set
/// new-joe-kuo-6.21201, dimensions 2 to 21). Points are taken in Gray-code order from the origin,
/// as the authors' generator gives them: 0, 1/2, 3/4, 1/4, 3/8, … in the first dimension.
/// Unscrambled, so the sequence is fixed: no seed enters it.
/// </summary>
public sealed class SobolSequence
{
    public const int MaxDimensions = 21;
    private const int Bits = 32;

    /// <summary>Per dimension 2 to 21: the degree s of its primitive polynomial, the polynomial's
    /// inner coefficients a (as bits) and its initial direction numbers m_1 … m_s.</summary>
    private static readonly (int S, uint A, uint[] M)[] JoeKuo =
    [
        (1, 0, [1]),
        (2, 1, [1, 3]),
        (3, 1, [1, 3, 1]),
        (3, 2, [1, 1, 1]),
        (4, 1, [1, 1, 3, 3]),
        (4, 4, [1, 3, 5, 13]),
        (5, 2, [1, 1, 5, 5, 17]),
        (5, 4, [1, 1, 5, 5, 5]),
        (5, 7, [1, 1, 7, 11, 19]),
        (5, 11, [1, 1, 5, 1, 1]),
        (5, 13, [1, 1, 1, 3, 11]),
        (5, 14, [1, 3, 5, 5, 31]),
        (6, 1, [1, 3, 3, 9, 7, 49]),
        (6, 13, [1, 1, 1, 15, 21, 21]),
        (6, 16, [1, 3, 1, 13, 27, 49]),
        (6, 19, [1, 1, 1, 15, 7, 5]),
        (6, 22, [1, 3, 1, 15, 13, 25]),
        (6, 25, [1, 1, 5, 5, 19, 61]),
        (7, 1, [1, 3, 7, 11, 23, 15, 103]),
        (7, 4, [1, 3, 7, 13, 13, 15, 69]),
    ];

    /// <summary>Direction numbers V[d][k] = m_k · 2^(32 − k), k = 1 … 32 (stored from index 0).</summary>
    private readonly uint[][] _v;

    public int Dimensions { get; }

    public SobolSequence(int dimensions)
    {
        if (dimensions is < 1 or > MaxDimensions) throw new ArgumentOutOfRangeException(nameof(dimensions), $"the Sobol sequence here has 1 to {MaxDimensions} dimensions, not {dimensions}");
        Dimensions = dimensions;
        _v = new uint[dimensions][];
        for (int d = 0; d < dimensions; d++)
        {
            var v = new uint[Bits];
            if (d == 0)
            {
                for (int k = 0; k < Bits; k++) v[k] = 1u << (Bits - 1 - k);
            }
            else
            {
                var (s, a, m) = JoeKuo[d - 1];
                for (int k = 0; k < s; k++) v[k] = m[k] << (Bits - 1 - k);
                // V_k = V_{k-s} ^ (V_{k-s} >> s) ^ sum over l = 1 … s-1 of a_l V_{k-l} (Bratley and Fox 1988).
                for (int k = s; k < Bits; k++)
                {
                    uint x = v[k - s] ^ (v[k - s] >> s);
                    for (int l = 1; l < s; l++)
                        if (((a >> (s - 1 - l)) & 1) != 0) x ^= v[k - l];
                    v[k] = x;
                }
            }
            _v[d] = v;
        }
    }

    /// <summary>Point <paramref name="index"/> (0 is the origin) in [0, 1)^d: the XOR of the
    /// direction numbers of the bits of the index's Gray code.</summary>
    public double[] Point(long index)
    {
        if (index < 0 || index >= 1L << Bits) throw new ArgumentOutOfRangeException(nameof(index), "from 0 to 2^32 - 1");
        ulong gray = (ulong)index ^ ((ulong)index >> 1);
        var x = new double[Dimensions];
        for (int d = 0; d < Dimensions; d++)
        {
            uint acc = 0;
            for (int k = 0; k < Bits; k++)
                if (((gray >> k) & 1) != 0) acc ^= _v[d][k];
            x[d] = acc / 4294967296.0;
        }
        return x;
    }

    /// <summary>The first <paramref name="count"/> points, from the origin.</summary>
    public double[][] Points(int count) => Enumerable.Range(0, count).Select(i => Point(i)).ToArray();
}

/// <summary>Samplers of the unit hypercube for experiment designs.</summary>
public static class Samplers
{
    /// <summary>A Latin hypercube of <paramref name="count"/> points in <paramref name="dimensions"/>
    /// dimensions (McKay, Beckman and Conover 1979): in every dimension each of the count equal
    /// strata holds exactly one point, placed uniformly within it; the strata are matched across
    /// dimensions by random permutations. Drawn from SplitMix64 on <paramref name="seed"/>, so the
    /// same seed gives the same design everywhere.</summary>
    public static double[][] LatinHypercube(int count, int dimensions, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var points = new double[count][];
        for (int i = 0; i < count; i++) points[i] = new double[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            var perm = Enumerable.Range(0, count).ToArray();
            for (int i = count - 1; i > 0; i--)
            {
                int j = (int)rng.Below((ulong)(i + 1));
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }
            for (int i = 0; i < count; i++) points[i][d] = (perm[i] + rng.NextDouble()) / count;
        }
        return points;
    }

    /// <summary>Every combination of the levels, the last factor changing fastest.</summary>
    public static int[][] Grid(IReadOnlyList<int> levels)
    {
        long total = 1;
        foreach (var l in levels) total = checked(total * l);
        var points = new int[total][];
        for (long i = 0; i < total; i++)
        {
            var p = new int[levels.Count];
            long rest = i;
            for (int d = levels.Count - 1; d >= 0; d--) { p[d] = (int)(rest % levels[d]); rest /= levels[d]; }
            points[i] = p;
        }
        return points;
    }
}

/// <summary>SplitMix64 (Steele, Lea and Flood 2014): a small generator whose stream depends on the seed alone.</summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform on [0, 1), 53 bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on 0 … bound − 1, without modulo bias (rejection).</summary>
    public ulong Below(ulong bound)
    {
        ulong limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong x;
        do x = Next(); while (x >= limit);
        return x % bound;
    }
}
