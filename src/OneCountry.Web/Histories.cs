using System.Globalization;
using System.Text;
using OneCountry.Experiments;
using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.World;
using OneCountry.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneCountry.Web;

/// <summary>One lever change a student makes on the timeline: from <see cref="Date"/> (YYYY-MM) on,
/// <see cref="Lever"/> takes <see cref="Value"/> (a number, on/off for a switch, a category's name).</summary>
public sealed record LeverEdit(string Date, string Lever, string Value, string? Note = null);

/// <summary>A revolutionary window's ending: victory, defeat, fascist_victory, or draw (open: the hazard model decides), optionally when.</summary>
public sealed record WindowEdit(string Name, string Outcome, string? Date = null);

/// <summary>A history built in the browser: a shipped scenario to start from and the changes made to it.</summary>
public sealed record HistorySpec
{
    public string Base { get; init; } = "historical";
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<LeverEdit> Levers { get; init; } = [];
    public IReadOnlyList<WindowEdit> Windows { get; init; } = [];
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();
}

/// <summary>A scenario the server accepted: its YAML text (what a student downloads), the scenario
/// and, when the YAML has only what the builder can show, the builder's state.</summary>
public sealed record AcceptedHistory(string Yaml, Scenario Scenario, HistorySpec? Spec, IReadOnlyList<ScenarioError> Warnings);

/// <summary>
/// Turns a history built in the browser into scenario YAML, and validates YAML (built or uploaded)
/// with the scenario loader — the same messages as <c>onecountry validate</c>. Nothing a client sends
/// is used as a path: the text is parsed in memory under a fixed name inside the shipped scenarios
/// folder, <c>extends</c> may name only a shipped scenario and <c>recorded_weather</c> (a file) is
/// refused, so that a scenario can read no file but the shipped ones.
/// </summary>
public sealed class Histories
{
    /// <summary>The name errors in a built history are reported under.</summary>
    public const string BuiltName = "your-history.yaml";
    public const string Baseline = "historical";

    private readonly HashSet<string> _shipped;
    private readonly Scenario _baseline;

    public Histories(IEnumerable<string> shipped, Scenario baseline)
    {
        _shipped = new HashSet<string>(shipped, StringComparer.Ordinal);
        _baseline = baseline;
    }

    public IReadOnlySet<string> Shipped => _shipped;

    /// <summary>The YAML of a built history (not yet validated; <see cref="Accept"/> does that).</summary>
    public static string ToYaml(HistorySpec spec)
    {
        var y = new StringBuilder();
        y.Append("# Built in the OneCountry classroom (onecountry serve), starting from ").Append(spec.Base).Append(".\n");
        y.Append("# Run it with: onecountry compare historical this-file.yaml\n");
        y.Append("name: ").Append(Quote(string.IsNullOrWhiteSpace(spec.Name) ? "my-history" : spec.Name!)).Append('\n');
        y.Append("description: ").Append(Quote(string.IsNullOrWhiteSpace(spec.Description) ? $"{spec.Base} with the changes made in the classroom" : spec.Description!)).Append('\n');
        y.Append("extends: ").Append(Quote(spec.Base)).Append('\n');
        if (spec.Parameters.Count > 0)
        {
            y.Append("\nparameters:\n");
            foreach (var (name, value) in spec.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
                y.Append("  ").Append(Key(name)).Append(": ").Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
        if (spec.Levers.Count > 0)
        {
            y.Append("\npolicy:\n");
            foreach (var group in spec.Levers.GroupBy(l => l.Date).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                y.Append("  - date: ").Append(Quote(group.Key)).Append('\n');
                string note = string.Join("; ", group.Select(l => l.Note).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct());
                y.Append("    note: ").Append(Quote(note.Length > 0 ? note : "Changed in the classroom: " + string.Join(", ", group.Select(l => $"{l.Lever} {l.Value}")))).Append('\n');
                y.Append("    set:\n");
                foreach (var l in group) y.Append("      ").Append(Key(l.Lever)).Append(": ").Append(Quote(l.Value, bare: true)).Append('\n');
            }
        }
        if (spec.Windows.Count > 0)
        {
            y.Append("\nwindows:\n");
            foreach (var w in spec.Windows)
            {
                y.Append("  - name: ").Append(Quote(w.Name)).Append('\n');
                y.Append("    outcome: ").Append(Quote(w.Outcome)).Append('\n');
                if (!string.IsNullOrWhiteSpace(w.Date)) y.Append("    outcome_date: ").Append(Quote(w.Date!)).Append('\n');
            }
        }
        return y.ToString();
    }

    /// <summary>A built history: the base must be a shipped scenario, then its YAML is validated as any upload.</summary>
    /// <exception cref="ScenarioException">with every problem, file <see cref="BuiltName"/>.</exception>
    public AcceptedHistory Accept(HistorySpec spec)
    {
        if (!_shipped.Contains(spec.Base))
            throw new ScenarioException([new ScenarioError(BuiltName, 0, 0, "extends",
                $"'{Clip(spec.Base)}' is not a shipped scenario; start from one of: {string.Join(", ", _shipped.Order(StringComparer.Ordinal))}")]);
        var accepted = Accept(ToYaml(spec), BuiltName);
        return accepted with { Spec = spec };
    }

    /// <summary>Validates scenario YAML sent by a client, under <paramref name="displayName"/>
    /// (a name for the messages only). Throws <see cref="ScenarioException"/> with file, line,
    /// column and field of every problem.</summary>
    public AcceptedHistory Accept(string yaml, string displayName)
    {
        displayName = DisplayName(displayName);
        if (Encoding.UTF8.GetByteCount(yaml) > ScenarioLoader.MaxFileBytes)
            throw new ScenarioException([new ScenarioError(displayName, 0, 0, "", $"a scenario may have at most {ScenarioLoader.MaxFileBytes} bytes")]);
        var screened = Screen(yaml, displayName);
        // Parsed under a fixed name in the shipped folder, so that 'extends: historical' finds the shipped file and nothing else.
        string virtualPath = Path.Combine(Path.GetFullPath(ScenarioLoader.ShippedFolder), BuiltName);
        Scenario scenario;
        try { scenario = ScenarioLoader.Parse(yaml, virtualPath); }
        catch (ScenarioException e) { throw new ScenarioException(e.Errors.Select(x => Rename(x, virtualPath, displayName)).ToList()); }
        var errors = new List<ScenarioError>();
        if (scenario.Start != _baseline.Start || scenario.End != _baseline.End)
            errors.Add(new ScenarioError(displayName, screened.SpanLine, screened.SpanColumn, "start",
                $"the classroom compares with {Baseline} over its whole span; a history must run from {_baseline.Start} to {_baseline.End} (this one: {scenario.Start} to {scenario.End})"));
        if (errors.Count > 0) throw new ScenarioException(errors);
        if (scenario.Name == _baseline.Name) scenario = scenario with { Name = scenario.Name + " (yours)" };
        scenario = scenario with { SourcePath = displayName };
        return new AcceptedHistory(yaml, scenario, screened.Spec, scenario.Warnings.Select(x => Rename(x, virtualPath, displayName)).ToList());
    }

    private sealed record Screened(HistorySpec? Spec, int SpanLine, int SpanColumn);

    /// <summary>The checks before the loader sees the text: only shipped scenarios may be extended
    /// and no file may be named. When the YAML is malformed the loader reports it (line and column).
    /// Reads back the builder's state when the file holds only what the builder makes.</summary>
    private Screened Screen(string yaml, string displayName)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (Exception e) when (e is YamlException or InvalidOperationException) { return new Screened(null, 0, 0); }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return new Screened(null, 0, 0);
        var errors = new List<ScenarioError>();
        ScenarioError At(YamlNode node, string field, string message) => new(displayName, (int)node.Start.Line, (int)node.Start.Column, field, message);
        string? extends = null;
        int spanLine = (int)root.Start.Line, spanColumn = (int)root.Start.Column;
        foreach (var (k, v) in root.Children)
        {
            if (k is not YamlScalarNode { Value: { } key }) continue;
            if (key == "extends")
            {
                extends = (v as YamlScalarNode)?.Value;
                if (extends is null || !_shipped.Contains(extends))
                    errors.Add(At(v, "extends", $"in the classroom a scenario may extend only a shipped scenario ({string.Join(", ", _shipped.Order(StringComparer.Ordinal))}), named without a path"));
            }
            else if (key == "recorded_weather")
                errors.Add(At(k, "recorded_weather", "names a file; in the classroom a scenario may not read files (extend a shipped scenario to use its recorded world)"));
            else if (key == "start") (spanLine, spanColumn) = ((int)k.Start.Line, (int)k.Start.Column);
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new Screened(extends is null ? null : ReadSpec(root, extends), spanLine, spanColumn);
    }

    /// <summary>The builder's state for a file that has only name, description, extends,
    /// parameters, policy (date/note/set) and windows (name/outcome/outcome_date); null otherwise.</summary>
    private static HistorySpec? ReadSpec(YamlMappingNode root, string extends)
    {
        string? name = null, description = null;
        var levers = new List<LeverEdit>();
        var windows = new List<WindowEdit>();
        var parameters = new Dictionary<string, double>();
        static string? S(YamlNode n) => (n as YamlScalarNode)?.Value;
        foreach (var (k, v) in root.Children)
        {
            switch (S(k))
            {
                case "name": name = S(v); break;
                case "description": description = S(v); break;
                case "extends": break;
                case "parameters":
                    if (v is not YamlMappingNode pm) return null;
                    foreach (var (pk, pv) in pm.Children)
                    {
                        if (S(pk) is not { } p || !double.TryParse(S(pv), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)) return null;
                        parameters[p] = x;
                    }
                    break;
                case "policy":
                    if (v is not YamlSequenceNode ps) return null;
                    foreach (var item in ps.Children)
                    {
                        if (item is not YamlMappingNode e) return null;
                        string? date = null, note = null;
                        YamlMappingNode? set = null;
                        foreach (var (ek, ev) in e.Children)
                            switch (S(ek))
                            {
                                case "date": date = S(ev); break;
                                case "note": note = S(ev); break;
                                case "set": set = ev as YamlMappingNode; break;
                                default: return null;
                            }
                        if (date is null || set is null) return null;
                        foreach (var (sk, sv) in set.Children)
                        {
                            if (S(sk) is not { } lever || S(sv) is not { } value) return null;
                            levers.Add(new LeverEdit(date, lever, value, note is { } n && n.StartsWith("Changed in the classroom", StringComparison.Ordinal) ? null : note));
                        }
                    }
                    break;
                case "windows":
                    if (v is not YamlSequenceNode ws) return null;
                    foreach (var item in ws.Children)
                    {
                        if (item is not YamlMappingNode e) return null;
                        string? wname = null, outcome = null, date = null;
                        foreach (var (ek, ev) in e.Children)
                            switch (S(ek))
                            {
                                case "name": wname = S(ev); break;
                                case "outcome": outcome = S(ev); break;
                                case "outcome_date": date = S(ev); break;
                                default: return null;
                            }
                        if (wname is null || outcome is null) return null;
                        windows.Add(new WindowEdit(wname, outcome, date));
                    }
                    break;
                default: return null;
            }
        }
        return new HistorySpec { Base = extends, Name = name, Description = description, Levers = levers, Windows = windows, Parameters = parameters };
    }

    private static ScenarioError Rename(ScenarioError e, string virtualPath, string displayName) =>
        e with { File = e.File == virtualPath ? displayName : Path.GetFileName(e.File), Message = e.Message.Replace(virtualPath, displayName, StringComparison.Ordinal) };

    /// <summary>A client's file name, for messages only: its last segment, letters, digits and <c>._-</c>, at most 80 characters.</summary>
    public static string DisplayName(string? name)
    {
        string last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var clean = new string(last.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-').Take(80).ToArray()).TrimStart('.');
        return clean.Length == 0 ? "upload.yaml" : clean;
    }

    private static string Key(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : Quote(name);

    /// <summary>A YAML scalar: bare when it is a plain word or number (<paramref name="bare"/>: numbers and category names), else double-quoted with escapes.</summary>
    private static string Quote(string text, bool bare = false)
    {
        if (bare && text.Length > 0 && text.Length < 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')) return text;
        var q = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\') q.Append('\\').Append(c);
            else if (c < ' ') q.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else q.Append(c);
        }
        return q.Append('"').ToString();
    }

    private static string Clip(string? s) => s is null ? "" : s.Length > 60 ? s[..60] + "…" : s;
}
