using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>One parameter's Sobol indices on one output: the first-order index S1 (the share of
/// the output's variance its variation alone explains) and the total-order index ST (the share it
/// takes part in, interactions included), each with a percentile bootstrap interval, estimated
/// from <see cref="N"/> base rows.</summary>
public sealed record SobolIndex(int Parameter, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh, int N);

/// <summary>The indices of every parameter at one number of base rows (a row of the convergence report).</summary>
public sealed record SobolEstimate(int N, IReadOnlyList<SobolIndex> Indices);

/// <summary>
/// Variance-based global sensitivity: Sobol first- and total-order indices (Sobol 1993, 2001) by
/// Saltelli's scheme (A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto and S. Tarantola,
/// Variance based sensitivity analysis of model output, Comput. Phys. Commun. 181 (2010) 259-270).
/// Pure: no I/O, no clock, no shared state.
/// <para>The design: point N + j of a Sobol sequence of dimension 2k (j = 0 … N − 1, N a power of
/// two, so the N points are a whole block of the sequence, a (t, m, 2k)-net, and so are the first
/// N/4 and N/2 of them) gives row j of matrix A (its first k coordinates) and of matrix B (its last
/// k); AB_i is A with column i taken from B. Base row j is the block of k + 2 design rows A_j, B_j,
/// AB_1j … AB_kj, so the design has N (k + 2) rows, in that order.</para>
/// <para>The estimators, with f the output and V the variance of f over the 2N rows of A and B
/// (divided by 2N): first order S1_i = (1/N) Σ_j f(B)_j (f(AB_i)_j − f(A)_j) / V (Saltelli et al.
/// 2010, Table 2, b), total order ST_i = (1/2N) Σ_j (f(A)_j − f(AB_i)_j)² / V (Jansen 1999; ibid.,
/// f). Intervals: the N base rows resampled with replacement (a row keeps its A, B and AB_i
/// together), the indices recomputed on each resample, the percentile interval taken; the
/// resamples are drawn from SplitMix64 on a given seed, so the intervals are reproducible. A base
/// row whose outputs are not all finite is left out (its N is the count of the others).</para>
/// </summary>
public static class SobolIndices
{
    /// <summary>At most this many parameters: the Sobol sequence has <see cref="SobolSequence.MaxDimensions"/> dimensions and the design needs 2k.</summary>
    public const int MaxParameters = SobolSequence.MaxDimensions / 2;

    public const int MinBaseRows = 8;
    public const int MaxBaseRows = 1 << 20;

    /// <summary>Why a design of <paramref name="parameters"/> parameters on <paramref name="baseRows"/> base rows cannot be made, or null.</summary>
    public static string? DesignError(int parameters, int baseRows)
    {
        if (parameters < 1) return "at least one parameter";
        if (parameters > MaxParameters) return $"at most {MaxParameters} parameters (the design is a Sobol sequence of dimension 2k, and the sequence here has {SobolSequence.MaxDimensions}), not {parameters}";
        if (baseRows < MinBaseRows || baseRows > MaxBaseRows || (baseRows & (baseRows - 1)) != 0)
            return $"the number of base rows must be a power of two from {MinBaseRows} to {MaxBaseRows} (so that it and its quarter and half are whole blocks of the Sobol sequence), not {baseRows}";
        return null;
    }

    /// <summary>Design rows per base row: A, B and the k matrices AB_i.</summary>
    public static int RowsPerBase(int parameters) => parameters + 2;

    /// <summary>The Saltelli design in the unit hypercube: N (k + 2) rows of k coordinates in [0, 1), base row by base row (A_j, B_j, AB_1j … AB_kj).</summary>
    public static double[][] Design(int parameters, int baseRows)
    {
        if (DesignError(parameters, baseRows) is { } error) throw new ArgumentOutOfRangeException(nameof(baseRows), error);
        int k = parameters, per = RowsPerBase(k);
        var sobol = new SobolSequence(2 * k);
        var design = new double[baseRows * per][];
        for (int j = 0; j < baseRows; j++)
        {
            var p = sobol.Point(baseRows + j);
            var a = p[..k];
            var b = p[k..];
            design[j * per] = a;
            design[j * per + 1] = b;
            for (int i = 0; i < k; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                design[j * per + 2 + i] = ab;
            }
        }
        return design;
    }

    /// <summary>The indices from the outputs of the design's rows (in design order), using the
    /// first <paramref name="baseRows"/> base rows (all when null), with <paramref name="resamples"/>
    /// bootstrap resamples drawn on <paramref name="seed"/> for intervals at <paramref name="confidence"/>.</summary>
    public static SobolEstimate Estimate(IReadOnlyList<double> outputs, int parameters, int? baseRows = null, int resamples = 1000, ulong seed = 1, double confidence = 0.95)
    {
        int k = parameters, per = RowsPerBase(k);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(parameters), "at least one parameter");
        if (outputs.Count % per != 0) throw new ArgumentException($"the outputs ({outputs.Count}) are not whole base rows of {per}", nameof(outputs));
        int n = baseRows ?? outputs.Count / per;
        if (n < 1 || n * per > outputs.Count) throw new ArgumentOutOfRangeException(nameof(baseRows), $"from 1 to {outputs.Count / per} base rows, not {n}");
        if (resamples < 0) throw new ArgumentOutOfRangeException(nameof(resamples), "no negative number of resamples");
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), "between 0 and 1");

        // The finite base rows, as columns fA, fB, fAB_i.
        var rows = Enumerable.Range(0, n).Where(j => Enumerable.Range(0, per).All(r => double.IsFinite(outputs[j * per + r]))).ToArray();
        int m = rows.Length;
        var fA = new double[m];
        var fB = new double[m];
        var fAB = new double[k][];
        for (int i = 0; i < k; i++) fAB[i] = new double[m];
        for (int r = 0; r < m; r++)
        {
            int j = rows[r];
            fA[r] = outputs[j * per];
            fB[r] = outputs[j * per + 1];
            for (int i = 0; i < k; i++) fAB[i][r] = outputs[j * per + 2 + i];
        }

        var point = Indices(fA, fB, fAB, null);
        var s1Boot = new double[k][];
        var stBoot = new double[k][];
        for (int i = 0; i < k; i++) { s1Boot[i] = new double[resamples]; stBoot[i] = new double[resamples]; }
        if (m > 0 && resamples > 0)
        {
            var rng = new SplitMix64(seed);
            var pick = new int[m];
            for (int b = 0; b < resamples; b++)
            {
                for (int r = 0; r < m; r++) pick[r] = (int)rng.Below((ulong)m);
                var (s1, st) = Indices(fA, fB, fAB, pick);
                for (int i = 0; i < k; i++) { s1Boot[i][b] = s1[i]; stBoot[i][b] = st[i]; }
            }
        }
        var indices = new SobolIndex[k];
        for (int i = 0; i < k; i++)
        {
            var (s1Low, s1High) = Percentiles(s1Boot[i], confidence);
            var (stLow, stHigh) = Percentiles(stBoot[i], confidence);
            indices[i] = new SobolIndex(i, point.S1[i], s1Low, s1High, point.ST[i], stLow, stHigh, m);
        }
        return new SobolEstimate(m, indices);
    }

    /// <summary>The convergence report: the indices at N/4, N/2 and N base rows (each a whole
    /// block of the sequence), every one with its intervals on the same resampling seed.</summary>
    public static IReadOnlyList<SobolEstimate> Convergence(IReadOnlyList<double> outputs, int parameters, int resamples = 1000, ulong seed = 1, double confidence = 0.95)
    {
        int n = outputs.Count / RowsPerBase(parameters);
        return new[] { n / 4, n / 2, n }.Where(c => c >= 1).Distinct()
            .Select(c => Estimate(outputs, parameters, c, resamples, seed, confidence)).ToList();
    }

    /// <summary>S1 and ST of every parameter over the rows (or the rows picked, with repetition).</summary>
    private static (double[] S1, double[] ST) Indices(double[] fA, double[] fB, double[][] fAB, int[]? pick)
    {
        int k = fAB.Length, m = pick?.Length ?? fA.Length;
        var s1 = new double[k];
        var st = new double[k];
        if (m == 0) { Array.Fill(s1, double.NaN); Array.Fill(st, double.NaN); return (s1, st); }
        // The variance of f over A and B together (two-pass, for accuracy).
        double sum = 0;
        for (int r = 0; r < m; r++) { int j = pick?[r] ?? r; sum += fA[j] + fB[j]; }
        double mean = sum / (2.0 * m), ss = 0;
        for (int r = 0; r < m; r++) { int j = pick?[r] ?? r; ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean); }
        double variance = ss / (2.0 * m);
        for (int i = 0; i < k; i++)
        {
            double first = 0, total = 0;
            var ab = fAB[i];
            for (int r = 0; r < m; r++)
            {
                int j = pick?[r] ?? r;
                first += fB[j] * (ab[j] - fA[j]);
                total += (fA[j] - ab[j]) * (fA[j] - ab[j]);
            }
            s1[i] = variance > 0 ? first / m / variance : double.NaN;
            st[i] = variance > 0 ? total / (2.0 * m) / variance : double.NaN;
        }
        return (s1, st);
    }

    /// <summary>The percentile interval of the bootstrap values (linear interpolation between
    /// order statistics, the finite ones only); NaN when there are none.</summary>
    internal static (double Low, double High) Percentiles(double[] values, double confidence)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN);
        double alpha = (1 - confidence) / 2;
        return (Quantile(sorted, alpha), Quantile(sorted, 1 - alpha));
    }

    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

/// <summary>A Sobol analysis of the model: per outcome the indices at N/4, N/2 and N base rows
/// (<see cref="Convergence"/>, the last at N), with what was run.</summary>
public sealed record SobolReport(Scenario Scenario, IReadOnlyList<ParameterSpec> Parameters, IReadOnlyList<ComparedMeasure> Measures,
    int BaseRows, int Replicates, int Resamples, double Scale, ulong FirstSeed, IReadOnlyList<IReadOnlyList<SobolEstimate>> Convergence)
{
    public WorldMode World { get; init; } = WorldMode.Recorded;
    /// <summary>Every run: design row d on replicate r is run d × replicates + r.</summary>
    public PerRun PerRun { get; init; } = PerRun.None;
    /// <summary>The design's rows: N (k + 2).</summary>
    public int Rows => BaseRows * SobolIndices.RowsPerBase(Parameters.Count);
    /// <summary>The indices on one outcome at N, largest total index first.</summary>
    public IEnumerable<SobolIndex> Ranked(int measure) =>
        Convergence[measure][^1].Indices.OrderByDescending(e => double.IsNaN(e.ST) ? double.NegativeInfinity : e.ST).ThenBy(e => Parameters[e.Parameter].Name, StringComparer.Ordinal);
}

/// <summary>
/// Runs the model over the Saltelli design of <see cref="SobolIndices"/>: each parameter uniform
/// over its registry range; every design row runs the same replicate seeds (replicate r on the
/// plan's member r: common random numbers), and the row's output is the mean over its replicates,
/// so the indices apportion the variance of the replicate mean (with few replicates, the seeds'
/// noise is left in it and shows as a little extra total-order effect). Results are stored by run
/// index and the bootstrap is sequential on the first seed, so nothing depends on the thread count.
/// </summary>
public static class SobolAnalysis
{
    public static SobolReport Run(Scenario scenario, IReadOnlyList<ParameterSpec> parameters, IReadOnlyList<ComparedMeasure> measures,
        int baseRows, int replicates, RunPlan plan, int resamples = 1000, Action<int, int>? progress = null, bool keepSeries = false, Action<FinishedBatch>? finished = null)
    {
        if (SobolIndices.DesignError(parameters.Count, baseRows) is { } error) throw new ArgumentException(error);
        if (replicates < 1) throw new ArgumentOutOfRangeException(nameof(replicates), "at least one replicate");
        if (parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != parameters.Count) throw new ArgumentException("parameter names must differ", nameof(parameters));
        var design = SobolIndices.Design(parameters.Count, baseRows);
        int jobs = design.Length * replicates;
        var perRun = new PerRunCollector(jobs, keepSeries, finished);
        var values = Ensemble.Measures(jobs, plan.Threads, job =>
        {
            var config = plan.Member(scenario, job % replicates);
            var point = design[job / replicates];
            var overrides = parameters.Select((p, j) => new KeyValuePair<string, double>(p.Name, Math.Clamp(p.Min + point[j] * (p.Max - p.Min), p.Min, p.Max)));
            return config with { Parameters = config.Parameters.With(overrides) };
        }, measures, progress, (job, config, result) => perRun.Add(job, job / replicates, job % replicates, config.Seed, scenario.Name,
            parameters.ToDictionary(p => p.Name, p => (double?)config.Parameters[p.Name]), result));

        var convergence = new List<IReadOnlyList<SobolEstimate>>();
        for (int m = 0; m < measures.Count; m++)
        {
            var outputs = new double[design.Length];
            for (int d = 0; d < design.Length; d++)
            {
                double sum = 0;
                for (int r = 0; r < replicates; r++) sum += values[d * replicates + r][m];
                outputs[d] = sum / replicates;
            }
            convergence.Add(SobolIndices.Convergence(outputs, parameters.Count, resamples, plan.FirstSeed));
        }
        return new SobolReport(scenario, parameters, measures, baseRows, replicates, resamples, plan.Scale, plan.FirstSeed, convergence)
            { World = plan.World, PerRun = perRun.Result() };
    }
}
