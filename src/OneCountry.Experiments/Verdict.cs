using OneCountry.Model.Engine;
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
/// The readings use fixed, stated thresholds; they describe, they do not grade.
/// </summary>
public static class Verdict
{
    public static IReadOnlyList<VerdictItem> From(SimulationResult r)
    {
        int n = Math.Min(12, r.Months);
        double Mean(string v) => Enumerable.Range(r.Months - n, n).Average(t => r[t, Variables.IndexOf(v)]);
        double technique = Mean("technique_relative_frontier");
        double gini = Mean("gini_consumption");
        double privilege = Mean("privilege_share");
        double apparatus = Mean("state_apparatus") / Mean("population");
        double kulaks = Mean("class_share_kulaks");
        double defence = Mean("defence_share");
        double hostile = Mean("hostile_power_ratio");
        double members = r[r.Months - 1, Variables.IndexOf("federation_members")];
        string year = r.MonthAt(r.Months - 1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("technique", "technique", technique, "ratio",
                $"Soviet output per head is {technique:P0} of the most advanced capitalist country's ({year}): " +
                (technique >= 1 ? "at or beyond the frontier." : technique >= 0.6 ? "within reach of the frontier." : technique >= 0.35 ? "well behind the frontier." : "far behind the frontier.")),
            new("gini_consumption", "equality", gini, "Gini",
                $"Gini of consumption {gini:0.00}: " + (gini < 0.25 ? "fairly equal." : gini < 0.35 ? "moderately unequal." : "markedly unequal.")),
            new("privilege_share", "equality", privilege, "share",
                $"The apparatus takes {privilege:P1} of consumer goods beyond its numbers' share."),
            new("privileged_and_exploiting_share", "classes", apparatus + kulaks, "share of population",
                $"{apparatus + kulaks:P1} of the population are officials or kulak families (apparatus {apparatus:P1}, kulaks {kulaks:P1})."),
            new("defence_share", "security", defence, "share of national income",
                $"Defence takes {defence:P1} of national income" + (defence > 0.1 ? ": a war economy." : defence > 0.05 ? ": a heavy burden." : ".")),
            new("hostile_power_ratio", "security", hostile, "ratio",
                $"Hostile military potential is {hostile:0.00} of the federation's GDP" + (members > 0 ? $"; the federation has {members:0} member state(s) besides the USSR." : "; the USSR stands alone.")),
        ];
    }
}
