namespace OneCountry.Model.Engine;

/// <summary>Work on one block of households: rows [start, end), writing partial sums into
/// <paramref name="sums"/> at <paramref name="offset"/> (its own slice, so blocks never share).</summary>
public delegate void BlockKernel(int block, int start, int end, double[] sums, int offset);

/// <summary>
/// Runs a kernel over fixed blocks of <paramref name="blockSize"/> rows,
/// in parallel or not, and reduces the per-block partial sums in block order. Because block
/// boundaries and the order of the reduction never depend on the thread count, results are
/// bit-identical with 1 thread or many (the failure mode BeforeIT.jl's locked shared sums show).
/// </summary>
public sealed class BlockRunner(int threads, int blockSize)
{
    private double[] _partials = [];
    private double[] _totals = [];

    public int Threads { get; } = Math.Max(1, threads);

    /// <summary>Rows per block: fixed for a run, so the reduction never depends on the thread count.</summary>
    public int BlockSize { get; } = blockSize > 0 ? blockSize : throw new ArgumentOutOfRangeException(nameof(blockSize));

    public ReadOnlySpan<double> Run(int count, int width, BlockKernel kernel)
    {
        int blocks = (count + BlockSize - 1) / BlockSize;
        int need = Math.Max(1, blocks) * width;
        if (_partials.Length < need) _partials = new double[Math.Max(need, _partials.Length * 2)];
        if (_totals.Length < width) _totals = new double[width];
        Array.Clear(_partials, 0, need);
        var partials = _partials;

        if (Threads == 1 || blocks <= 1)
        {
            for (int b = 0; b < blocks; b++) Body(b);
        }
        else
        {
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Threads }, Body);
        }

        Array.Clear(_totals, 0, width);
        for (int b = 0; b < blocks; b++)
            for (int s = 0; s < width; s++)
                _totals[s] += partials[b * width + s];
        return _totals.AsSpan(0, width);

        void Body(int b)
        {
            int start = b * BlockSize;
            int end = Math.Min(count, start + BlockSize);
            kernel(b, start, end, partials, b * width);
        }
    }
}
