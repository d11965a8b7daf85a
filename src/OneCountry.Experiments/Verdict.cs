using OneCountry.Model.Engine;
using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Experiments;

/// <summary>One component of the verdict: its value, what it measures and a plain reading.</summary>
public sealed record VerdictItem(string Name, string Dimension, double Value, string Unit, string Reading);

/// <summary>
/// The verdict at the end of a run: the source's definition of socialism — "a
/// class-free society, based upon the most advanced technique and upon the real equality of all
/// its members" — measured as a vector, never one score. Values are means over the run's last 12
/// months. Technique: Soviet GDP per head over the most advanced capitalist country's. Equality:
/// the Gini of consumption and the bureaucracy's privilege share. Classes: the share of the
/// population in privileged or exploiting positions (state apparatus and kulak families; nepmen are
/// not yet a class of the model). Security: the defence burden and the hostile power ratio.
/// The readings use fixed, stated thresholds; they describe, they do not grade. For an ensemble
/// (<see cref="FromEnsemble"/>) the values are the medians across runs and each reading states the
/// median, the 5–95% band and in how many runs the reading holds — never one seed's.
/// </summary>
public static class Verdict
{
    private sealed record Components(double Technique, double Gini, double Privilege, double Apparatus, double Kulaks, double Defence, double Hostile, double Members, string Year)
    {
        public double Privileged => Apparatus + Kulaks;
    }

    private static Components Measure(SimulationResult r)
    {
        int n = Math.Min(12, r.Months);
        double Mean(string v) => Enumerable.Range(r.Months - n, n).Average(t => r[t, Variables.IndexOf(v)]);
        return new Components(
            Technique: Mean("technique_relative_frontier"),
            Gini: Mean("gini_consumption"),
            Privilege: Mean("privilege_share"),
            Apparatus: Mean("state_apparatus") / Mean("population"),
            Kulaks: Mean("class_share_kulaks"),
            Defence: Mean("defence_share"),
            Hostile: Mean("hostile_power_ratio"),
            Members: r[r.Months - 1, Variables.IndexOf("federation_members")],
            Year: r.MonthAt(r.Months - 1).Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string TechniqueClass(double t) =>
        t >= 1 ? "at or beyond the frontier." : t >= 0.6 ? "within reach of the frontier." : t >= 0.35 ? "well behind the frontier." : "far behind the frontier.";

    private static string GiniClass(double g) => g < 0.25 ? "fairly equal." : g < 0.35 ? "moderately unequal." : "markedly unequal.";

    private static string DefenceClass(double d) => d > 0.1 ? ": a war economy." : d > 0.05 ? ": a heavy burden." : ".";

    private static string P0(double v) => v.ToString("P0", CultureInfo.InvariantCulture);
    private static string P1(double v) => v.ToString("P1", CultureInfo.InvariantCulture);

    /// <summary>The verdict of one run, read from that run.</summary>
    public static IReadOnlyList<VerdictItem> From(SimulationResult r)
    {
        var c = Measure(r);
        return
        [
            new("technique", "technique", c.Technique, "ratio",
                $"Soviet output per head is {P0(c.Technique)} of the most advanced capitalist country's ({c.Year}): " + TechniqueClass(c.Technique)),
            new("gini_consumption", "equality", c.Gini, "Gini",
                $"Gini of consumption {c.Gini:0.00}: " + GiniClass(c.Gini)),
            new("privilege_share", "equality", c.Privilege, "share",
                $"The apparatus takes {P1(c.Privilege)} of consumer goods beyond its numbers' share."),
            new("privileged_and_exploiting_share", "classes", c.Privileged, "share of population",
                $"{P1(c.Privileged)} of the population are officials or kulak families (apparatus {P1(c.Apparatus)}, kulaks {P1(c.Kulaks)})."),
            new("defence_share", "security", c.Defence, "share of national income",
                $"Defence takes {P1(c.Defence)} of national income" + DefenceClass(c.Defence)),
            new("hostile_power_ratio", "security", c.Hostile, "ratio",
                $"Hostile military potential is {c.Hostile:0.00} of the federation's GDP" + (c.Members > 0 ? $"; the federation has {c.Members:0} member state(s) besides the USSR." : "; the USSR stands alone.")),
        ];
    }

    /// <summary>The verdict of an ensemble: each value is the median across runs, and each reading
    /// gives the median, the 5–95% band of the runs and in how many of them the reading holds. One
    /// run gives that run's verdict (<see cref="From"/>).</summary>
    public static IReadOnlyList<VerdictItem> FromEnsemble(IReadOnlyList<SimulationResult> runs)
    {
        if (runs.Count == 0) throw new ArgumentException("at least one run", nameof(runs));
        if (runs.Count == 1) return From(runs[0]);
        var all = runs.Select(Measure).ToList();
        int n = all.Count;
        string year = all[0].Year;
        (double Median, string Band) Of(Func<Components, double> f, Func<double, string> format)
        {
            var (m, lo, hi) = Ensemble.Band(all.Select(f));
            return (m, $"5–95% of {n} runs: {format(lo)}–{format(hi)}");
        }
        string Share<T>(Func<Components, T> category, T atMedian)
        {
            int k = all.Count(c => EqualityComparer<T>.Default.Equals(category(c), atMedian));
            return k == n ? $" (in all {n} runs)" : $" (in {k} of {n} runs)";
        }
        var technique = Of(c => c.Technique, P0);
        var gini = Of(c => c.Gini, v => v.ToString("0.00", CultureInfo.InvariantCulture));
        var privilege = Of(c => c.Privilege, P1);
        var privileged = Of(c => c.Privileged, P1);
        double apparatus = Ensemble.Band(all.Select(c => c.Apparatus)).Median, kulaks = Ensemble.Band(all.Select(c => c.Kulaks)).Median;
        var defence = Of(c => c.Defence, P1);
        var hostile = Of(c => c.Hostile, v => v.ToString("0.00", CultureInfo.InvariantCulture));
        int federated = all.Count(c => c.Members > 0);
        double members = Ensemble.Band(all.Select(c => c.Members)).Median;
        string federation = federated == 0 ? "; the USSR stands alone in every run."
            : federated == n ? $"; the federation has member states besides the USSR in every run (median {members:0})."
            : $"; the federation has member states besides the USSR in {federated} of {n} runs, the USSR stands alone in the others.";
        return
        [
            new("technique", "technique", technique.Median, "ratio",
                $"Soviet output per head is {P0(technique.Median)} of the most advanced capitalist country's ({year}; median, {technique.Band}): "
                + TechniqueClass(technique.Median).TrimEnd('.') + Share(c => TechniqueClass(c.Technique), TechniqueClass(technique.Median)) + "."),
            new("gini_consumption", "equality", gini.Median, "Gini",
                $"Gini of consumption {gini.Median:0.00} (median, {gini.Band}): " + GiniClass(gini.Median).TrimEnd('.') + Share(c => GiniClass(c.Gini), GiniClass(gini.Median)) + "."),
            new("privilege_share", "equality", privilege.Median, "share",
                $"The apparatus takes {P1(privilege.Median)} (median, {privilege.Band}) of consumer goods beyond its numbers' share."),
            new("privileged_and_exploiting_share", "classes", privileged.Median, "share of population",
                $"{P1(privileged.Median)} (median, {privileged.Band}) of the population are officials or kulak families (medians: apparatus {P1(apparatus)}, kulaks {P1(kulaks)})."),
            new("defence_share", "security", defence.Median, "share of national income",
                $"Defence takes {P1(defence.Median)} (median, {defence.Band}) of national income" + DefenceClass(defence.Median).TrimEnd('.')
                + Share(c => DefenceClass(c.Defence), DefenceClass(defence.Median)) + "."),
            new("hostile_power_ratio", "security", hostile.Median, "ratio",
                $"Hostile military potential is {hostile.Median:0.00} (median, {hostile.Band}) of the federation's GDP" + federation),
        ];
    }
}
