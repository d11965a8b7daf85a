using OneCountry.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneCountry.Web;

/// <summary>
/// A guided lesson: a question from the source document, the history to start from (a shipped
/// scenario and changes the builder shows, or a whole scenario), the charts to read, and the three
/// steps predict → run → explain. One YAML file per lesson in <c>lessons/</c>; a teacher adds one
/// by adding a file (docs/classroom.md).
/// </summary>
public sealed record Lesson(string Id, string Title, string Question, string Claim, string Source, HistorySpec? Start, string? Scenario,
    IReadOnlyList<string> Charts, IReadOnlyList<string> Predict, string Run, IReadOnlyList<string> Explain, string File);

public static class Lessons
{
    private static readonly string[] Keys = ["title", "question", "claim", "source", "start_from", "changes", "scenario", "charts", "predict", "run", "explain"];

    /// <summary>The lessons of every folder, in file-name order (a later folder's file of the same name replaces an earlier one).
    /// Every lesson is checked, its history validated as a scenario; a bad file is a <see cref="ScenarioException"/> naming file, line, column and field.</summary>
    public static IReadOnlyList<Lesson> Load(IEnumerable<string> folders, Histories histories)
    {
        var byId = new SortedDictionary<string, Lesson>(StringComparer.Ordinal);
        var errors = new List<ScenarioError>();
        foreach (var folder in folders.Where(Directory.Exists))
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                try { var l = Parse(File.ReadAllText(file), file, histories); byId[l.Id] = l; }
                catch (ScenarioException e) { errors.AddRange(e.Errors); }
                catch (IOException e) { errors.Add(new ScenarioError(file, 0, 0, "", $"cannot read the lesson: {e.Message}")); }
            }
        if (errors.Count > 0) throw new ScenarioException(errors);
        return byId.Values.ToList();
    }

    public static Lesson Parse(string yaml, string file, Histories histories)
    {
        string id = Path.GetFileNameWithoutExtension(file);
        var errors = new List<ScenarioError>();
        ScenarioError At(YamlNode? n, string field, string message) => new(file, n is null ? 0 : (int)n.Start.Line, n is null ? 0 : (int)n.Start.Column, field, message);
        if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || id.Length == 0)
            throw new ScenarioException([At(null, "", "a lesson's file name must be lower-case letters, digits and '-', ending in .yaml")]);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException e) { throw new ScenarioException([new ScenarioError(file, (int)e.Start.Line, (int)e.Start.Column, "", $"not valid YAML: {e.Message}")]); }
        catch (InvalidOperationException e) { throw new ScenarioException([new ScenarioError(file, 0, 0, "", $"not valid YAML: {e.Message}")]); }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ScenarioException([new ScenarioError(file, 1, 1, "", "a lesson is a YAML mapping with title, question, start_from, charts, predict, run and explain")]);
        var f = new Dictionary<string, YamlNode>();
        foreach (var (k, v) in root.Children)
        {
            string key = (k as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key)) errors.Add(At(k, key, $"unknown key; a lesson has: {string.Join(", ", Keys)}"));
            else f[key] = v;
        }
        string Text(string key, bool required = true)
        {
            if (!f.TryGetValue(key, out var n)) { if (required) errors.Add(At(root, key, "missing")); return ""; }
            if (n is YamlScalarNode { Value: { } s } && s.Trim().Length > 0) return s.Trim();
            errors.Add(At(n, key, "must be text")); return "";
        }
        List<string> List(string key)
        {
            if (!f.TryGetValue(key, out var n)) { errors.Add(At(root, key, "missing: a list")); return []; }
            if (n is not YamlSequenceNode seq || seq.Children.Count == 0) { errors.Add(At(n, key, "must be a list of at least one item")); return []; }
            var list = new List<string>();
            foreach (var item in seq.Children)
                if (item is YamlScalarNode { Value: { } s } && s.Trim().Length > 0) list.Add(s.Trim());
                else errors.Add(At(item, key, "each item must be text"));
            return list;
        }
        string title = Text("title"), question = Text("question"), claim = Text("claim", false), source = Text("source", false), run = Text("run");
        var predict = List("predict");
        var explain = List("explain");
        var charts = List("charts");
        var known = ComparisonViews.ChartList.Select(c => c.Variable).ToHashSet();
        foreach (var (c, i) in charts.Select((c, i) => (c, i)))
            if (!known.Contains(c)) errors.Add(At(((YamlSequenceNode)f["charts"]).Children[i], "charts", $"no chart '{c}'; charts: {string.Join(", ", known)}"));

        HistorySpec? start = null;
        string? scenario = null;
        string startFrom = Text("start_from");
        if (startFrom.Length > 0 && !histories.Shipped.Contains(startFrom)) errors.Add(At(f["start_from"], "start_from", $"not a shipped scenario; shipped: {string.Join(", ", histories.Shipped.Order())}"));
        if (f.TryGetValue("scenario", out var sn))
        {
            if (sn is YamlScalarNode { Value: { } s }) scenario = s;
            else errors.Add(At(sn, "scenario", "must be the text of a scenario (a YAML block, `scenario: |`)"));
        }
        var levers = new List<LeverEdit>();
        var windows = new List<WindowEdit>();
        if (f.TryGetValue("changes", out var cn))
        {
            if (cn is not YamlSequenceNode cs) errors.Add(At(cn, "changes", "must be a list of {date, lever, value} or {window, outcome, date}"));
            else
                foreach (var item in cs.Children)
                {
                    var m = item as YamlMappingNode;
                    string? Get(string k) => m?.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == k).Value is YamlScalarNode { Value: { } v } ? v : null;
                    if (m is not null && Get("lever") is { } lever && Get("date") is { } date && Get("value") is { } value) levers.Add(new LeverEdit(date, lever, value, Get("note")));
                    else if (m is not null && Get("window") is { } w && Get("outcome") is { } o) windows.Add(new WindowEdit(w, o, Get("date")));
                    else errors.Add(At(item, "changes", "each change is {date, lever, value} or {window, outcome, date}"));
                }
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
        if (scenario is not null && (levers.Count > 0 || windows.Count > 0))
            throw new ScenarioException([At(f["scenario"], "scenario", "give either changes (the builder shows them) or a whole scenario, not both")]);
        try
        {
            if (scenario is not null) histories.Accept(scenario, id + ".scenario.yaml");
            else start = histories.Accept(new HistorySpec { Base = startFrom, Name = id, Description = title, Levers = levers, Windows = windows }).Spec;
        }
        catch (ScenarioException e)
        {
            throw new ScenarioException(e.Errors.Select(x => x with { Message = $"the lesson's history: {x}" , File = file, Line = 0, Column = 0, Field = scenario is null ? "changes" : "scenario" }).ToList());
        }
        return new Lesson(id, title, question, claim, source, start ?? new HistorySpec { Base = startFrom }, scenario, charts, predict, run, explain, Path.GetFileName(file));
    }
}
