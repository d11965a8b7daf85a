using OneCountry.Model.Engine;

namespace OneCountry.Model.World;

/// <summary>
/// The recorded world: the history that happened, against which every counterfactual is run.
/// Counterfactual analysis keeps the exogenous shocks that produced the record and changes only
/// the policy (Pearl's abduction, action, prediction: Pearl, Glymour and Jewell, Causal Inference
/// in Statistics, 2016, ch. 4; Cheremukhin, Golosov, Guriev and Tsyvinski, 2017, keep their
/// measured wedges in the same way). For a revolutionary window the exogenous shocks are the
/// thresholds of its two competing clocks (<see cref="HazardModel.Advance"/>): they are drawn
/// inside the region that produces the recorded outcome in the recorded month under the hazards of
/// the reference scenario (the one that states the record, normally <c>historical</c>), and the run
/// then reads them under its own hazards. So a run whose hazards are the reference's reproduces the
/// recorded outcome and month exactly, whatever the seed; a run that raises the hazard of victory
/// can only bring victories (or bring them sooner), one that raises that of fascist victory only
/// fascist victories. The reference's hazards are those of a shadow of the world system run with
/// the reference's levers and world events and the run's own parameters (abduction under the model
/// the prediction uses); they depend on nothing inside the USSR, so the shadow is exact.
/// </summary>
/// <param name="Start">The reference scenario's first month.</param>
/// <param name="Policy">The reference scenario's policy timeline (its Comintern levers matter here).</param>
/// <param name="Events">The reference scenario's events (regime changes, wars, shocks abroad).</param>
/// <param name="Windows">The reference scenario's windows with their recorded outcomes and months.</param>
/// <param name="Weather">The recorded harvest weather by crop year and zone (null: none recorded).</param>
public sealed record RecordedWorld(Month Start, PolicyTimeline Policy, IReadOnlyList<ScheduledEvent> Events, IReadOnlyList<WindowSpec> Windows,
    RecordedWeather? Weather = null)
{
    /// <summary>The reference's hazards of every window up to its recorded outcome, for a run with <paramref name="parameters"/>.</summary>
    public RecordedDraws Draws(Parameters parameters, Month end)
    {
        // The reference's windows, each forced to its recorded outcome in its recorded month, so the
        // shadow follows the record (a forced window draws no random number).
        var forced = Windows.Select(w => w with { Forced = w.Historical, ForcedMonth = w.RecordedMonth }).ToArray();
        var shadow = new WorldSystem(parameters, forced, Start);
        var log = new EventLog();
        var rng = new RandomStreams(0);
        var hazards = Windows.ToDictionary(w => w.Name, _ => new List<(double, double)>());
        var last = Windows.Count == 0 ? Start : Windows.Max(w => w.RecordedMonth);
        for (var m = Start; m <= last; m = m.Plus(1))
        {
            foreach (var e in Events)
                if (e.Month == m && WorldSystem.Handles(e.Kind) && shadow.Satisfies(e.Requires))
                    shadow.Apply(e, m, log);
            var policy = PolicyState.From(Policy.ValuesAt(m));
            shadow.Step(m, policy.CominternLine, policy.CominternDiplomacy, policy.RevolutionSupport, policy.Federation, 0, rng, log);
            for (int w = 0; w < Windows.Count; w++)
                if (m >= Windows[w].Start && m <= Windows[w].RecordedMonth && shadow.LastHazards[w] is { } h)
                    hazards[Windows[w].Name].Add(h);
        }
        return new RecordedDraws(Windows.Where(w => hazards[w.Name].Count == w.RecordedMonth - w.Start + 1)
            .ToDictionary(w => w.Name, w => new RecordedWindow(w.Historical, w.RecordedMonth, hazards[w.Name].ToArray())));
    }
}

/// <summary>A window of the reference: its recorded outcome and month, and its hazards (victory,
/// fascist victory) in each month from its opening to the recorded month.</summary>
public sealed record RecordedWindow(WindowOutcome Outcome, Month Month, (double Victory, double Fascist)[] Hazards);

/// <summary>The thresholds of the windows' clocks that give the recorded outcomes under the
/// reference's hazards (<see cref="RecordedWorld"/>).</summary>
public sealed class RecordedDraws(IReadOnlyDictionary<string, RecordedWindow> windows)
{
    public bool TryRecorded(string window, out WindowOutcome outcome, out Month month)
    {
        if (windows.TryGetValue(window, out var r)) { (outcome, month) = (r.Outcome, r.Month); return true; }
        outcome = WindowOutcome.Open; month = default;
        return false;
    }

    /// <summary>
    /// The thresholds (<paramref name="victory"/>, <paramref name="fascist"/>) from the uniforms
    /// <paramref name="v1"/>, <paramref name="v2"/>, drawn from Exp(1) conditioned on the recorded
    /// outcome: a defeat needs both above their cumulative hazards at the window's end; a fascist
    /// victory in month T needs the fascist threshold inside month T's hazard, and the victory
    /// threshold above where the victory clock stands when the fascist one strikes (victory the
    /// other way round). By memorylessness, "above a" is a + Exp(1), and "inside (a, b]" is the
    /// inverse of the exponential's distribution on it. Each threshold is checked with the very
    /// arithmetic of <see cref="HazardModel.Advance"/> and nudged up by the last bit where
    /// rounding would turn it. False for a window the reference does not record (drawn freely);
    /// <paramref name="possible"/> is false when the reference gives the recorded outcome no hazard.
    /// </summary>
    public bool TryClocks(string window, double v1, double v2, out double victory, out double fascist, out bool possible)
    {
        victory = fascist = 0;
        possible = true;
        if (!windows.TryGetValue(window, out var r)) return false;
        double hvBefore = 0, hfBefore = 0;
        for (int t = 0; t < r.Hazards.Length - 1; t++) { hvBefore += r.Hazards[t].Victory; hfBefore += r.Hazards[t].Fascist; }
        var (hv, hf) = r.Hazards[^1];
        double hvEnd = hvBefore + hv, hfEnd = hfBefore + hf;
        switch (r.Outcome)
        {
            case WindowOutcome.FascistVictory when hf > 0:
                fascist = Inside(v2, hfBefore, hf, hfEnd);
                victory = Above(v1, hvBefore + HazardModel.WithinMonth(fascist, hfBefore, hf) * hv);
                // Victory must not strike first in the month.
                while (victory <= hvEnd && !(HazardModel.WithinMonth(victory, hvBefore, hv) >= HazardModel.WithinMonth(fascist, hfBefore, hf))) victory = Math.BitIncrement(victory);
                break;
            case WindowOutcome.Victory when hv > 0:
                victory = Inside(v1, hvBefore, hv, hvEnd);
                fascist = Above(v2, hfBefore + HazardModel.WithinMonth(victory, hvBefore, hv) * hf);
                while (fascist <= hfEnd && !(HazardModel.WithinMonth(victory, hvBefore, hv) < HazardModel.WithinMonth(fascist, hfBefore, hf))) fascist = Math.BitIncrement(fascist);
                break;
            case WindowOutcome.Defeat:
                victory = Above(v1, hvEnd);
                fascist = Above(v2, hfEnd);
                break;
            default:
                // The recorded outcome has no hazard under the reference: nothing to condition on.
                possible = false;
                victory = -Math.Log(1 - v1);
                fascist = -Math.Log(1 - v2);
                break;
        }
        return true;
    }

    /// <summary>Exp(1) conditioned above <paramref name="a"/>, strictly.</summary>
    private static double Above(double v, double a)
    {
        double x = a - Math.Log(1 - v);
        return x > a ? x : Math.BitIncrement(a);
    }

    /// <summary>Exp(1) conditioned inside (<paramref name="a"/>, <paramref name="b"/>], b = a + width.</summary>
    private static double Inside(double v, double a, double width, double b)
    {
        double x = a - Math.Log(1 - v * (1 - Math.Exp(-width)));
        return x <= a ? Math.Min(b, Math.BitIncrement(a)) : Math.Min(x, b);
    }
}

/// <summary>The recorded harvest weather: a yield factor for each crop year and zone, inferred from
/// the recorded harvests (how: the file it was read from says; docs/model.md, the recorded world).</summary>
public sealed class RecordedWeather(IReadOnlyDictionary<(int Year, int Zone), double> factors, string source)
{
    public string Source { get; } = source;

    public IReadOnlyDictionary<(int Year, int Zone), double> Factors { get; } = factors;

    public bool TryGet(int year, int zone, out double factor) => Factors.TryGetValue((year, zone), out factor);
}

/// <summary>A scripted event's condition on the world: it happens only if the country then has the regime.</summary>
public sealed record WorldCondition(string Country, Regime Regime);
