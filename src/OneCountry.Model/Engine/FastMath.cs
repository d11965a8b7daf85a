using System.Runtime.CompilerServices;

namespace OneCountry.Model.Engine;

/// <summary>
/// Minimum and maximum for the household kernels. <see cref="Math.Min(double, double)"/> follows
/// IEEE 754:2019 for NaN and signed zeros, which costs branches on every call; the model's values
/// are never NaN and the sign of zero does not matter, so the native instructions give the same
/// results at a fraction of the cost.
/// </summary>
internal static class FastMath
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Min(double a, double b) => double.MinNative(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Max(double a, double b) => double.MaxNative(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Min(int a, int b) => a < b ? a : b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Max(int a, int b) => a > b ? a : b;
}
