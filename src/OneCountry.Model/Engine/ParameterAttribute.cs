using System.Reflection;
using System.Runtime.CompilerServices;

namespace OneCountry.Model.Engine;

/// <summary>
/// Declares a model parameter on the property that holds it: group, name (snake_case), meaning,
/// unit, default, plausible range and source. The property is the declaration; a registry reads
/// the attributes (<see cref="ParameterBinding.Declared"/>), so a parameter is written in one
/// place. The declaration's line orders the parameters within their group.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ParameterAttribute(string group, string name, string meaning, string unit, double @default, double min, double max,
    string source, [CallerLineNumber] int line = 0) : DeclarationAttribute(name, meaning, unit, @default, min, max, line)
{
    public string Group { get; } = group;
    public string Source { get; } = source;
}

/// <summary>What a declared parameter and a declared lever have in common: name, meaning, unit,
/// default, range, and the line of the declaration, which orders them.</summary>
public abstract class DeclarationAttribute(string name, string meaning, string unit, double @default, double min, double max, int line) : Attribute
{
    public string Name { get; } = name;
    public string Meaning { get; } = meaning;
    public string Unit { get; } = unit;
    public double Default { get; } = @default;
    public double Min { get; } = min;
    public double Max { get; } = max;
    public int Line { get; } = line;
}

/// <summary>Reads declared parameters off their classes and sets their values.</summary>
public static class ParameterBinding
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance;

    /// <summary>The declared parameters of <paramref name="types"/>, ordered by
    /// <paramref name="groupOrder"/> and then by their line in the source.</summary>
    public static IReadOnlyList<(ParameterAttribute Declaration, PropertyInfo Property)> Declared(IReadOnlyList<string> groupOrder, params Type[] types)
    {
        var declared = types.SelectMany(t => t.GetProperties(Instance))
            .Select(p => (Declaration: p.GetCustomAttribute<ParameterAttribute>(), Property: p))
            .Where(x => x.Declaration is not null)
            .Select(x => (Declaration: x.Declaration!, x.Property))
            .ToList();
        var unknown = declared.Select(x => x.Declaration.Group).Distinct().Except(groupOrder).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"parameter groups missing from the group order: {string.Join(", ", unknown)}");
        return declared.OrderBy(x => IndexOf(groupOrder, x.Declaration.Group)).ThenBy(x => x.Declaration.Line).ToArray();
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }

    /// <summary>Sets every declared parameter of <paramref name="target"/> to <paramref name="value"/> of its name.</summary>
    public static void Bind(object target, Func<string, double> value)
    {
        foreach (var p in Properties(target.GetType()))
            p.Property.SetValue(target, value(p.Name));
    }

    private static readonly ConditionalWeakTable<Type, (string Name, PropertyInfo Property)[]> Cache = new();

    private static (string Name, PropertyInfo Property)[] Properties(Type type) =>
        Cache.GetValue(type, t => t.GetProperties(Instance)
            .Select(p => (p.GetCustomAttribute<ParameterAttribute>()?.Name, p))
            .Where(x => x.Name is not null)
            .Select(x => (x.Name!, x.p))
            .ToArray());
}
