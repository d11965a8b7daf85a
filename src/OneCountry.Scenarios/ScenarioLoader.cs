using System.Globalization;
using System.Security.Cryptography;
using OneCountry.Model.Countryside;
using OneCountry.Model.Simulation;
using OneCountry.Model.World;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneCountry.Scenarios;

/// <summary>
/// Reads a scenario from YAML and validates every field against the model's registries
/// (parameters, levers, zones, countries). Every problem is reported with file, line, column and
/// the field's path, together with what is allowed; unknown keys and names are errors, never
/// ignored. The YAML is read as a node tree (not deserialized into objects) so that every value
/// keeps its position.
/// </summary>
public static class ScenarioLoader
{
    public const double MinScale = 1, MaxScale = 1_000_000;

    private static readonly string[] TopKeys = ["name", "description", "start", "end", "seed", "scale", "parameters", "policy", "events"];
    private static readonly string[] PolicyKeys = ["date", "set", "note"];
    private static readonly string[] EventTypes = ["drought", "weather", "war_scare", "annexation"];
    private static readonly string[] DroughtKeys = ["date", "type", "zones", "severity", "note"];
    private static readonly string[] WarScareKeys = ["date", "type", "country", "months", "intensity", "note"];
    private static readonly string[] AnnexationKeys = ["date", "type", "zones", "population", "urban_share", "note"];

    public static Scenario LoadFile(string path)
    {
        if (!File.Exists(path))
            throw new ScenarioException([new ScenarioError(path, 0, 0, "", "file not found")]);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException([new ScenarioError(path, 0, 0, "", $"cannot read the file: {e.Message}")]);
        }
        string text = new System.Text.UTF8Encoding(false).GetString(bytes);
        return Parse(text, path, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    public static Scenario Parse(string yaml, string fileName, string? sha256 = null)
    {
        sha256 ??= Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yaml))).ToLowerInvariant();
        var ctx = new Context(fileName);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException e)
        {
            string msg = e.InnerException?.Message ?? e.Message;
            throw new ScenarioException([new ScenarioError(fileName, (int)e.Start.Line, (int)e.Start.Column, "", $"malformed YAML: {Trim(msg)}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; find the
            // last token it could read to say where.
            var (line, column) = LastReadablePosition(yaml);
            throw new ScenarioException([new ScenarioError(fileName, line, column, "", "malformed YAML: cannot be parsed after this point (an unclosed '[', '{' or quote?)")]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ScenarioException([new ScenarioError(fileName, 1, 1, "", "a scenario must be a YAML mapping with at least 'name', 'start' and 'end'")]);
        if (stream.Documents.Count > 1)
            ctx.Error(stream.Documents[1].RootNode, "", "a scenario file holds one YAML document");

        var fields = ctx.Mapping(root, "", TopKeys);
        string name = ctx.RequiredString(fields, root, "name") ?? "";
        string description = fields.TryGetValue("description", out var d) ? ctx.String(d, "description") ?? "" : "";
        Month? start = ctx.RequiredMonth(fields, root, "start");
        Month? end = ctx.RequiredMonth(fields, root, "end");
        if (start is { } s0 && end is { } e0 && e0 < s0)
            ctx.Error(fields["end"], "end", $"the end ({e0}) is before the start ({s0})");

        ulong seed = 1;
        if (fields.TryGetValue("seed", out var seedNode))
        {
            var text = ctx.Scalar(seedNode, "seed");
            if (text is not null && !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
                ctx.Error(seedNode, "seed", $"'{text}' is not a whole number from 0 to {ulong.MaxValue}");
        }
        double scale = 1000;
        if (fields.TryGetValue("scale", out var scaleNode))
            scale = ctx.Number(scaleNode, "scale", MinScale, MaxScale) ?? scale;

        var overrides = new Dictionary<string, double>();
        if (fields.TryGetValue("parameters", out var paramsNode) && ctx.AsMapping(paramsNode, "parameters") is { } pm)
        {
            foreach (var (keyNode, valueNode) in pm.Children)
            {
                string key = ((YamlScalarNode)keyNode).Value ?? "";
                string field = $"parameters.{key}";
                if (!ParameterRegistry.TryIndex(key, out var idx))
                {
                    ctx.Error(keyNode, field, $"unknown parameter '{key}'{Suggest(key, ParameterRegistry.All.Select(p => p.Name))}; 'onecountry params' lists them");
                    continue;
                }
                var spec = ParameterRegistry.All[idx];
                if (ctx.Number(valueNode, field, spec.Min, spec.Max, spec.Unit) is { } v) overrides[key] = v;
            }
        }

        var changes = new List<PolicyChange>();
        if (fields.TryGetValue("policy", out var policyNode) && ctx.AsSequence(policyNode, "policy") is { } ps)
        {
            for (int i = 0; i < ps.Children.Count; i++)
            {
                string path = $"policy[{i}]";
                if (ctx.AsMapping(ps.Children[i], path) is not { } item) continue;
                var f = ctx.Mapping(item, path, PolicyKeys);
                Month? date = ctx.RequiredMonth(f, item, "date", path);
                string? note = f.TryGetValue("note", out var n) ? ctx.String(n, $"{path}.note") : null;
                if (date is { } dm && end is { } em && dm > em)
                    ctx.Error(f["date"], $"{path}.date", $"the change ({dm}) comes after the scenario's end ({em})");
                if (!f.TryGetValue("set", out var setNode)) { ctx.Error(item, $"{path}.set", "missing: each policy change sets at least one lever"); continue; }
                if (ctx.AsMapping(setNode, $"{path}.set") is not { } set) continue;
                if (set.Children.Count == 0) ctx.Error(setNode, $"{path}.set", "empty: name at least one lever");
                foreach (var (keyNode, valueNode) in set.Children)
                {
                    string lever = ((YamlScalarNode)keyNode).Value ?? "";
                    string field = $"{path}.set.{lever}";
                    if (!LeverRegistry.TryIndex(lever, out var li))
                    {
                        ctx.Error(keyNode, field, $"unknown lever '{lever}'{Suggest(lever, LeverRegistry.All.Select(l => l.Name))}; levers: {string.Join(", ", LeverRegistry.All.Select(l => l.Name))}");
                        continue;
                    }
                    var spec = LeverRegistry.All[li];
                    double? value = spec.IsSwitch ? ctx.Switch(valueNode, field) : ctx.Number(valueNode, field, spec.Min, spec.Max, spec.Unit);
                    if (value is { } v && date is { } dd) changes.Add(new PolicyChange(dd, lever, v, note));
                }
            }
        }

        var events = new List<ScheduledEvent>();
        if (fields.TryGetValue("events", out var eventsNode) && ctx.AsSequence(eventsNode, "events") is { } es)
        {
            for (int i = 0; i < es.Children.Count; i++)
            {
                string path = $"events[{i}]";
                if (ctx.AsMapping(es.Children[i], path) is not { } item) continue;
                var typeNode = item.Children.FirstOrDefault(kv => ((YamlScalarNode)kv.Key).Value == "type").Value;
                string? type = typeNode is null ? null : ctx.Scalar(typeNode, $"{path}.type");
                if (typeNode is null) { ctx.Error(item, $"{path}.type", $"missing: one of {string.Join(", ", EventTypes)}"); continue; }
                if (type is null) continue;
                if (!EventTypes.Contains(type)) { ctx.Error(typeNode, $"{path}.type", $"unknown event type '{type}'; allowed: {string.Join(", ", EventTypes)}"); continue; }
                var f = ctx.Mapping(item, path, type switch { "war_scare" => WarScareKeys, "annexation" => AnnexationKeys, _ => DroughtKeys });
                Month? date = ctx.RequiredMonth(f, item, "date", path);
                if (date is { } dm && start is { } sm && end is { } em && (dm < sm || dm > em))
                    ctx.Error(f["date"], $"{path}.date", $"the event ({dm}) lies outside the scenario's span {sm} to {em}");
                string? note = f.TryGetValue("note", out var n) ? ctx.String(n, $"{path}.note") : null;
                if (type is "drought" or "weather" or "annexation")
                {
                    var zones = new List<int>();
                    if (!f.TryGetValue("zones", out var zn)) ctx.Error(item, $"{path}.zones", $"missing: a list of zones from {string.Join(", ", Zones.All.Select(z => z.Name))}");
                    else if (ctx.AsSequence(zn, $"{path}.zones") is { } zs)
                    {
                        for (int j = 0; j < zs.Children.Count; j++)
                        {
                            string? zname = ctx.Scalar(zs.Children[j], $"{path}.zones[{j}]");
                            if (zname is null) continue;
                            int zi = Zones.IndexOf(zname);
                            if (zi < 0) ctx.Error(zs.Children[j], $"{path}.zones[{j}]", $"unknown zone '{zname}'{Suggest(zname, Zones.All.Select(z => z.Name))}; zones: {string.Join(", ", Zones.All.Select(z => z.Name))}");
                            else zones.Add(zi);
                        }
                        if (zs.Children.Count == 0) ctx.Error(zn, $"{path}.zones", "empty: name at least one zone");
                    }
                    if (type == "annexation")
                    {
                        double? population = f.TryGetValue("population", out var pn) ? ctx.Number(pn, $"{path}.population", 1e4, 5e7, "persons") : null;
                        if (!f.ContainsKey("population")) ctx.Error(item, $"{path}.population", "missing: the people of the territory (persons, 10,000 to 50 million)");
                        double urbanShare = f.TryGetValue("urban_share", out var us) ? ctx.Number(us, $"{path}.urban_share", 0, 0.9, "share") ?? 0 : 0.2;
                        if (date is { } ad && population is { } pop)
                            events.Add(new ScheduledEvent(ad, EventKind.Annexation, pop, 0, zones, null, note) { UrbanShare = urbanShare });
                        continue;
                    }
                    double? severity = f.TryGetValue("severity", out var sv) ? ctx.Number(sv, $"{path}.severity", 0.05, 2.0, "harvest factor") : null;
                    if (!f.ContainsKey("severity")) ctx.Error(item, $"{path}.severity", "missing: the harvest factor in the zones (0.05 to 2, 1 = normal)");
                    if (date is { } dd && severity is { } sev) events.Add(new ScheduledEvent(dd, EventKind.Drought, sev, 0, zones, null, note));
                }
                else
                {
                    string? country = null;
                    if (!f.TryGetValue("country", out var cn)) ctx.Error(item, $"{path}.country", "missing: the country that threatens war");
                    else if ((country = ctx.Scalar(cn, $"{path}.country")) is { } c && !Countries.IsKnown(c))
                    {
                        ctx.Error(cn, $"{path}.country", $"unknown country '{c}'{Suggest(c, Countries.All)}; countries: {string.Join(", ", Countries.All)}");
                        country = null;
                    }
                    int months = 6;
                    if (f.TryGetValue("months", out var mn) && ctx.Number(mn, $"{path}.months", 1, 36, "months") is { } mv)
                    {
                        if (mv != Math.Floor(mv)) ctx.Error(mn, $"{path}.months", $"'{mv}' is not a whole number of months");
                        months = (int)mv;
                    }
                    double intensity = f.TryGetValue("intensity", out var iv) ? ctx.Number(iv, $"{path}.intensity", 0, 3, "ratio") ?? 1 : 1;
                    if (date is { } dd && country is not null) events.Add(new ScheduledEvent(dd, EventKind.WarScare, intensity, months, [], country, note));
                }
            }
        }

        if (start is { } st && (st.Year < 1921 || st.Year > Month.LatestYear))
            ctx.Error(fields["start"], "start", $"{st} is outside the model's span: the countryside is initialised for 1921, runs may start from 1921-01 and end by {Month.LatestYear}-12");
        if (end is { } en && en.Year > Month.LatestYear)
            ctx.Error(fields["end"], "end", $"{en} is after {Month.LatestYear}-12, the latest month the model covers");
        if (start is { } st2 && end is { } en2 && scale >= MinScale && ParameterValues.Defaults.With(overrides)["households_1921"] / scale < 1)
            ctx.Error(fields.GetValueOrDefault("scale") ?? root, "scale", $"scale {scale} leaves less than one simulated household");

        ctx.ThrowIfAny();
        return new Scenario
        {
            Name = name,
            Description = description,
            SourcePath = fileName,
            Sha256 = sha256,
            Start = start!.Value,
            End = end!.Value,
            Seed = seed,
            Scale = scale,
            ParameterOverrides = overrides,
            Policy = new PolicyTimeline(changes),
            Events = events,
        };
    }

    private static (int Line, int Column) LastReadablePosition(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        (int, int) last = (1, 1);
        try
        {
            while (scanner.MoveNext())
                last = ((int)scanner.Current!.Start.Line, (int)scanner.Current.Start.Column);
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException) { }
        return last;
    }

    private static string Trim(string message)
    {
        int i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
    }

    /// <summary>" (did you mean 'x'?)" for the closest known name within edit distance 3.</summary>
    internal static string Suggest(string given, IEnumerable<string> known)
    {
        string? best = null;
        int bestD = int.MaxValue;
        foreach (var k in known)
        {
            int d = Distance(given.ToLowerInvariant(), k.ToLowerInvariant());
            if (d < bestD) { bestD = d; best = k; }
        }
        return best is not null && bestD <= Math.Max(2, given.Length / 3) ? $" (did you mean '{best}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>Collects errors with positions while walking the node tree.</summary>
    private sealed class Context(string file)
    {
        private readonly List<ScenarioError> _errors = [];

        public void Error(YamlNode node, string field, string message) =>
            _errors.Add(new ScenarioError(file, (int)node.Start.Line, (int)node.Start.Column, field, message));

        public void ThrowIfAny()
        {
            if (_errors.Count > 0)
                throw new ScenarioException(_errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        }

        public Dictionary<string, YamlNode> Mapping(YamlMappingNode node, string path, string[] allowed)
        {
            var result = new Dictionary<string, YamlNode>();
            foreach (var (keyNode, valueNode) in node.Children)
            {
                string field = path.Length == 0 ? "" : path + ".";
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    Error(keyNode, path, "keys must be plain names");
                    continue;
                }
                if (!allowed.Contains(key))
                {
                    Error(keyNode, field + key, $"unknown key '{key}'{Suggest(key, allowed)}; allowed here: {string.Join(", ", allowed)}");
                    continue;
                }
                if (!result.TryAdd(key, valueNode)) Error(keyNode, field + key, "given twice");
            }
            return result;
        }

        public YamlMappingNode? AsMapping(YamlNode node, string field)
        {
            if (node is YamlMappingNode m) return m;
            Error(node, field, $"expected a mapping of names to values, found {Describe(node)}");
            return null;
        }

        public YamlSequenceNode? AsSequence(YamlNode node, string field)
        {
            if (node is YamlSequenceNode s) return s;
            Error(node, field, $"expected a list, found {Describe(node)}");
            return null;
        }

        public string? Scalar(YamlNode node, string field)
        {
            if (node is YamlScalarNode { Value: { } v }) return v;
            Error(node, field, $"expected a single value, found {Describe(node)}");
            return null;
        }

        public string? String(YamlNode node, string field) => Scalar(node, field);

        public string? RequiredString(Dictionary<string, YamlNode> fields, YamlNode parent, string key)
        {
            if (fields.TryGetValue(key, out var n))
            {
                var v = Scalar(n, key);
                if (v is not null && v.Trim().Length == 0) Error(n, key, "must not be empty");
                return v;
            }
            Error(parent, key, "missing");
            return null;
        }

        public Month? RequiredMonth(Dictionary<string, YamlNode> fields, YamlNode parent, string key, string? path = null)
        {
            string field = path is null ? key : $"{path}.{key}";
            if (!fields.TryGetValue(key, out var n)) { Error(parent, field, "missing: a month as YYYY-MM"); return null; }
            var text = Scalar(n, field);
            if (text is null) return null;
            if (Month.TryParse(text, out var m)) return m;
            Error(n, field, $"'{text}' is not a month; write YYYY-MM, for example 1921-03");
            return null;
        }

        public double? Number(YamlNode node, string field, double min, double max, string? unit = null)
        {
            var text = Scalar(node, field);
            if (text is null) return null;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                Error(node, field, $"'{text}' is not a number; expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{(unit is null ? "" : $" ({unit})")}");
                return null;
            }
            if (v < min || v > max)
            {
                Error(node, field, $"{text} is out of range; allowed {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{(unit is null ? "" : $" ({unit})")}");
                return null;
            }
            return v;
        }

        public double? Switch(YamlNode node, string field)
        {
            var text = Scalar(node, field);
            if (text is null) return null;
            switch (text.ToLowerInvariant())
            {
                case "true" or "on" or "yes" or "1": return 1;
                case "false" or "off" or "no" or "0": return 0;
                default:
                    Error(node, field, $"'{text}' is not a switch; expected true or false (on/off)");
                    return null;
            }
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode s => $"'{s.Value}'",
            _ => "something else",
        };
    }
}
