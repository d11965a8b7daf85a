using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace OneCountry.Cli.Commands;

/// <summary>A number option read strictly: an empty or non-numeric value is an error that names the
/// option and says what it wants (Spectre's own converters ignore '' for a nullable option and say
/// only "Failed to convert 'x' to Nullable`1").</summary>
public abstract class NumberOptionConverter(string option, string wants, Func<string, object?> parse) : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        string text = value as string ?? "";
        return parse(text.Trim()) ?? throw new OptionValueException($"{option} wants {wants}, not '{text}'");
    }

    internal static object? Whole<T>(string s) where T : struct, IBinaryInteger<T> =>
        T.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    internal static object? Real(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}

/// <summary>A value that an option cannot take (exit code 2).</summary>
public sealed class OptionValueException(string message) : Exception(message);

public sealed class SeedConverter() : NumberOptionConverter("--seed", $"a whole number from 0 to {ulong.MaxValue}", s => s.StartsWith('-') ? null : Whole<ulong>(s));
public sealed class ScaleConverter() : NumberOptionConverter("--scale", "a number of real households per simulated one, from 1 to 1000000", Real);
public sealed class RunsConverter() : NumberOptionConverter("--runs", $"a whole number of runs from 1 to {SimulationSettings.MaxRuns}", Whole<int>);
public sealed class ThreadsConverter() : NumberOptionConverter("--threads", "a whole number of threads from 1 to 1024", Whole<int>);
public sealed class TrajectoriesConverter() : NumberOptionConverter("--trajectories", "a whole number of trajectories", Whole<int>);
public sealed class SamplesConverter() : NumberOptionConverter("--samples", "a whole number of base rows (a power of two)", Whole<int>);
public sealed class ReplicatesOptionConverter() : NumberOptionConverter("--replicates", "a whole number of seeds per design row", Whole<int>);
public sealed class BootstrapConverter() : NumberOptionConverter("--bootstrap", "a whole number of bootstrap resamples", Whole<int>);
public sealed class TopConverter() : NumberOptionConverter("--top", "a whole number of parameters to show", Whole<int>);
public sealed class WorldConverter() : NumberOptionConverter("--world", "recorded or drawn",
    s => Scenarios.WorldModes.Names.ToList().IndexOf(s) is var i and >= 0 ? (Scenarios.WorldMode)i : null);
