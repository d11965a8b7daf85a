using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Engine;

namespace OneCountry.Scenarios;

/// <summary>
/// One input set from outside a scenario file: a parameter (<c>name=value</c>) or a lever from a
/// month on (<c>lever@YYYY-MM=value</c>), as <c>--set</c> writes it and as the columns of an
/// experiment's design name them. A lever set from a month replaces the scenario's own entries for
/// that lever from that month on, as an entry of a scenario that extends another does; its earlier
/// entries and the other levers stay.
/// </summary>
/// <param name="Name">The parameter or lever.</param>
/// <param name="From">For a lever, the month it takes the value from; null for a parameter.</param>
/// <param name="Value">The value (a switch 0 or 1, a category its index).</param>
public sealed record InputAssignment(string Name, Month? From, double Value)
{
    /// <summary>The column or <c>--set</c> name: <c>name</c> or <c>lever@YYYY-MM</c>.</summary>
    public string Key => From is { } m ? $"{Name}@{m}" : Name;

    public bool IsLever => From is not null;

    /// <summary>Whether it sets how a revolutionary window ends (<c>window:NAME</c>).</summary>
    public bool IsWindow => Name.StartsWith(InputTarget.WindowPrefix, StringComparison.Ordinal);

    /// <summary>The value as it would be written back (a switch true/false, a category its name, else the number, round-trip).</summary>
    public string ValueText => InputTarget.Of(Name, From).Format(Value);

    public override string ToString() => $"{Key}={ValueText}";
}

/// <summary>What an input name refers to: a parameter (<c>name</c>), a lever from a month
/// (<c>lever@YYYY-MM</c>) or how a revolutionary window ends (<c>window:NAME</c>, its values
/// <see cref="WindowValues"/>), with how its values are read and checked.</summary>
public sealed record InputTarget(string Name, Month? From, ParameterSpec? Parameter, LeverSpec? Lever)
{
    public const string WindowPrefix = "window:";

    /// <summary>The values of a window input: draw (no imposed outcome: the world decides, recorded
    /// or drawn), or the outcome imposed at the window's end.</summary>
    public static readonly IReadOnlyList<string> WindowValues = ["draw", "victory", "defeat", "fascist_victory"];

    public string Key => From is { } m ? $"{Name}@{m}" : Name;

    public bool IsWindow => Name.StartsWith(WindowPrefix, StringComparison.Ordinal);

    /// <summary>The window's name, for a window input.</summary>
    public string? Window => IsWindow ? Name[WindowPrefix.Length..] : null;

    /// <summary>The kind of its values: "number", "switch" or "category".</summary>
    public string ValueKind => Lever is { IsSwitch: true } ? "switch" : Categories is not null ? "category" : "number";

    /// <summary>The names of a categorical input's values 0, 1, 2, …</summary>
    public IReadOnlyList<string>? Categories => IsWindow ? WindowValues : Lever?.Categories;

    public double Min => IsWindow ? 0 : Parameter?.Min ?? Lever!.Min;
    public double Max => IsWindow ? WindowValues.Count - 1 : Parameter?.Max ?? Lever!.Max;

    /// <summary>The target named <paramref name="key"/>, or null with <paramref name="error"/> saying why not.</summary>
    public static InputTarget? Parse(string key, out string? error)
    {
        error = null;
        if (key.StartsWith(WindowPrefix, StringComparison.Ordinal))
        {
            string window = key[WindowPrefix.Length..];
            if (window.Length == 0 || !window.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                error = $"'{Clip(window)}' is not a window's name (such as germany_1923: lower case, digits and _)";
                return null;
            }
            return new InputTarget(key, null, null, null);
        }
        int at = key.IndexOf('@');
        if (at < 0)
        {
            if (ParameterRegistry.TryIndex(key, out var pi)) return new InputTarget(key, null, ParameterRegistry.All[pi], null);
            error = LeverRegistry.TryIndex(key, out _)
                ? $"'{Clip(key)}' is a lever: give the month it is set from, as {key}@YYYY-MM"
                : $"unknown parameter '{Clip(key)}'{ScenarioLoader.Suggest(key, ParameterRegistry.All.Select(p => p.Name))}; 'onecountry params' lists them (a lever is written lever@YYYY-MM)";
            return null;
        }
        string lever = key[..at], date = key[(at + 1)..];
        if (!LeverRegistry.TryIndex(lever, out var li))
        {
            error = ParameterRegistry.TryIndex(lever, out _)
                ? $"'{Clip(lever)}' is a parameter: it holds for the whole run, so it takes no month (write {lever}=VALUE)"
                : $"unknown lever '{Clip(lever)}'{ScenarioLoader.Suggest(lever, LeverRegistry.All.Select(l => l.Name))}; levers: {string.Join(", ", LeverRegistry.All.Select(l => l.Name))}";
            return null;
        }
        if (date.Length != 7 || !Month.TryParse(date, out var month))
        {
            error = $"'{Clip(date)}' is not a month: write {lever}@YYYY-MM, for example {lever}@1928-01";
            return null;
        }
        return new InputTarget(lever, month, null, LeverRegistry.All[li]);
    }

    /// <summary>Reads <paramref name="text"/> as a value of this target and checks it against the
    /// registry's range or the lever's categories; null with <paramref name="error"/> when it is not one.</summary>
    public double? Read(string text, out string? error)
    {
        error = null;
        string t = text.Trim();
        if (Lever is { IsSwitch: true })
        {
            switch (t.ToLowerInvariant())
            {
                case "true" or "on" or "yes" or "1": return 1;
                case "false" or "off" or "no" or "0": return 0;
                default: error = $"'{Clip(t)}' is not a switch; expected true or false (on/off)"; return null;
            }
        }
        if (Categories is { } cats)
        {
            for (int i = 0; i < cats.Count; i++) if (cats[i] == t) return i;
            error = $"'{Clip(t)}' is not allowed{ScenarioLoader.Suggest(t, cats)}; expected one of {string.Join(", ", cats)}";
            return null;
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            error = $"'{Clip(t)}' is not a number";
            return null;
        }
        return Check(v, out error);
    }

    /// <summary>A number checked against the range (and, for a switch or category, wholeness).</summary>
    public double? Check(double v, out string? error)
    {
        error = null;
        string unit = Parameter?.Unit ?? Lever?.Unit ?? "";
        if (!(v >= Min && v <= Max))
        {
            error = $"{Format(v)} is outside the range of {Name}, {Format(Min)} to {Format(Max)}{(unit.Length > 0 ? $" ({unit})" : "")}";
            return null;
        }
        if (ValueKind != "number" && v != Math.Floor(v))
        {
            error = $"{Format(v)} is not a whole number: {Name} is a {ValueKind}";
            return null;
        }
        return v;
    }

    /// <summary>A value as written back: a switch true/false, a category its name, else the number (round-trip).</summary>
    public string Format(double v) =>
        Lever is { IsSwitch: true } ? (v != 0 ? "true" : "false")
        : Categories is { } cats && v == Math.Floor(v) && v >= 0 && v < cats.Count ? cats[(int)v]
        : v.ToString("R", CultureInfo.InvariantCulture);

    public static InputTarget Of(string name, Month? from) =>
        name.StartsWith(WindowPrefix, StringComparison.Ordinal) ? new InputTarget(name, null, null, null)
        : from is { } m ? new InputTarget(name, m, null, LeverRegistry.All[LeverRegistry.Index(name)])
                      : new InputTarget(name, null, ParameterRegistry.Get(name), null);

    internal static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";
}

/// <summary>A <c>--set</c> or design input that cannot be used; the message says which and why.</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>Reads <c>--set</c> assignments and applies inputs to a scenario.</summary>
public static class InputAssignments
{
    /// <summary>One <c>name=value</c> or <c>lever@YYYY-MM=value</c>.</summary>
    /// <exception cref="InputException">the text is not an assignment, names nothing known, or its value is out of range.</exception>
    public static InputAssignment Parse(string text)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0) throw new InputException($"--set {InputTarget.Clip(text)}: write name=value for a parameter, lever@YYYY-MM=value for a lever or window:NAME=outcome for a window");
        string key = text[..eq].Trim(), value = text[(eq + 1)..];
        var target = InputTarget.Parse(key, out var error) ?? throw new InputException($"--set {InputTarget.Clip(text)}: {error}");
        double v = target.Read(value, out error) ?? throw new InputException($"--set {InputTarget.Clip(text)}: {error}");
        return new InputAssignment(target.Name, target.From, v);
    }

    /// <summary>Every assignment; the same name twice is an error.</summary>
    public static IReadOnlyList<InputAssignment> Parse(IEnumerable<string>? texts)
    {
        var list = (texts ?? []).Select(Parse).ToList();
        var twice = list.GroupBy(a => a.Key).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InputException($"--set {twice.Key} is given {twice.Count()} times; give it once");
        return list;
    }

    /// <summary>The scenario with the inputs applied: a parameter's value replaces the scenario's;
    /// a lever from a month replaces the scenario's entries for that lever from that month on.</summary>
    /// <exception cref="InputException">a lever's month lies outside the scenario's span.</exception>
    public static Scenario Apply(Scenario scenario, IReadOnlyList<InputAssignment> inputs)
    {
        if (inputs.Count == 0) return scenario;
        var parameters = new Dictionary<string, double>(scenario.ParameterOverrides);
        var changes = scenario.Policy.Changes.ToList();
        var windows = scenario.Windows.ToList();
        foreach (var a in inputs.Where(a => a.IsWindow))
        {
            string name = a.Name[InputTarget.WindowPrefix.Length..];
            int i = windows.FindIndex(w => w.Name == name);
            if (i < 0) throw new InputException($"{a}: {scenario.Name} has no window '{name}'{ScenarioLoader.Suggest(name, windows.Select(w => w.Name))}; its windows: {string.Join(", ", windows.Select(w => w.Name))}");
            windows[i] = windows[i] with { Forced = a.Value == 0 ? null : (Model.World.WindowOutcome)(int)a.Value };
        }
        // Levers in month order, so that a later month's entry is not removed by an earlier one's.
        foreach (var a in inputs.Where(a => !a.IsWindow).OrderBy(a => a.From?.Index ?? int.MinValue))
        {
            if (a.From is not { } from) { parameters[a.Name] = a.Value; continue; }
            if (from < scenario.Start || from > scenario.End)
                throw new InputException($"{a.Key}: {from} lies outside the span of {scenario.Name}, {scenario.Start} to {scenario.End}");
            changes.RemoveAll(c => c.Lever == a.Name && c.Month >= from);
            changes.Add(new PolicyChange(from, a.Name, a.Value, $"set from outside the scenario ({a})"));
        }
        return scenario with { ParameterOverrides = parameters, Policy = new PolicyTimeline(changes), Windows = windows };
    }
}
