using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace OneCountry.Model.Engine;

/// <summary>
/// Declares a policy lever on the property that holds it: name (snake_case), meaning, unit,
/// default and range. The property's type says the kind: <c>bool</c> an on/off switch (on from
/// 0.5), an enum a categorical lever (its values, in snake_case, are the names a scenario
/// writes), <c>double</c> a quantity. The declaration's line orders the levers.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class LeverAttribute(string name, string meaning, string unit, double @default, double min, double max,
    [CallerLineNumber] int line = 0) : DeclarationAttribute(name, meaning, unit, @default, min, max, line);

/// <summary>Reads declared levers off their class and sets their values from numbers.</summary>
public static class LeverBinding
{
    /// <summary>The declared levers of <paramref name="type"/> in their order of declaration.</summary>
    public static IReadOnlyList<(LeverAttribute Declaration, PropertyInfo Property)> Declared(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Declaration: p.GetCustomAttribute<LeverAttribute>(), Property: p))
            .Where(x => x.Declaration is not null)
            .Select(x => (Declaration: x.Declaration!, x.Property))
            .OrderBy(x => x.Declaration.Line)
            .ToArray();

    /// <summary>One setter per declared lever of <typeparamref name="T"/>, in order, taking the lever's number.</summary>
    public static Action<T, double>[] Setters<T>() => Declared(typeof(T)).Select(x => Setter<T>(x.Property)).ToArray();

    private static Action<T, double> Setter<T>(PropertyInfo p)
    {
        var set = p.SetMethod ?? throw new InvalidOperationException($"lever {p.Name} has no setter");
        if (p.PropertyType == typeof(double))
        {
            var d = set.CreateDelegate<Action<T, double>>();
            return d;
        }
        if (p.PropertyType == typeof(bool))
        {
            var b = set.CreateDelegate<Action<T, bool>>();
            return (target, v) => b(target, v >= 0.5);
        }
        if (p.PropertyType.IsEnum)
        {
            var type = p.PropertyType;
            return (target, v) => p.SetValue(target, Enum.ToObject(type, (int)Math.Round(v)));
        }
        throw new InvalidOperationException($"lever {p.Name} has type {p.PropertyType.Name}: levers are double, bool or an enum");
    }

    /// <summary>The snake_case names of an enum's values, in value order (UnitedFront → united_front).</summary>
    public static IReadOnlyList<string> CategoryNames(Type enumType) =>
        Enum.GetValues(enumType).Cast<object>().OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))
            .Select(v => Snake(v.ToString()!)).ToArray();

    private static string Snake(string pascal)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
