using OneCountry.Model.Engine;
using System.Globalization;
using System.Security.Cryptography;
using OneCountry.Model.Countryside;
using OneCountry.Model;
using OneCountry.Model.Country;
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

    private static readonly string[] TopKeys = ["name", "description", "extends", "start", "end", "seed", "scale", "parameters", "policy", "events", "windows", "world", "recorded_weather"];
    private static readonly string[] PolicyKeys = ["date", "set", "note"];
    private static readonly string[] EventTypes = ["drought", "weather", "war_scare", "annexation", "regime_change", "war", "attitude", "lenin_incapacity", "economic_shock", "excess_deaths"];
    private static readonly string[] ExcessKeys = ["date", "type", "zones", "deaths", "months", "urban_share", "note"];
    private static readonly string[] ShockKeys = ["date", "type", "country", "factor", "months", "note", "requires"];
    private static readonly string[] LeninKeys = ["date", "type", "note"];
    private static readonly string[] RegimeKeys = ["date", "type", "country", "regime", "attitude", "militarization", "note", "requires"];
    private static readonly string[] WarKeys = ["date", "type", "country", "months", "deaths", "note", "requires"];
    private static readonly string[] AttitudeKeys = ["date", "type", "country", "value", "note", "requires"];
    private static readonly string[] WindowKeys = ["name", "country", "start", "end", "kind", "intensity", "party", "social_democrats", "fascist", "leadership", "outcome", "outcome_date",
        "population", "gdp_per_capita", "historical", "source"];
    private static readonly string[] DroughtKeys = ["date", "type", "zones", "severity", "note"];
    private static readonly string[] WarScareKeys = ["date", "type", "country", "months", "intensity", "note", "requires"];
    private static readonly string[] AnnexationKeys = ["date", "type", "zones", "population", "urban_share", "note", "requires"];

    /// <summary>The largest scenario file read (bytes); the shipped ones are under 40 KB.</summary>
    public const int MaxFileBytes = 4 << 20;
    /// <summary>How deep lists and mappings may nest; the scenario format needs 4.</summary>
    public const int MaxDepth = 64;
    /// <summary>How many scenarios may extend each other in one chain.</summary>
    public const int MaxExtendsChain = 16;
    /// <summary>The errors reported at the most; the rest are counted.</summary>
    public const int MaxErrors = 100;

    public static Scenario LoadFile(string path) => LoadFile(path, []);

    private static Scenario LoadFile(string path, IReadOnlyList<string> extending)
    {
        var bytes = ReadScenarioFile(path);
        string text = new System.Text.UTF8Encoding(false).GetString(bytes);
        return Parse(text, path, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), extending);
    }

    /// <summary>The bytes of a scenario file: a regular file (not a device, a FIFO or a folder) of at most <see cref="MaxFileBytes"/>.</summary>
    private static byte[] ReadScenarioFile(string path)
    {
        static ScenarioException Fail(string path, string message) => new([new ScenarioError(path, 0, 0, "", message)]);
        if (path.Contains('\0')) throw Fail(path.Replace("\0", "\\0"), "a file name cannot hold a NUL character");
        switch (FileKind.Of(path))
        {
            case FileKindResult.Folder: throw Fail(path, "is a folder, not a scenario file");
            case FileKindResult.Missing: throw Fail(path, "file not found");
            case FileKindResult.EmptyOrSpecial:
                // Not opened: there is nothing to read in an empty file, and a FIFO or a device cannot be read safely.
                throw new ScenarioException([new ScenarioError(path, 1, 1, "",
                    "the file is empty, or not a regular file (a device, a FIFO or a socket); a scenario is a YAML mapping with at least 'name', 'start' and 'end'")]);
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > MaxFileBytes)
                throw Fail(path, $"the file is {stream.Length} bytes; a scenario may have at most {MaxFileBytes} ({MaxFileBytes >> 20} MiB)");
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > MaxFileBytes) throw Fail(path, $"the file is larger than {MaxFileBytes} bytes ({MaxFileBytes >> 20} MiB), the most a scenario may have");
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Fail(path, $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>The shipped scenarios of this installation (<c>scenarios/</c> beside the program).</summary>
    public static string ShippedFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>Where <c>extends: x</c> points: a path (absolute, or relative to the extending
    /// file's folder; it holds a '/' or ends in .yaml), or a name: the scenario of that name
    /// beside the extending file, else the shipped scenario of that name
    /// (<see cref="ShippedFolder"/>), so that <c>extends: historical</c> works from any folder.
    /// Parent folders and the working folder are never searched.</summary>
    public static string ResolveBase(string fileName, string extends)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".";
        bool isPath = extends.IndexOfAny(['/', '\\']) >= 0 || IsYamlName(extends);
        string candidate = Path.IsPathRooted(extends) ? extends : Path.Combine(folder, extends);
        if (!IsYamlName(candidate)) candidate += ".yaml";
        candidate = Path.GetFullPath(candidate);
        if (isPath || File.Exists(candidate)) return candidate;
        string shipped = Path.GetFullPath(Path.Combine(ShippedFolder, extends + ".yaml"));
        return File.Exists(shipped) ? shipped : candidate;
    }

    private static bool IsYamlName(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static Scenario Parse(string yaml, string fileName, string? sha256 = null) => Parse(yaml, fileName, sha256, []);

    private static Scenario Parse(string yaml, string fileName, string? sha256, IReadOnlyList<string> extending)
    {
        sha256 ??= Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yaml))).ToLowerInvariant();
        // A byte-order mark (editors on Windows write one) is not part of the first key.
        if (yaml.StartsWith('\uFEFF')) yaml = yaml[1..];
        var ctx = new Context(fileName);
        var root = LoadRoot(ctx, yaml, fileName);
        var fields = ctx.Mapping(root, "", TopKeys);
        // A scenario may extend another and change only what differs: the base's parameters,
        // policy, events and windows come first, this file's are applied on top (a lever set in
        // the same month wins; a window of the same name is changed, not duplicated).
        var baseScenario = ParseExtends(ctx, fields, fileName, extending);
        var header = ParseHeader(ctx, fields, root, baseScenario);
        var overrides = ParseParameters(ctx, fields, baseScenario);
        List<ScenarioError> overridden = [], warnings = [];
        var changes = ParsePolicy(ctx, fields, baseScenario, header.End, overridden, warnings);
        var events = ParseEvents(ctx, fields, baseScenario, header.Start, header.End, ParameterValues.Defaults.With(overrides));
        var windows = ParseWindows(ctx, fields, baseScenario);
        CheckSpanAndScale(ctx, fields, root, header, overrides);
        var world = ParseWorldMode(ctx, fields, baseScenario);
        var (weather, weatherSha) = ParseRecordedWeather(ctx, fields, fileName, baseScenario);

        ctx.ThrowIfAny();
        var policy = new PolicyTimeline(changes);
        if (weatherSha is not null) sha256 = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sha256 + weatherSha))).ToLowerInvariant();
        return new Scenario
        {
            Name = header.Name,
            Description = header.Description,
            Documentation = string.Join("\n", yaml.Split('\n').TakeWhile(l => l.TrimStart().StartsWith('#'))
                .Select(l => l.TrimStart().TrimStart('#').TrimEnd('\r')).Select(l => l.StartsWith(' ') ? l[1..] : l)).Trim(),
            SourcePath = fileName,
            Sha256 = baseScenario is null ? sha256 : Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sha256 + baseScenario.Sha256))).ToLowerInvariant(),
            Extends = baseScenario?.Name,
            Start = header.Start!.Value,
            End = header.End!.Value,
            Seed = header.Seed,
            Scale = header.Scale,
            ParameterOverrides = overrides,
            Policy = policy,
            Events = events,
            Windows = windows,
            World = world,
            // The recorded world is the root's: the scenario that extends none states the record.
            Recorded = baseScenario?.Recorded ?? new RecordedWorld(header.Start!.Value, policy, events, windows, weather),
            Overrides = overridden,
            Warnings = warnings,
        };
    }

    /// <summary><c>world</c>: <c>recorded</c> (the default: the recorded world's weather and window
    /// outcomes, World/RecordedWorld) or <c>drawn</c> (both drawn freely); inherited from the base.</summary>
    private static WorldMode ParseWorldMode(Context ctx, Dictionary<string, YamlNode> fields, Scenario? baseScenario)
    {
        var mode = baseScenario?.World ?? WorldMode.Recorded;
        if (fields.TryGetValue("world", out var node) && ctx.Category(node, "world", WorldModes.Names) is { } v) mode = (WorldMode)(int)v;
        return mode;
    }

    /// <summary><c>recorded_weather</c>: the CSV of the recorded weather (a path relative to this
    /// file), only in a scenario that extends none - the root states the recorded world.</summary>
    private static (RecordedWeather? Weather, string? Sha256) ParseRecordedWeather(Context ctx, Dictionary<string, YamlNode> fields, string fileName, Scenario? baseScenario)
    {
        if (!fields.TryGetValue("recorded_weather", out var node)) return (null, null);
        if (baseScenario is not null)
        {
            ctx.Error(node, "recorded_weather", $"the recorded world is that of '{baseScenario.Name}', the scenario this one extends; recorded_weather may be given only in a scenario that extends none. To change a year's weather, add a 'weather' event");
            return (null, null);
        }
        if (ctx.String(node, "recorded_weather") is not { } name) return (null, null);
        string folder = Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".";
        string path = Path.GetFullPath(Path.IsPathRooted(name) ? name : Path.Combine(folder, name));
        try { return RecordedWeatherFile.Load(path); }
        catch (ScenarioException e)
        {
            foreach (var err in e.Errors)
                if (err.Line == 0) ctx.Error(node, "recorded_weather", $"cannot use '{Clip(name)}' ({Clip(err.File, 200)}): {err.Message}");
                else ctx.Add(err);
            return (null, null);
        }
    }

    /// <summary>The YAML's one document, which must be a mapping; malformed YAML is an error at the position it fails.</summary>
    private static YamlMappingNode LoadRoot(Context ctx, string yaml, string fileName)
    {
        CheckStructure(yaml, fileName);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException e)
        {
            string msg = e.InnerException?.Message ?? e.Message;
            throw new ScenarioException([new ScenarioError(fileName, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), "", $"malformed YAML: {Clip(Trim(msg), 300)}")]);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // YamlDotNet fails this way on some unterminated flow collections (InvalidOperationException)
            // and on a lone ':' after the last entry (ArgumentException); find the last token it could
            // read to say where.
            if (OrphanEntry(yaml) is { } orphan)
                throw new ScenarioException([new ScenarioError(fileName, orphan.Line, orphan.Column, "", "malformed YAML: an entry without its key or its value (a ':' alone on its line?)")]);
            var (line, column) = LastReadablePosition(yaml);
            throw new ScenarioException([new ScenarioError(fileName, line, column, "", "malformed YAML: cannot be parsed after this point (an unclosed '[', '{' or quote?)")]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ScenarioException([new ScenarioError(fileName, 1, 1, "", "a scenario must be a YAML mapping with at least 'name', 'start' and 'end'")]);
        if (stream.Documents.Count > 1)
            ctx.Error(stream.Documents[1].RootNode, "", "a scenario file holds one YAML document");
        return root;
    }

    /// <summary>Whether an exception from YamlDotNet's scanner, parser or node loader says that the
    /// text is not YAML it can read: its own YamlException, or one of the exceptions it throws
    /// without a position on some malformed input. The file is untrusted input, so any such failure
    /// is the file's problem, reported with a position, never a trace.</summary>
    private static bool IsParserFailure(Exception e) =>
        e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException;

    /// <summary>The scenario named by <c>extends</c>, loaded (null when there is none); a missing,
    /// cyclic or invalid base stops the parse here.</summary>
    private static Scenario? ParseExtends(Context ctx, Dictionary<string, YamlNode> fields, string fileName, IReadOnlyList<string> extending)
    {
        if (!fields.TryGetValue("extends", out var extendsNode)) return null;
        if (ctx.String(extendsNode, "extends", name: true) is not { } extends) { ctx.ThrowIfAny(); return null; }
        Scenario? baseScenario = null;
        string basePath = ResolveBase(fileName, extends);
        var chain = extending.Append(Path.GetFullPath(fileName)).ToList();
        if (chain.Count > MaxExtendsChain)
            ctx.Error(extendsNode, "extends", $"more than {MaxExtendsChain} scenarios extend each other in a chain ({Path.GetFileName(chain[0])} -> ... -> {Path.GetFileName(basePath)})");
        else if (chain.Contains(basePath, StringComparer.Ordinal))
            ctx.Error(extendsNode, "extends", $"cycle: {string.Join(" -> ", chain.Append(basePath).Select(Path.GetFileName))}");
        else if (!File.Exists(basePath))
            ctx.Error(extendsNode, "extends", $"no scenario '{Clip(extends)}' ({Clip(basePath, 200)} not found)");
        else
        {
            try { baseScenario = LoadFile(basePath, chain); }
            catch (ScenarioException e) when (!LooksLikeScenario(basePath))
            {
                // Never echo the keys or values of a file that is not a scenario (extends may name any file).
                ctx.Error(extendsNode, "extends", $"'{Clip(extends)}' ({basePath}) is not a scenario file ({e.Errors.Count} problem(s)); a base must be a scenario");
            }
            catch (ScenarioException e)
            {
                ctx.Error(extendsNode, "extends", $"the base scenario '{Clip(extends)}' has errors: {string.Join("; ", e.Errors.Take(10).Select(x => x.ToString()))}{(e.Errors.Count > 10 ? $"; and {e.Errors.Count - 10} more" : "")}");
            }
        }
        if (baseScenario is null) ctx.ThrowIfAny();
        return baseScenario;
    }

    /// <summary>Whether a file that failed to load as a base is a scenario with errors (a YAML
    /// mapping whose top-level keys are all a scenario's, with a name) rather than some other file.</summary>
    private static bool LooksLikeScenario(string path)
    {
        try
        {
            var bytes = ReadScenarioFile(path);
            string text = new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
            CheckStructure(text, path);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m
                && m.Children.Keys.All(k => k is YamlScalarNode { Value: { } key } && TopKeys.Contains(key))
                && m.Children.Keys.Any(k => k is YamlScalarNode { Value: "name" });
        }
        catch (Exception e) when (e is ScenarioException || IsParserFailure(e)) { return false; }
    }

    /// <summary>Name, description, span, seed and scale (null months where they are missing or wrong).</summary>
    private sealed record Header(string Name, string Description, Month? Start, Month? End, ulong Seed, double Scale);

    private static Header ParseHeader(Context ctx, Dictionary<string, YamlNode> fields, YamlMappingNode root, Scenario? baseScenario)
    {
        string name = ctx.RequiredString(fields, root, "name") ?? "";
        // The name is the default output folder (out/<name>): one folder name, not a path.
        if (name.Length > 0 && (name.IndexOfAny(['/', '\\']) >= 0 || name.Trim() is "." or ".." || name != name.Trim()))
            ctx.Error(fields["name"], "name", $"'{Clip(name)}' cannot name the output folder out/<name>: no '/' or '\\', not '.' or '..', no spaces at either end");
        string description = fields.TryGetValue("description", out var d) ? ctx.String(d, "description") ?? "" : "";
        Month? start = baseScenario is not null && !fields.ContainsKey("start") ? baseScenario.Start : ctx.RequiredMonth(fields, root, "start");
        Month? end = baseScenario is not null && !fields.ContainsKey("end") ? baseScenario.End : ctx.RequiredMonth(fields, root, "end");
        if (start is { } s0 && end is { } e0 && e0 < s0)
        {
            // One of the two may be inherited: the error is at the one this file gives.
            if (fields.TryGetValue("end", out var endNode)) ctx.Error(endNode, "end", $"the end ({e0}) is before the start ({s0})");
            else ctx.Error(fields.GetValueOrDefault("start") ?? root, "start", $"the start ({s0}) is after the end ({e0}) inherited from '{baseScenario?.Name}'; give an end too");
        }

        ulong seed = baseScenario?.Seed ?? 1;
        if (fields.TryGetValue("seed", out var seedNode))
        {
            var text = ctx.Scalar(seedNode, "seed");
            if (text is not null && !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
                ctx.Error(seedNode, "seed", $"'{Clip(text)}' is not a whole number from 0 to {ulong.MaxValue}");
        }
        double scale = baseScenario?.Scale ?? 1000;
        if (fields.TryGetValue("scale", out var scaleNode))
            scale = ctx.Number(scaleNode, "scale", MinScale, MaxScale) ?? scale;
        return new Header(name, description, start, end, seed, scale);
    }

    /// <summary>The base's parameter overrides with this file's on top, each checked against the registry's range.</summary>
    private static Dictionary<string, double> ParseParameters(Context ctx, Dictionary<string, YamlNode> fields, Scenario? baseScenario)
    {
        var overrides = baseScenario is null ? new Dictionary<string, double>() : new Dictionary<string, double>(baseScenario.ParameterOverrides);
        if (!fields.TryGetValue("parameters", out var paramsNode) || ctx.AsMapping(paramsNode, "parameters") is not { } pm) return overrides;
        foreach (var (keyNode, valueNode) in pm.Children)
        {
            if (ctx.Key(keyNode, "parameters") is not { } key) continue;
            string field = $"parameters.{key}";
            if (!ParameterRegistry.TryIndex(key, out var idx))
            {
                ctx.Error(keyNode, field, $"unknown parameter '{Clip(key)}'{ctx.Suggest(key, ParameterRegistry.All.Select(p => p.Name))}; 'onecountry params' lists them");
                continue;
            }
            var spec = ParameterRegistry.All[idx];
            if (ctx.Number(valueNode, field, spec.Min, spec.Max, spec.Unit) is { } v) overrides[key] = v;
        }
        return overrides;
    }

    /// <summary>One lever change this file makes, with where it is written.</summary>
    private sealed record OwnChange(PolicyChange Change, YamlNode Node, string Field);

    /// <summary>The lever changes: the base's, then this file's. A dated entry for a lever
    /// replaces the base's entries for that lever from its date on (the base's later changes of
    /// that lever would otherwise undo it); each replacement is listed in
    /// <paramref name="overrides"/>. An entry of this file that another of its entries for the
    /// same lever and month comes after never takes effect: a warning.</summary>
    private static List<PolicyChange> ParsePolicy(Context ctx, Dictionary<string, YamlNode> fields, Scenario? baseScenario, Month? end,
        List<ScenarioError> overrides, List<ScenarioError> warnings)
    {
        var own = new List<OwnChange>();
        if (fields.TryGetValue("policy", out var policyNode) && ctx.AsSequence(policyNode, "policy") is { } ps)
            for (int i = 0; i < ps.Children.Count; i++)
                own.AddRange(ParsePolicyChange(ctx, ps.Children[i], $"policy[{i}]", end));
        var inherited = baseScenario?.Policy.Changes.ToList() ?? new List<PolicyChange>();
        foreach (var first in own.GroupBy(o => o.Change.Lever).Select(g => g.MinBy(o => o.Change.Month)!))
        {
            var replaced = inherited.Where(c => c.Lever == first.Change.Lever && c.Month >= first.Change.Month).ToList();
            if (replaced.Count == 0) continue;
            inherited.RemoveAll(replaced.Contains);
            overrides.Add(ctx.At(first.Node, first.Field, $"from {first.Change.Month} replaces {replaced.Count} entr{(replaced.Count == 1 ? "y" : "ies")} of '{baseScenario!.Name}': "
                + string.Join(", ", replaced.Select(c => $"{c.Month} {LeverText(c.Lever, c.Value)}"))));
        }
        for (int i = 0; i < own.Count; i++)
        {
            var later = own.Skip(i + 1).FirstOrDefault(o => o.Change.Lever == own[i].Change.Lever && o.Change.Month == own[i].Change.Month);
            if (later is not null)
                warnings.Add(ctx.At(own[i].Node, own[i].Field, $"never takes effect: {later.Field} (line {later.Node.Start.Line}) sets {own[i].Change.Lever} in the same month {own[i].Change.Month} after it"));
        }
        return [.. inherited, .. own.Select(o => o.Change)];
    }

    /// <summary>A lever's value as a scenario writes it: a switch on or off, a category by name, else the number.</summary>
    private static string LeverText(string lever, double value)
    {
        var spec = LeverRegistry.All[LeverRegistry.Index(lever)];
        string v = spec.IsSwitch ? (value != 0 ? "on" : "off")
            : spec.Categories is { } cats && value >= 0 && value < cats.Count ? cats[(int)value]
            : value.ToString("R", CultureInfo.InvariantCulture);
        return $"{lever} {v}";
    }

    /// <summary>One item of <c>policy</c>: a date and the levers it sets.</summary>
    private static List<OwnChange> ParsePolicyChange(Context ctx, YamlNode node, string path, Month? end)
    {
        var changes = new List<OwnChange>();
        if (ctx.AsMapping(node, path) is not { } item) return changes;
        var f = ctx.Mapping(item, path, PolicyKeys);
        Month? date = ctx.RequiredMonth(f, item, "date", path);
        string? note = f.TryGetValue("note", out var n) ? ctx.String(n, $"{path}.note") : null;
        if (date is { } dm && end is { } em && dm > em)
            ctx.Error(f["date"], $"{path}.date", $"the change ({dm}) comes after the scenario's end ({em})");
        if (!f.TryGetValue("set", out var setNode)) { ctx.Error(item, $"{path}.set", "missing: each policy change sets at least one lever"); return changes; }
        if (ctx.AsMapping(setNode, $"{path}.set") is not { } set) return changes;
        if (set.Children.Count == 0) ctx.Error(setNode, $"{path}.set", "empty: name at least one lever");
        foreach (var (keyNode, valueNode) in set.Children)
        {
            if (ctx.Key(keyNode, $"{path}.set") is not { } lever) continue;
            string field = $"{path}.set.{lever}";
            if (!LeverRegistry.TryIndex(lever, out var li))
            {
                ctx.Error(keyNode, field, $"unknown lever '{Clip(lever)}'{ctx.Suggest(lever, LeverRegistry.All.Select(l => l.Name))}; levers: {string.Join(", ", LeverRegistry.All.Select(l => l.Name))}");
                continue;
            }
            var spec = LeverRegistry.All[li];
            double? value = spec.IsSwitch ? ctx.Switch(valueNode, field)
                : spec.Categories is { } cats ? ctx.Category(valueNode, field, cats)
                : ctx.Number(valueNode, field, spec.Min, spec.Max, spec.Unit);
            if (value is { } v && date is { } dd) changes.Add(new OwnChange(new PolicyChange(dd, lever, v, note), keyNode, field));
        }
        return changes;
    }

    /// <summary>The base's events, then this file's.</summary>
    private static List<ScheduledEvent> ParseEvents(Context ctx, Dictionary<string, YamlNode> fields, Scenario? baseScenario, Month? start, Month? end, ParameterValues parameters)
    {
        var events = baseScenario?.Events.ToList() ?? new List<ScheduledEvent>();
        if (fields.TryGetValue("events", out var eventsNode) && ctx.AsSequence(eventsNode, "events") is { } es)
            for (int i = 0; i < es.Children.Count; i++)
                if (ParseEvent(ctx, es.Children[i], $"events[{i}]", start, end, parameters) is { } e) events.Add(e);
        return events;
    }

    /// <summary>An item of <c>events</c> whose type, keys, date and note have been read; each type's parser reads the rest.</summary>
    private sealed record EventItem(Context Ctx, Dictionary<string, YamlNode> F, YamlMappingNode Item, string Path, Month? Date, string? Note, ParameterValues Parameters);

    /// <summary>One item of <c>events</c>: its type decides the keys allowed and the parser of the rest (null when it has errors).</summary>
    private static ScheduledEvent? ParseEvent(Context ctx, YamlNode node, string path, Month? start, Month? end, ParameterValues parameters)
    {
        if (ctx.AsMapping(node, path) is not { } item) return null;
        var typeNode = item.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "type" }).Value;
        string? type = typeNode is null ? null : ctx.Scalar(typeNode, $"{path}.type");
        if (typeNode is null) { ctx.Error(item, $"{path}.type", $"missing: one of {string.Join(", ", EventTypes)}"); return null; }
        if (type is null) return null;
        if (!EventTypes.Contains(type)) { ctx.Error(typeNode, $"{path}.type", $"unknown event type '{Clip(type)}'; allowed: {string.Join(", ", EventTypes)}"); return null; }
        var f = ctx.Mapping(item, path, type switch
        {
            "war_scare" => WarScareKeys, "annexation" => AnnexationKeys, "regime_change" => RegimeKeys, "war" => WarKeys, "attitude" => AttitudeKeys,
            "lenin_incapacity" => LeninKeys, "economic_shock" => ShockKeys, "excess_deaths" => ExcessKeys, _ => DroughtKeys,
        });
        Month? date = ctx.RequiredMonth(f, item, "date", path);
        if (date is { } dm && start is { } sm && end is { } em && (dm < sm || dm > em))
            ctx.Error(f["date"], $"{path}.date", $"the event ({dm}) lies outside the scenario's span {sm} to {em}");
        string? note = f.TryGetValue("note", out var n) ? ctx.String(n, $"{path}.note") : null;
        var e = new EventItem(ctx, f, item, path, date, note, parameters);
        var requires = f.TryGetValue("requires", out var rq) ? ParseCondition(ctx, rq, $"{path}.requires") : null;
        var parsed = type switch
        {
            "excess_deaths" => ParseExcessDeaths(e),
            "annexation" => ParseAnnexation(e),
            "drought" or "weather" => ParseDrought(e),
            "lenin_incapacity" => date is { } dd ? new ScheduledEvent(dd, EventKind.LeninIncapacity, 0, 0, [], null, note) : null,
            "economic_shock" => ParseEconomicShock(e),
            "regime_change" => ParseRegimeChange(e),
            "war" => ParseWar(e),
            "attitude" => ParseAttitude(e),
            _ => ParseWarScare(e),
        };
        return parsed is not null && requires is not null ? parsed with { Requires = requires } : parsed;
    }

    /// <summary>An event's <c>requires</c>: <c>{country, regime}</c> - the event happens only in a
    /// run where the country then has that regime (the pact of 1939 needs a fascist Germany).</summary>
    private static WorldCondition? ParseCondition(Context ctx, YamlNode node, string path)
    {
        if (ctx.AsMapping(node, path) is not { } item) return null;
        var f = ctx.Mapping(item, path, ["country", "regime"]);
        string? country = ctx.KnownCountry(f, item, path, Countries.Capitalist);
        Regime? regime = null;
        if (!f.TryGetValue("regime", out var rn)) ctx.Error(item, $"{path}.regime", $"missing: one of {string.Join(", ", Comintern.RegimeNames)}");
        else if (ctx.Scalar(rn, $"{path}.regime") is { } rt)
        {
            if (Comintern.TryParseRegime(rt, out var r)) regime = r;
            else ctx.Error(rn, $"{path}.regime", $"unknown regime '{Clip(rt)}'{Suggest(rt, Comintern.RegimeNames)}; regimes: {string.Join(", ", Comintern.RegimeNames)}");
        }
        return country is not null && regime is { } rg ? new WorldCondition(country, rg) : null;
    }

    /// <summary>The <c>zones</c> of a drought, weather, annexation or excess-deaths event (missing, unknown and empty are errors).</summary>
    private static List<int> ParseZones(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        var zones = new List<int>();
        if (!f.TryGetValue("zones", out var zn)) ctx.Error(e.Item, $"{path}.zones", $"missing: a list of zones from {string.Join(", ", Zones.All.Select(z => z.Name))}");
        else if (ctx.AsSequence(zn, $"{path}.zones") is { } zs)
        {
            for (int j = 0; j < zs.Children.Count; j++)
            {
                string? zname = ctx.Scalar(zs.Children[j], $"{path}.zones[{j}]");
                if (zname is null) continue;
                int zi = Zones.IndexOf(zname);
                if (zi < 0) ctx.Error(zs.Children[j], $"{path}.zones[{j}]", $"unknown zone '{Clip(zname)}'{Suggest(zname, Zones.All.Select(z => z.Name))}; zones: {string.Join(", ", Zones.All.Select(z => z.Name))}");
                else zones.Add(zi);
            }
            if (zs.Children.Count == 0) ctx.Error(zn, $"{path}.zones", "empty: name at least one zone");
        }
        return zones;
    }

    private static ScheduledEvent? ParseExcessDeaths(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        var zones = ParseZones(e);
        double? deaths = f.TryGetValue("deaths", out var dn) ? ctx.Number(dn, $"{path}.deaths", 1, 5e7, "persons") : null;
        if (!f.ContainsKey("deaths")) ctx.Error(e.Item, $"{path}.deaths", "missing: the number of deaths (persons)");
        int months = ctx.WholeMonths(f, path, 1, 240, "months") ?? 1;
        double urbanShare = f.TryGetValue("urban_share", out var us) ? ctx.Number(us, $"{path}.urban_share", 0, 1, "share") ?? 0 : 0;
        if (deaths is { } requested && zones.Count > 0 && !CheckExcessDeaths(e, dn!, requested, months, urbanShare, zones)) return null;
        return e.Date is { } xd && deaths is { } dv
            ? new ScheduledEvent(xd, EventKind.ExcessDeaths, dv, months, zones, null, e.Note) { UrbanShare = urbanShare }
            : null;
    }

    /// <summary>Whether an excess-deaths event asks for no more than the model applies (it caps
    /// the towns' part at 1% of the towns a month, and cannot take more peasants than the zones
    /// have); the bounds are set from the 1921 population, so that what the event log records is
    /// what happens.</summary>
    private static bool CheckExcessDeaths(EventItem e, YamlNode deathsNode, double deaths, int months, double urbanShare, List<int> zones)
    {
        var p = e.Parameters;
        double townsPerMonth = 0.01 * p["urban_population_1921"];
        double peasants = 0.5 * zones.Distinct().Sum(z => Zones.All[z].HouseholdShare) * p["households_1921"] * p["persons_per_household_1921"];
        if (deaths * urbanShare / Math.Max(1, months) > townsPerMonth)
        {
            e.Ctx.Error(deathsNode, $"{e.Path}.deaths", $"{CsvNumber(deaths)} over {months} month(s) with urban_share {CsvNumber(urbanShare)} is more than the model can apply: at most 1% of the towns' 1921 population a month ({CsvNumber(townsPerMonth)}) in the towns; spread it over more months");
            return false;
        }
        if (deaths * (1 - urbanShare) > peasants)
        {
            e.Ctx.Error(deathsNode, $"{e.Path}.deaths", $"{CsvNumber(deaths)} is more than the model can apply in these zones: the rural part may be at most half their peasants of 1921 ({CsvNumber(Math.Round(peasants))})");
            return false;
        }
        return true;
    }

    private static string CsvNumber(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static ScheduledEvent? ParseAnnexation(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        var zones = ParseZones(e);
        double? population = f.TryGetValue("population", out var pn) ? ctx.Number(pn, $"{path}.population", 1e4, 5e7, "persons") : null;
        if (!f.ContainsKey("population")) ctx.Error(e.Item, $"{path}.population", "missing: the people of the territory (persons, 10,000 to 50 million)");
        double urbanShare = f.TryGetValue("urban_share", out var us) ? ctx.Number(us, $"{path}.urban_share", 0, 0.9, "share") ?? 0 : 0.2;
        return e.Date is { } ad && population is { } pop
            ? new ScheduledEvent(ad, EventKind.Annexation, pop, 0, zones, null, e.Note) { UrbanShare = urbanShare }
            : null;
    }

    /// <summary>A drought or other weather: a harvest factor in the zones.</summary>
    private static ScheduledEvent? ParseDrought(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        var zones = ParseZones(e);
        double? severity = f.TryGetValue("severity", out var sv) ? ctx.Number(sv, $"{path}.severity", 0.05, 2.0, "harvest factor") : null;
        if (!f.ContainsKey("severity")) ctx.Error(e.Item, $"{path}.severity", "missing: the harvest factor in the zones (0.05 to 2, 1 = normal)");
        return e.Date is { } dd && severity is { } sev ? new ScheduledEvent(dd, EventKind.Drought, sev, 0, zones, null, e.Note) : null;
    }

    private static ScheduledEvent? ParseEconomicShock(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        string? country = ctx.KnownCountry(f, e.Item, path, Countries.Capitalist);
        double? factor = null;
        if (!f.TryGetValue("factor", out var fn)) ctx.Error(e.Item, $"{path}.factor", "missing: the multiplier on GDP per head (0.2 to 3)");
        else factor = ctx.Number(fn, $"{path}.factor", 0.2, 3, "multiplier");
        int months = ctx.WholeMonths(f, path, 0, 600, "months (0 = for good)") ?? 0;
        return e.Date is { } dd && country is not null && factor is { } fv ? new ScheduledEvent(dd, EventKind.EconomicShock, fv, months, [], country, e.Note) : null;
    }

    private static ScheduledEvent? ParseRegimeChange(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        string? country = ctx.KnownCountry(f, e.Item, path, Countries.Capitalist);
        Regime? regime = null;
        if (!f.TryGetValue("regime", out var rn)) ctx.Error(e.Item, $"{path}.regime", $"missing: one of {string.Join(", ", Comintern.RegimeNames)}");
        else if (ctx.Scalar(rn, $"{path}.regime") is { } rt)
        {
            if (Comintern.TryParseRegime(rt, out var r)) regime = r;
            else ctx.Error(rn, $"{path}.regime", $"unknown regime '{Clip(rt)}'{Suggest(rt, Comintern.RegimeNames)}; regimes: {string.Join(", ", Comintern.RegimeNames)}");
        }
        double? attitude = f.TryGetValue("attitude", out var an) ? ctx.Number(an, $"{path}.attitude", -1, 1, "-1 hostile to 1 allied") : null;
        double? militarization = f.TryGetValue("militarization", out var mn) ? ctx.Number(mn, $"{path}.militarization", 0, 0.6, "share of GDP") : null;
        return e.Date is { } dd && country is not null && regime is not null
            ? new ScheduledEvent(dd, EventKind.RegimeChange, 0, 0, [], country, e.Note) { Regime = regime, Attitude = attitude, Militarization = militarization }
            : null;
    }

    private static ScheduledEvent? ParseWar(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        string? country = ctx.KnownCountry(f, e.Item, path, [Countries.Ussr, .. Countries.Capitalist]);
        if (!f.ContainsKey("months")) ctx.Error(e.Item, $"{path}.months", "missing: how long the war lasts (months, 1 to 240)");
        int months = ctx.WholeMonths(f, path, 1, 240, "months") ?? 0;
        double deaths = 0;
        if (f.TryGetValue("deaths", out var dn))
        {
            if (country != Countries.Ussr) ctx.Error(dn, $"{path}.deaths", "only a war of the USSR has deaths in the model");
            else deaths = ctx.Number(dn, $"{path}.deaths", 0, 5e7, "persons") ?? 0;
            // The model takes a war's deaths from the towns, at most half of them a month: more
            // would be capped in silence while the event log showed the number asked for.
            double towns = e.Parameters["urban_population_1921"];
            if (deaths > 0.5 * towns)
            {
                ctx.Error(dn, $"{path}.deaths", $"{CsvNumber(deaths)} is more than the model can apply: a war's deaths come from the towns, and may be at most half their population of 1921 ({CsvNumber(0.5 * towns)})");
                return null;
            }
        }
        return e.Date is { } dd && country is not null && months > 0 ? new ScheduledEvent(dd, EventKind.War, deaths, months, [], country, e.Note) : null;
    }

    private static ScheduledEvent? ParseAttitude(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        string? country = ctx.KnownCountry(f, e.Item, path, Countries.Capitalist);
        double? value = null;
        if (!f.TryGetValue("value", out var vn)) ctx.Error(e.Item, $"{path}.value", "missing: the attitude to the USSR, -1 (hostile) to 1 (allied)");
        else value = ctx.Number(vn, $"{path}.value", -1, 1, "-1 hostile to 1 allied");
        return e.Date is { } dd && country is not null && value is { } v ? new ScheduledEvent(dd, EventKind.Attitude, 0, 0, [], country, e.Note) { Attitude = v } : null;
    }

    private static ScheduledEvent? ParseWarScare(EventItem e)
    {
        var (ctx, f, path) = (e.Ctx, e.F, e.Path);
        string? country = ctx.KnownCountry(f, e.Item, path, Countries.All);
        int months = ctx.WholeMonths(f, path, 1, 36, "months") ?? 6;
        double intensity = f.TryGetValue("intensity", out var iv) ? ctx.Number(iv, $"{path}.intensity", 0, 3, "ratio") ?? 1 : 1;
        return e.Date is { } dd && country is not null ? new ScheduledEvent(dd, EventKind.WarScare, intensity, months, [], country, e.Note) : null;
    }

    /// <summary>The base's windows (or the defaults), changed or extended by this file's.</summary>
    private static List<WindowSpec> ParseWindows(Context ctx, Dictionary<string, YamlNode> fields, Scenario? baseScenario)
    {
        var windows = (baseScenario?.Windows ?? WindowCatalog.Defaults).ToList();
        if (!fields.TryGetValue("windows", out var windowsNode) || ctx.AsSequence(windowsNode, "windows") is not { } ws) return windows;
        for (int i = 0; i < ws.Children.Count; i++)
        {
            if (ParseWindow(ctx, ws.Children[i], $"windows[{i}]", windows) is not { } spec) continue;
            int existing = windows.FindIndex(w => w.Name == spec.Name);
            if (existing >= 0) windows[existing] = spec; else windows.Add(spec);
        }
        return windows;
    }

    /// <summary>An item of <c>windows</c> whose keys and name have been read, with the window of that name it changes (null for a new one).</summary>
    private sealed record WindowItem(Context Ctx, Dictionary<string, YamlNode> F, YamlMappingNode Item, string Path, string Name, WindowSpec? Base);

    /// <summary>One item of <c>windows</c>: a new window, or changes to the one of its name (null when it has errors).</summary>
    private static WindowSpec? ParseWindow(Context ctx, YamlNode node, string path, IReadOnlyList<WindowSpec> windows)
    {
        if (ctx.AsMapping(node, path) is not { } item) return null;
        var f = ctx.Mapping(item, path, WindowKeys);
        string? wname = ctx.RequiredString(f, item, "name", path);
        if (wname is null) return null;
        var w = new WindowItem(ctx, f, item, path, wname, windows.FirstOrDefault(x => x.Name == wname));
        var (wStart, wEnd, country, kind, population, gdppc) = ParseWindowPlace(w, windows);
        var w0 = w.Base;
        DatedPath? party = f.TryGetValue("party", out var pan) ? ctx.Path(pan, $"{path}.party") : w0?.Party;
        DatedPath fascist = (f.TryGetValue("fascist", out var fan) ? ctx.Path(fan, $"{path}.fascist") : w0?.Fascist) ?? DatedPath.Constant(0);
        DatedPath? socialDemocrats = f.TryGetValue("social_democrats", out var sdn) ? ctx.Path(sdn, $"{path}.social_democrats") : w0?.SocialDemocrats;
        double intensity = f.TryGetValue("intensity", out var inn) ? ctx.Number(inn, $"{path}.intensity", 0, 1, "0-1") ?? 0 : w0?.Intensity ?? 0;
        double leadership = f.TryGetValue("leadership", out var ln) ? ctx.Number(ln, $"{path}.leadership", 0, 1, "0-1") ?? 0.5 : w0?.Leadership ?? 0.5;
        var (forced, forcedMonth, historical) = ParseWindowOutcome(w, wStart, wEnd);
        string source = f.TryGetValue("source", out var sn) ? ctx.String(sn, $"{path}.source") ?? "" : w0?.Source ?? "";
        if (wStart is null || wEnd is null || country is null || kind is null || party is null) return null;
        return new WindowSpec
        {
            Name = wname, Country = country, Start = wStart.Value, End = wEnd.Value, Kind = kind.Value, Intensity = intensity, Party = party, Fascist = fascist, SocialDemocrats = socialDemocrats,
            Leadership = leadership, Forced = forced, ForcedMonth = forcedMonth, Population = population, GdpPerCapita = gdppc, Historical = historical, Source = source,
        };
    }

    /// <summary>Where and when a window opens: span, country (one of the model's, or one with its
    /// population and GDP per head), kind; a new window must give them all.</summary>
    private static (Month? Start, Month? End, string? Country, WindowKind? Kind, double Population, double GdpPerCapita) ParseWindowPlace(WindowItem w, IReadOnlyList<WindowSpec> windows)
    {
        var (ctx, f, item, path, w0) = (w.Ctx, w.F, w.Item, w.Path, w.Base);
        Month? wStart = f.ContainsKey("start") ? ctx.RequiredMonth(f, item, "start", path) : w0?.Start;
        Month? wEnd = f.ContainsKey("end") ? ctx.RequiredMonth(f, item, "end", path) : w0?.End;
        string? country = w0?.Country;
        if (f.TryGetValue("country", out var cn)) country = ctx.Scalar(cn, $"{path}.country");
        WindowKind? kind = w0?.Kind;
        if (f.TryGetValue("kind", out var kn) && ctx.Scalar(kn, $"{path}.kind") is { } kt)
        {
            if (Comintern.TryParseKind(kt, out var k)) kind = k;
            else ctx.Error(kn, $"{path}.kind", $"unknown kind '{Clip(kt)}'{Suggest(kt, Comintern.KindNames)}; kinds: {string.Join(", ", Comintern.KindNames)}");
        }
        if (w0 is null)
        {
            string known = string.Join(", ", windows.Select(x => x.Name));
            foreach (var req in new[] { "country", "start", "end", "kind", "party" })
                if (!f.ContainsKey(req)) ctx.Error(item, $"{path}.{req}", $"missing: '{w.Name}' is a new window (the default windows are {known}), so it needs country, start, end, kind and party");
        }
        double population = f.TryGetValue("population", out var pn) ? ctx.Number(pn, $"{path}.population", 1e5, 1e9, "persons") ?? 0 : w0?.Population ?? 0;
        double gdppc = f.TryGetValue("gdp_per_capita", out var gn) ? ctx.Number(gn, $"{path}.gdp_per_capita", 100, 50000, "2011 int. $") ?? 0 : w0?.GdpPerCapita ?? 0;
        if (country is not null && f.ContainsKey("country") && !Countries.Capitalist.Contains(country) && (population <= 0 || gdppc <= 0) && w0?.Country != country)
            ctx.Error(f["country"], $"{path}.country", $"'{Clip(country)}' is not one of the model's countries ({string.Join(", ", Countries.Capitalist)}){Suggest(country, Countries.Capitalist)}; a window elsewhere needs population and gdp_per_capita");
        if (wStart is { } a && wEnd is { } b && b < a) ctx.Error(f.GetValueOrDefault("end") ?? item, $"{path}.end", $"the window ends ({b}) before it starts ({a})");
        return (wStart, wEnd, country, kind, population, gdppc);
    }

    /// <summary>How a window ends: an imposed outcome (or draw: the hazard model decides), when, and the historical outcome.</summary>
    private static (WindowOutcome? Forced, Month? ForcedMonth, WindowOutcome Historical) ParseWindowOutcome(WindowItem w, Month? wStart, Month? wEnd)
    {
        var (ctx, f, item, path, w0) = (w.Ctx, w.F, w.Item, w.Path, w.Base);
        WindowOutcome? forced = w0?.Forced;
        if (f.TryGetValue("outcome", out var on) && ctx.Scalar(on, $"{path}.outcome") is { } ot)
        {
            if (ot == "draw") forced = null;
            else if (Comintern.TryParseOutcome(ot, out var o)) forced = o;
            else ctx.Error(on, $"{path}.outcome", $"unknown outcome '{Clip(ot)}'{Suggest(ot, Comintern.OutcomeNames)}; outcomes: {string.Join(", ", Comintern.OutcomeNames)}, or draw (the hazard model decides)");
        }
        Month? forcedMonth = f.ContainsKey("outcome_date") ? ctx.RequiredMonth(f, item, "outcome_date", path) : w0?.ForcedMonth;
        if (forcedMonth is { } fm && wStart is { } fs && wEnd is { } fe && (fm < fs || fm > fe))
        {
            // The outcome date may be inherited while this file moves the window's start or end.
            if (f.TryGetValue("outcome_date", out var odn)) ctx.Error(odn, $"{path}.outcome_date", $"{fm} lies outside the window {fs} to {fe}");
            else ctx.Error(f.GetValueOrDefault("end") ?? f.GetValueOrDefault("start") ?? item, $"{path}.outcome_date",
                $"the inherited outcome_date {fm} lies outside the window {fs} to {fe}; give an outcome_date inside it");
        }
        WindowOutcome historical = w0?.Historical ?? WindowOutcome.Defeat;
        if (f.TryGetValue("historical", out var hn) && ctx.Scalar(hn, $"{path}.historical") is { } ht)
        {
            if (Comintern.TryParseOutcome(ht, out var h)) historical = h;
            else ctx.Error(hn, $"{path}.historical", $"unknown outcome '{Clip(ht)}'; outcomes: {string.Join(", ", Comintern.OutcomeNames)}");
        }
        return (forced, forcedMonth, historical);
    }

    /// <summary>The checks that need the whole file: the span the model covers, and a scale that leaves at least one household.</summary>
    private static void CheckSpanAndScale(Context ctx, Dictionary<string, YamlNode> fields, YamlMappingNode root, Header header, Dictionary<string, double> overrides)
    {
        if (header.Start is { } st && (st.Year < 1921 || st.Year > Month.LatestYear))
            ctx.Error(fields.GetValueOrDefault("start") ?? fields.GetValueOrDefault("extends") ?? root, "start", $"{st} is outside the model's span: the countryside is initialised for 1921, runs may start from 1921-01 and end by {Month.LatestYear}-12");
        if (header.End is { } en && en.Year > Month.LatestYear)
            ctx.Error(fields.GetValueOrDefault("end") ?? fields.GetValueOrDefault("extends") ?? root, "end", $"{en} is after {Month.LatestYear}-12, the latest month the model covers");
        if (header.Start is not null && header.End is not null && header.Scale >= MinScale && ParameterValues.Defaults.With(overrides)["households_1921"] / header.Scale < 1)
            ctx.Error(fields.GetValueOrDefault("scale") ?? root, "scale", $"scale {header.Scale} leaves less than one simulated household");
    }

    /// <summary>Before the node tree is built (which recurses, and would overflow the stack on deep
    /// nesting): the nesting depth is at most <see cref="MaxDepth"/>, and every alias names an anchor
    /// set before it. Malformed YAML is left to the loader, which reports it at its position.</summary>
    private static void CheckStructure(string yaml, string fileName)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        int depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                if (ev is YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } node && ev is not YamlDotNet.Core.Events.AnchorAlias)
                    anchors.Add(node.Anchor.Value);
                switch (ev)
                {
                    case YamlDotNet.Core.Events.AnchorAlias alias when !anchors.Contains(alias.Value.Value):
                        throw new ScenarioException([new ScenarioError(fileName, (int)ev.Start.Line, (int)ev.Start.Column, "",
                            $"malformed YAML: the alias '*{Clip(alias.Value.Value)}' names no anchor set before it ('&{Clip(alias.Value.Value)}')")]);
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        if (++depth > MaxDepth)
                            throw new ScenarioException([new ScenarioError(fileName, (int)ev.Start.Line, (int)ev.Start.Column, "",
                                $"lists and mappings nested more than {MaxDepth} deep; a scenario needs at most 4")]);
                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (IsParserFailure(e)) { }
    }

    /// <summary>A name or value as echoed in a message: at most <paramref name="max"/> characters,
    /// and every character that could break the line or change the terminal (control and format
    /// characters, line and paragraph separators, a lone surrogate) shown as \uXXXX.</summary>
    internal static string Clip(string s, int max = 60)
    {
        string cut = s.Length > max ? s[..max] : s;
        var sb = new System.Text.StringBuilder(cut.Length);
        for (int i = 0; i < cut.Length; i++)
            sb.Append(Hidden(cut, i) ? $"\\u{(int)cut[i]:x4}" : cut[i].ToString());
        if (s.Length > max) sb.Append($"... ({s.Length} characters)");
        return sb.ToString();
    }

    /// <summary>Whether <c>s[i]</c> cannot be shown as itself: a control or format character (NUL,
    /// escape, direction marks, zero-width spaces), a line or paragraph separator, a private-use
    /// character, or half of a surrogate pair without its other half.</summary>
    internal static bool Hidden(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c)) return !(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]));
        if (char.IsLowSurrogate(c)) return !(i > 0 && char.IsHighSurrogate(s[i - 1]));
        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;
    }

    /// <summary>Where YamlDotNet's parser left a mapping with a key and no value: after a nested
    /// block, a ':' alone on a line comes out as a lone node before the mapping's end, which its
    /// node loader refuses with an ArgumentException and no position. Null when there is none.</summary>
    private static (int Line, int Column)? OrphanEntry(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        // Per open collection: a mapping or not, whether its next node is a value, and where its key began.
        var open = new Stack<(bool Mapping, bool Value, Mark Key)>();
        void Node(Mark at)
        {
            if (open.Count == 0 || !open.Peek().Mapping) return;
            var top = open.Pop();
            open.Push((true, !top.Value, at));
        }
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        Node(parser.Current.Start);
                        open.Push((parser.Current is YamlDotNet.Core.Events.MappingStart, false, parser.Current.Start));
                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        if (open.Count > 0 && open.Pop() is { Mapping: true, Value: true } broken)
                            return ((int)broken.Key.Line, (int)broken.Key.Column);
                        break;
                    case YamlDotNet.Core.Events.Scalar or YamlDotNet.Core.Events.AnchorAlias:
                        Node(parser.Current.Start);
                        break;
                }
            }
        }
        catch (Exception e) when (IsParserFailure(e)) { }
        return null;
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
        catch (Exception e) when (IsParserFailure(e)) { }
        return last;
    }

    private static string Trim(string message)
    {
        int i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
    }

    /// <summary>" (did you mean 'x'?)" for the closest known name within edit distance 3. Names
    /// whose length differs by more than that are not compared, so a long key costs nothing.</summary>
    internal static string Suggest(string given, IEnumerable<string> known)
    {
        string? best = null;
        int bestD = int.MaxValue;
        int limit = Math.Max(2, given.Length / 3);
        if (given.Length > 200) return "";
        string g = given.ToLowerInvariant();
        foreach (var k in known)
        {
            if (Math.Abs(k.Length - given.Length) > limit) continue;
            int d = Distance(g, k.ToLowerInvariant());
            if (d < bestD) { bestD = d; best = k; }
        }
        return best is not null && bestD <= limit ? $" (did you mean '{best}'?)" : "";
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
        private int _more;
        private YamlNode? _firstMore;

        /// <summary>Whether the errors reported have reached <see cref="MaxErrors"/> (later ones are only counted).</summary>
        public bool Full => _errors.Count >= MaxErrors;

        /// <summary>A note at a node's position (not an error).</summary>
        public ScenarioError At(YamlNode node, string field, string message) => new(file, (int)node.Start.Line, (int)node.Start.Column, Clip(field, 120), message);

        public void Error(YamlNode node, string field, string message)
        {
            if (Full)
            {
                // The first problem not listed says where the unlisted ones begin.
                if (_more++ == 0) _firstMore = node;
                return;
            }
            // A field path holds the file's keys: shown printable, so that each problem stays on its line.
            _errors.Add(new ScenarioError(file, (int)node.Start.Line, (int)node.Start.Column, Clip(field, 120), message));
        }

        /// <summary>An error found in another file the scenario names (it carries its own position).</summary>
        public void Add(ScenarioError error)
        {
            if (Full) { _more++; return; }
            _errors.Add(error);
        }

        /// <summary>A suggestion for a misspelt name, while errors are still being reported.</summary>
        public string Suggest(string given, IEnumerable<string> known) => Full ? "" : ScenarioLoader.Suggest(given, known);

        public void ThrowIfAny()
        {
            if (_errors.Count == 0) return;
            var sorted = _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
            if (_more > 0 && _firstMore is { } first)
                sorted.Add(new ScenarioError(file, (int)first.Start.Line, (int)first.Start.Column, "", $"and {_more} more problem(s) not listed, the first of them here; the first {MaxErrors} are above"));
            throw new ScenarioException(sorted);
        }

        public Dictionary<string, YamlNode> Mapping(YamlMappingNode node, string path, string[] allowed)
        {
            var result = new Dictionary<string, YamlNode>();
            foreach (var (keyNode, valueNode) in node.Children)
            {
                string field = path.Length == 0 ? "" : path + ".";
                if (Key(keyNode, path) is not { } key) continue;
                if (!allowed.Contains(key))
                {
                    Error(keyNode, field + key, $"unknown key '{Clip(key)}'{Suggest(key, allowed)}; allowed here: {string.Join(", ", allowed)}");
                    continue;
                }
                if (!result.TryAdd(key, valueNode)) Error(keyNode, field + key, "given twice");
            }
            return result;
        }

        /// <summary>A mapping's key: a plain name (a list or a mapping used as a key is an error at its position).</summary>
        public string? Key(YamlNode keyNode, string path)
        {
            if (keyNode is YamlScalarNode { Value: { } key }) return key;
            Error(keyNode, path, "keys must be plain names");
            return null;
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

        /// <summary>A text: YAML's null (a plain ~ or null) is not the text "~"; control characters
        /// are refused (in a <paramref name="name"/> all of them, else all but tabs and line breaks).</summary>
        public string? String(YamlNode node, string field, bool name = false)
        {
            var v = Scalar(node, field);
            if (v is null) return null;
            if (node is YamlScalarNode { Style: ScalarStyle.Plain } && v is "~" or "null" or "Null" or "NULL")
            {
                Error(node, field, $"is null ({v}); give a text, in quotes if you mean the word");
                return null;
            }
            // A name is also a folder name and is printed: nothing in it may be invisible or rewrite the line.
            if (name ? Enumerable.Range(0, v.Length).Any(i => Hidden(v, i)) : v.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                Error(node, field, name ? "must not hold control characters (NUL, tab, line break) or invisible ones (direction marks, zero-width spaces, a lone surrogate)" : "must not hold control characters other than tabs and line breaks");
                return null;
            }
            return v;
        }

        public string? RequiredString(Dictionary<string, YamlNode> fields, YamlNode parent, string key, string? path = null)
        {
            string field = path is null ? key : $"{path}.{key}";
            if (fields.TryGetValue(key, out var n))
            {
                var v = String(n, field, name: true);
                if (v is not null && v.Trim().Length == 0) Error(n, field, "must not be empty");
                return v;
            }
            Error(parent, field, "missing");
            return null;
        }

        public Month? RequiredMonth(Dictionary<string, YamlNode> fields, YamlNode parent, string key, string? path = null)
        {
            string field = path is null ? key : $"{path}.{key}";
            if (!fields.TryGetValue(key, out var n)) { Error(parent, field, "missing: a month as YYYY-MM"); return null; }
            var text = Scalar(n, field);
            if (text is null) return null;
            if (Month.TryParse(text, out var m)) return m;
            Error(n, field, $"'{Clip(text)}' is not a month; write YYYY-MM, for example 1921-03");
            return null;
        }

        public double? Number(YamlNode node, string field, double min, double max, string? unit = null)
        {
            var text = Scalar(node, field);
            if (text is null) return null;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                Error(node, field, $"'{Clip(text)}' is not a number; expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{(unit is null ? "" : $" ({unit})")}");
                return null;
            }
            if (v < min || v > max)
            {
                Error(node, field, $"{text} is out of range; allowed {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}{(unit is null ? "" : $" ({unit})")}");
                return null;
            }
            return v;
        }

        /// <summary>A categorical value: its name, returned as its index.</summary>
        public double? Category(YamlNode node, string field, IReadOnlyList<string> names)
        {
            var text = Scalar(node, field);
            if (text is null) return null;
            for (int i = 0; i < names.Count; i++) if (names[i] == text) return i;
            Error(node, field, $"'{Clip(text)}' is not allowed{Suggest(text, names)}; expected one of {string.Join(", ", names)}");
            return null;
        }

        /// <summary>The optional <c>months</c> of an event: a number from <paramref name="min"/> to
        /// <paramref name="max"/>, which must be whole; null when absent or not such a number.</summary>
        public int? WholeMonths(Dictionary<string, YamlNode> f, string path, double min, double max, string unit)
        {
            if (!f.TryGetValue("months", out var mn) || Number(mn, $"{path}.months", min, max, unit) is not { } mv) return null;
            if (mv != Math.Floor(mv)) Error(mn, $"{path}.months", $"'{mv}' is not a whole number of months");
            return (int)mv;
        }

        /// <summary>A country that must be one of <paramref name="allowed"/>.</summary>
        public string? KnownCountry(Dictionary<string, YamlNode> f, YamlNode item, string path, IReadOnlyList<string> allowed)
        {
            if (!f.TryGetValue("country", out var cn)) { Error(item, $"{path}.country", $"missing: one of {string.Join(", ", allowed)}"); return null; }
            var c = Scalar(cn, $"{path}.country");
            if (c is null) return null;
            if (allowed.Contains(c)) return c;
            Error(cn, $"{path}.country", $"unknown country '{Clip(c)}'{Suggest(c, allowed)}; countries: {string.Join(", ", allowed)}");
            return null;
        }

        /// <summary>A strength (0-1): one number, or a list of {date, value} points interpolated between.</summary>
        public DatedPath? Path(YamlNode node, string field)
        {
            if (node is YamlScalarNode)
                return Number(node, field, 0, 1, "share") is { } v ? DatedPath.Constant(v) : null;
            if (AsSequence(node, field) is not { } seq) return null;
            var points = new List<(Month, double)>();
            for (int i = 0; i < seq.Children.Count; i++)
            {
                string p = $"{field}[{i}]";
                if (AsMapping(seq.Children[i], p) is not { } m) continue;
                var pf = Mapping(m, p, ["date", "value"]);
                Month? dm = RequiredMonth(pf, m, "date", p);
                double? v = pf.TryGetValue("value", out var vn) ? Number(vn, $"{p}.value", 0, 1, "share") : null;
                if (!pf.ContainsKey("value")) Error(m, $"{p}.value", "missing: a share from 0 to 1");
                if (dm is { } d && v is { } x)
                {
                    if (points.Count > 0 && d <= points[^1].Item1) Error(m, $"{p}.date", $"{d} is not after the previous point ({points[^1].Item1}); list the points in time order");
                    else points.Add((d, x));
                }
            }
            if (seq.Children.Count == 0) Error(node, field, "empty: give a number or at least one {date, value} point");
            return points.Count > 0 ? new DatedPath(points) : null;
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
                    Error(node, field, $"'{Clip(text)}' is not a switch; expected true or false (on/off)");
                    return null;
            }
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode s => $"'{Clip(s.Value ?? "")}'",
            _ => "something else",
        };
    }
}
