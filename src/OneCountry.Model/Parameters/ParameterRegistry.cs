using OneCountry.Model.Engine;
using System.Collections.Frozen;

namespace OneCountry.Model;

/// <summary>One parameter of the model: what it means, its unit, default, plausible range and
/// where the default comes from. Scenarios may override the value within [Min, Max].</summary>
public sealed record ParameterSpec(
    string Name, string Meaning, string Unit, double Default, double Min, double Max, string Source,
    string Group);

/// <summary>
/// The single registry of model parameters. Every mechanism reads its constants from here (through
/// the typed <see cref="Parameters"/> record), so the CLI table, scenario validation, the manifest
/// and sensitivity analysis all see the same list. Source ids refer to <c>data/SOURCES.md</c>;
/// "assumption" marks a modeller's choice, with its reasoning, where the data are silent, and such
/// parameters carry wide ranges.
/// </summary>
public static class ParameterRegistry
{
    /// <summary>The order of the groups in listings; within a group, the order of declaration.</summary>
    public static IReadOnlyList<string> Groups { get; } =
        ["initial", "farm", "livestock", "differentiation", "collectivization", "industry", "demography", "weather", "market",
         "labour", "society", "trade", "accounts", "world", "defence", "politics"];

    /// <summary>Every parameter, read from the <see cref="ParameterAttribute"/>s of the properties
    /// that hold them (Parameters/*.cs, World/WorldParameters, Politics/PoliticsParameters).</summary>
    public static IReadOnlyList<ParameterSpec> All { get; } =
        ParameterBinding.Declared(Groups, typeof(Parameters), typeof(World.WorldParameters), typeof(Politics.PoliticsParameters))
            .Select(x => new ParameterSpec(x.Declaration.Name, x.Declaration.Meaning, x.Declaration.Unit, x.Declaration.Default,
                x.Declaration.Min, x.Declaration.Max, x.Declaration.Source, x.Declaration.Group))
            .ToArray();

    private static readonly FrozenDictionary<string, int> IndexByName =
        All.Select((p, i) => (p.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i);

    public static int Count => All.Count;

    public static bool TryIndex(string name, out int index) => IndexByName.TryGetValue(name, out index);

    public static ParameterSpec Get(string name) =>
        IndexByName.TryGetValue(name, out var i) ? All[i] : throw new KeyNotFoundException($"unknown parameter '{name}'");
}

/// <summary>An immutable set of parameter values, one per registry entry, defaults unless overridden.</summary>
public sealed class ParameterValues
{
    private readonly double[] _values;

    private ParameterValues(double[] values) => _values = values;

    public static ParameterValues Defaults { get; } = new(ParameterRegistry.All.Select(p => p.Default).ToArray());

    public double this[string name] => _values[ParameterRegistry.TryIndex(name, out var i) ? i : throw new KeyNotFoundException($"unknown parameter '{name}'")];

    public double this[int index] => _values[index];

    /// <summary>Returns a copy with the given overrides. Throws <see cref="ArgumentException"/>
    /// for an unknown name or a value outside the registered range (scenario loading checks first
    /// and reports the file position).</summary>
    public ParameterValues With(IEnumerable<KeyValuePair<string, double>> overrides)
    {
        var copy = (double[])_values.Clone();
        foreach (var (name, value) in overrides)
        {
            if (!ParameterRegistry.TryIndex(name, out var i)) throw new ArgumentException($"unknown parameter '{name}'");
            var spec = ParameterRegistry.All[i];
            if (!(value >= spec.Min && value <= spec.Max))
                throw new ArgumentException($"parameter '{name}' = {value} is outside its range [{spec.Min}, {spec.Max}]");
            copy[i] = value;
        }
        return new ParameterValues(copy);
    }

    public IEnumerable<(ParameterSpec Spec, double Value)> Entries() =>
        ParameterRegistry.All.Select((p, i) => (p, _values[i]));
}
