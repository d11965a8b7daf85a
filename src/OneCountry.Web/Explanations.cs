using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.Engine;
using static OneCountry.Web.ComparisonViews;

namespace OneCountry.Web;

/// <summary>One step in why the histories part, or one thing that accounts for a difference: when, a title and a plain sentence.</summary>
public sealed record Cause(string? Month, double? X, string Title, string Text);

/// <summary>One entry of the two event logs that differs on the shown seed: only in history, only in yours, or in both with a different value.</summary>
public sealed record TimelineItem(string Month, double X, string Kind, string Subject, string Change, string? History, string? Yours);

/// <summary>Why it turned out otherwise: a summary, the first places where the histories part
/// (in time order), what accounts for the largest differences and the timeline of differing events.</summary>
public sealed record Explanation(string Summary, IReadOnlyList<Cause> Causes, IReadOnlyList<Cause> Accounts, IReadOnlyList<Cause> Largest,
    IReadOnlyList<TimelineItem> Timeline, ulong ShownSeed, int TimelineTotal);

/// <summary>
/// Reads a comparison for a student: from the divergence (first lever and first event that differ,
/// Experiments/Comparison), the attribution (each differing input alone on history, and windows
/// ending otherwise) and the two event logs of the seed the divergence shows, diffed entry by entry.
/// Nothing is scripted: every sentence is made from the runs.
/// </summary>
public static class Explanations
{
    /// <summary>The timeline shown at most (the total is given).</summary>
    public const int MaxTimeline = 80;

    private static readonly Dictionary<string, string> KindWords = new()
    {
        ["policy"] = "policy",
        ["dekulakization"] = "deportations",
        ["excess_deaths"] = "famine",
        ["expulsion"] = "the party",
        ["centre_turn"] = "the party",
        ["lenin_incapacity"] = "the party",
        ["window_opens"] = "revolution abroad",
        ["window_outcome"] = "revolution abroad",
        ["war"] = "war",
        ["war_scare"] = "war scare",
        ["annexation"] = "annexation",
        ["regime_change"] = "regime abroad",
        ["attitude"] = "relations abroad",
        ["weather"] = "weather",
    };

    public static string KindWord(string kind) => KindWords.GetValueOrDefault(kind, kind.Replace('_', ' '));

    public static Explanation Build(ComparisonReport report)
    {
        var d = report.Divergences[0];
        var a = report.Results[0][d.Run];
        var b = report.Results[1][d.Run];
        var timeline = Diff(a.Events.Entries, b.Events.Entries);

        var causes = new List<Cause>();
        // The first decision that differs (the policy timelines, month by month), with the entries
        // of the same levers that follow from it (a changed lever replaces the scenario's later entries).
        var firstLevers = d.Levers.Select(l => l.Split(':')[0]).ToHashSet();
        bool SameDecision(TimelineItem t) => t.Kind == "policy" && firstLevers.Contains(t.Subject);
        if (d.FirstLeverMonth is { } fm)
        {
            var later = timeline.Where(t => SameDecision(t) && t.History is not null && t.Change == "only in history").Select(t => $"{t.Month} ({t.History})").ToList();
            causes.Add(new Cause(fm.ToString(), X(fm), "The first decision that differs",
                $"From {fm} the policy differs: {string.Join("; ", d.Levers.Select(DescribeLever))}."
                + (later.Count > 0 ? $" History's later decisions on {(firstLevers.Count == 1 ? "this lever" : "these levers")} do not happen in yours: {string.Join("; ", later.Take(4))}{(later.Count > 4 ? $" and {later.Count - 4} more" : "")}." : "")));
        }
        // Then the first entries of the event logs that differ otherwise, grouped by month and kind, in time order.
        foreach (var g in timeline.Where(t => !SameDecision(t)).GroupBy(t => (t.Month, t.Kind)))
        {
            if (causes.Count >= 3) break;
            var items = g.ToList();
            causes.Add(new Cause(g.Key.Month, items[0].X, Capital(KindWord(g.Key.Kind)) + (g.Key.Kind == "policy" ? " (a decision)" : " (a consequence)"),
                string.Join(" ", items.Take(3).Select(Sentence)) + (items.Count > 3 ? $" (and {items.Count - 3} more that month)" : "")));
        }
        if (causes.Count == 0)
            causes.Add(new Cause(null, null, "No difference", "The two histories take the same decisions and their event logs are identical on this seed."));

        // What accounts for the differences: the attribution, largest share of the GDP difference first.
        var accounts = report.Contributions
            .OrderByDescending(c => c.Effects.Select((e, i) => c.Total[i] == 0 ? 0 : Math.Abs(e / c.Total[i])).DefaultIfEmpty(0).Max() + Math.Abs(c.Effects[0]) * 1e-9)
            .Take(5)
            .Select(c => new Cause(null, null, $"{(c.Kind == "window" ? "Revolutionary window" : "Your change")}: {c.Cause}",
                $"{Capital(c.Detail)}. It accounts for " + string.Join(", ", Comparison.Headline.Select((m, i) =>
                    $"{Signed(c.Effects[i])} of the {Signed(c.Total[i])} in {m.Name}")) + "."))
            .ToList();

        // The largest differences in the key outcomes, relative to history's value.
        var largest = report.Values.Where(v => v.Scenario == report.Scenarios[1].Name && double.IsFinite(v.DifferenceMedian))
            .Select(v => (v, h: report.Values.First(x => x.Measure == v.Measure && x.Scenario == report.Scenarios[0].Name)))
            .Where(p => p.v.DifferenceMedian != 0)
            .OrderByDescending(p => Math.Abs(p.v.DifferenceMedian) / Math.Max(Math.Abs(p.h.Median), 1e-9))
            .Take(4)
            .Select(p => new Cause(null, null, p.v.Measure, Reading(p.v.Measure, p.v.Unit, p.h.Median, p.v.Median, p.v.DifferenceMedian, p.v.DifferenceLow, p.v.DifferenceHigh)))
            .ToList();

        string summary = d.FirstLeverMonth is { } f
            ? $"Your history parts from history in {f} ({string.Join("; ", d.Levers.Take(3).Select(DescribeLever))})."
            : timeline.Count > 0 ? $"Your history first differs from history in {timeline[0].Month} ({KindWord(timeline[0].Kind)})." : "Your history takes the same course as history.";
        if (largest.Count > 0) summary += $" The largest difference: {largest[0].Text}";
        return new Explanation(summary, causes, accounts, largest, timeline.Take(MaxTimeline).ToList(), report.FirstSeed + (ulong)d.Run, timeline.Count);
    }

    /// <summary>The entries of two event logs that differ (window draws aside: their odds move with
    /// every change), in time order: an entry of one log matched by an equal entry of the other is
    /// dropped; what is left is paired by month, kind and subject where it can be.</summary>
    public static List<TimelineItem> Diff(IReadOnlyList<LoggedEvent> history, IReadOnlyList<LoggedEvent> yours)
    {
        static string Full(LoggedEvent e) => $"{e.Month}|{e.Kind}|{e.Subject}|{e.Description}|{e.Value.ToString("R", CultureInfo.InvariantCulture)}";
        static bool Kept(LoggedEvent e) => e.Kind != "window_draw";
        var left = history.Where(Kept).ToList();
        var right = yours.Where(Kept).ToList();
        var counts = right.GroupBy(Full).ToDictionary(g => g.Key, g => g.Count());
        var onlyHistory = new List<LoggedEvent>();
        foreach (var e in left)
        {
            if (counts.TryGetValue(Full(e), out var c) && c > 0) counts[Full(e)] = c - 1;
            else onlyHistory.Add(e);
        }
        var leftCounts = left.GroupBy(Full).ToDictionary(g => g.Key, g => g.Count());
        var onlyYours = new List<LoggedEvent>();
        foreach (var e in right)
        {
            if (leftCounts.TryGetValue(Full(e), out var c) && c > 0) leftCounts[Full(e)] = c - 1;
            else onlyYours.Add(e);
        }
        var items = new List<TimelineItem>();
        var pending = onlyYours.ToList();
        foreach (var h in onlyHistory)
        {
            int j = pending.FindIndex(y => y.Month == h.Month && y.Kind == h.Kind && y.Subject == h.Subject);
            if (j >= 0)
            {
                items.Add(new TimelineItem(h.Month.ToString(), X(h.Month), h.Kind, h.Subject, "changed", Describe(h), Describe(pending[j])));
                pending.RemoveAt(j);
            }
            else items.Add(new TimelineItem(h.Month.ToString(), X(h.Month), h.Kind, h.Subject, "only in history", Describe(h), null));
        }
        items.AddRange(pending.Select(y => new TimelineItem(y.Month.ToString(), X(y.Month), y.Kind, y.Subject, "only in yours", null, Describe(y))));
        return items.OrderBy(i => i.X).ThenBy(i => i.Change == "only in yours" ? 1 : 0).ToList();
    }

    private static string Describe(LoggedEvent e)
    {
        string value = e.Kind is "policy" ? "" : e.Value != 0 && double.IsFinite(e.Value) ? $" ({F(e.Value)})" : "";
        return e.Description + value;
    }

    private static string Sentence(TimelineItem t) => t.Change switch
    {
        "changed" => $"{t.Month}, {t.Subject}: in yours {t.Yours}; in history {t.History}.",
        "only in history" => $"{t.Month}, {t.Subject}: in history {t.History}; not in yours.",
        _ => $"{t.Month}, {t.Subject}: in yours {t.Yours}; not in history.",
    };

    /// <summary>"collectivization_drive: 0.01 -> 0" with the lever's meaning and unit from the registry.</summary>
    private static string DescribeLever(string change)
    {
        int colon = change.IndexOf(':');
        if (colon < 0) return change;
        string name = change[..colon];
        if (!LeverRegistry.TryIndex(name, out int i)) return change;
        var spec = LeverRegistry.All[i];
        string unit = spec.IsSwitch || spec.Categories is not null || string.IsNullOrEmpty(spec.Unit) ? "" : $" ({spec.Unit})";
        return $"{spec.Meaning.TrimEnd('.')} [{name}]{unit} {change[(colon + 1)..].Trim().Replace("->", "in history, in yours", StringComparison.Ordinal)}";
    }

    /// <summary>A key outcome in plain words.</summary>
    public static string Reading(string measure, string unit, double history, double yours, double diff, double low, double high)
    {
        if (!double.IsFinite(history) || !double.IsFinite(yours)) return $"{measure}: not measured.";
        if (diff == 0 && low == 0 && high == 0) return $"{measure}: {F(history)} {unit}, the same in both histories.";
        string relative = Math.Abs(history) > 1e-9 ? $", {(diff / Math.Abs(history)).ToString("+0.0%;−0.0%", CultureInfo.InvariantCulture)}" : "";
        return $"{measure}: {F(yours)} {unit} in yours against {F(history)} in history ({Signed(diff)}{relative}; the paired runs' differences lie from {Signed(low)} to {Signed(high)}).";
    }

    public static string WindowReading(string window, IReadOnlyList<OutcomeShare> history, IReadOnlyList<OutcomeShare> yours)
    {
        static string Of(IReadOnlyList<OutcomeShare> s)
        {
            int n = s.Sum(x => x.Runs);
            return string.Join(", ", s.Select(x => x.Runs == n ? $"{x.Outcome.Replace('_', ' ')} in all {n} runs" : $"{x.Outcome.Replace('_', ' ')} in {x.Runs} of {n}"));
        }
        string h = Of(history), y = Of(yours);
        return h == y ? $"{window}: {h}, in both histories." : $"{window}: in history {h}; in yours {y}.";
    }

    private static double X(Month m) => m.Year + (m.CalendarMonth - 0.5) / 12.0;

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
