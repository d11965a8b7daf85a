namespace OneCountry.Model.Engine;

/// <summary>The sums one pass over the rows produces, added field by field (a + b, in that order).</summary>
public interface IBlockSums<TSelf> where TSelf : unmanaged, IBlockSums<TSelf>
{
    static abstract TSelf Add(in TSelf a, in TSelf b);
}

/// <summary>One pass over rows [start, end): a struct holding the columns and the month's inputs
/// it needs, returning its block's sums. Called once per block, never per row.</summary>
public interface IBlockKernel<TSums> where TSums : unmanaged, IBlockSums<TSums>
{
    TSums Run(int start, int end);
}

/// <summary>
/// Runs a kernel over fixed blocks of <paramref name="blockSize"/> rows,
/// in parallel or not, and reduces the per-block partial sums in block order. Because block
/// boundaries and the order of the reduction never depend on the thread count, results are
/// bit-identical with 1 thread or many (the failure mode BeforeIT.jl's locked shared sums show).
/// </summary>
public sealed class BlockRunner(int threads, int blockSize)
{
    // One buffer for the blocks' sums of every pass, as bytes: passes run one after another, so
    // they share it, and the largest (the October survey) sets its size.
    private byte[] _blockSums = [];

    public int Threads { get; } = Math.Max(1, threads);

    /// <summary>Rows per block: fixed for a run, so the reduction never depends on the thread count.</summary>
    public int BlockSize { get; } = blockSize > 0 ? blockSize : throw new ArgumentOutOfRangeException(nameof(blockSize));

    /// <summary>Runs a struct kernel over <paramref name="count"/> rows and returns the sums of its
    /// blocks, added in block order from zero (Arch's inline parallel query, with a fixed reduction).</summary>
    public TSums Run<TKernel, TSums>(int count, in TKernel kernel)
        where TKernel : struct, IBlockKernel<TSums>
        where TSums : unmanaged, IBlockSums<TSums>
    {
        int blocks = (count + BlockSize - 1) / BlockSize;
        int need = Math.Max(1, blocks) * System.Runtime.CompilerServices.Unsafe.SizeOf<TSums>();
        if (_blockSums.Length < need) _blockSums = new byte[Math.Max(need, _blockSums.Length * 2)];
        var buffer = _blockSums;
        if (Threads == 1 || blocks <= 1)
        {
            var partials = Partials<TSums>(buffer);
            for (int b = 0; b < blocks; b++)
            {
                int start = b * BlockSize;
                partials[b] = kernel.Run(start, Math.Min(count, start + BlockSize));
            }
        }
        else
        {
            var job = new Job<TKernel, TSums>(kernel, buffer, count, BlockSize);
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Threads }, job.Body);
        }
        var sums = Partials<TSums>(buffer);
        TSums total = default;
        for (int b = 0; b < blocks; b++) total = TSums.Add(total, sums[b]);
        return total;
    }

    private static Span<TSums> Partials<TSums>(byte[] buffer) where TSums : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, TSums>(buffer.AsSpan());

    private sealed class Job<TKernel, TSums>(TKernel kernel, byte[] buffer, int count, int blockSize)
        where TKernel : struct, IBlockKernel<TSums>
        where TSums : unmanaged, IBlockSums<TSums>
    {
        public void Body(int b)
        {
            int start = b * blockSize;
            Partials<TSums>(buffer)[b] = kernel.Run(start, Math.Min(count, start + blockSize));
        }
    }
}

/// <summary>A pass's single sum.</summary>
public readonly record struct Total(double Value) : IBlockSums<Total>
{
    public static Total Add(in Total a, in Total b) => new(a.Value + b.Value);
}
