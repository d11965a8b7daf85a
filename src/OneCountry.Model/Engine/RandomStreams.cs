using System.Runtime.CompilerServices;

namespace OneCountry.Model.Engine;

/// <summary>What a random number is for. Each purpose is its own stream, so adding draws
/// for one purpose never shifts the numbers another purpose sees.</summary>
public enum RandomPurpose : ulong
{
    Initialization = 1,
    Weather = 2,
    Births = 3,
    Deaths = 4,
    Migration = 5,
    HouseholdSplit = 6,
    HouseholdTrait = 7,
    Collectivization = 8,
    Annexation = 9,
    Revolution = 10,
    /// <summary>Designs of experiments around the model (sensitivity trajectories); never drawn inside a run.</summary>
    ExperimentDesign = 11,
}

/// <summary>
/// Counter-based random numbers: every draw is a pure function of
/// (seed, purpose, entity, tick, draw index). Nothing is sequential, so results cannot depend on
/// execution order or thread count (Salmon et al. 2011, "Parallel random numbers: as easy as
/// 1, 2, 3", make the case for counter-based generators). The mixing function is the SplitMix64
/// finalizer (Steele, Lea and Flood 2014), applied to the key words in a chain.
/// </summary>
public readonly struct RandomStreams(ulong seed)
{
    public ulong Seed { get; } = seed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>64 random bits for the key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Bits(RandomPurpose purpose, long entity, int tick, int draw = 0)
    {
        ulong h = Mix(Seed ^ ((ulong)purpose * 0xD6E8FEB86659FD93UL));
        h = Mix(h ^ (ulong)entity);
        h = Mix(h ^ ((ulong)(uint)tick << 32 | (uint)draw));
        return h;
    }

    /// <summary>Key of one (purpose, tick) stream; combine with an entity by <see cref="EntityBits"/>.
    /// Computing it once per tick keeps the per-household cost to one mixing round.</summary>
    public ulong TickKey(RandomPurpose purpose, int tick)
        => Mix(Mix(Seed ^ ((ulong)purpose * 0xD6E8FEB86659FD93UL)) ^ ((ulong)(uint)tick * 0xA0761D6478BD642FUL));

    /// <summary>64 random bits for one entity in a (purpose, tick) stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong EntityBits(ulong tickKey, long entity) => Mix(tickKey ^ ((ulong)entity * 0xE7037ED1A0B428DBUL));

    /// <summary>Three independent 21-bit uniforms on [0, 1) from one 64-bit draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double A, double B, double C) Split3(ulong bits)
    {
        const double scale = 1.0 / (1 << 21);
        return ((bits & 0x1FFFFF) * scale, ((bits >> 21) & 0x1FFFFF) * scale, ((bits >> 42) & 0x1FFFFF) * scale);
    }

    /// <summary>Uniform on [0, 1) with 53 bits of precision.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Uniform(RandomPurpose purpose, long entity, int tick, int draw = 0)
        => (Bits(purpose, entity, tick, draw) >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by Box–Muller from two keyed uniforms.</summary>
    public double Normal(RandomPurpose purpose, long entity, int tick, int draw = 0)
    {
        double u1 = Uniform(purpose, entity, tick, 2 * draw);
        double u2 = Uniform(purpose, entity, tick, 2 * draw + 1);
        if (u1 < 1e-300) u1 = 1e-300;
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Poisson count with mean <paramref name="mean"/> by inversion of one uniform
    /// (adequate for the small means used per household and month), capped at <paramref name="cap"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PoissonFromUniform(double u, double mean, int cap)
    {
        if (mean <= 0) return 0;
        // e^(−mean) ≥ 1 − mean, so u < 1 − mean means no event (k = 0): the common case is decided
        // without computing the exponential, with exactly the same result.
        if (u < 1 - mean) return 0;
        double p = Math.Exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < cap)
        {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /// <summary>Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 via erf).</summary>
    public static double NormalCdf(double x)
    {
        double t = 1.0 / (1.0 + 0.3275911 * Math.Abs(x) / Math.Sqrt(2));
        double y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x / 2);
        return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
    }
}
