using OneCountry.Model.Engine;
using OneCountry.Model.World;

namespace OneCountry.Model.Tests;

/// <summary>The recorded world (World/RecordedWorld): the windows' uniforms drawn inside the region
/// of the recorded outcome under the reference's probabilities, then read under the run's own.</summary>
public class RecordedWorldTests
{
    private static readonly Month Start = Month.Of(1921, 3), End = Month.Of(1941, 6);

    /// <summary>The Comintern's lines as the historical scenario sets them.</summary>
    private static List<PolicyChange> Lines(double support = 0.5) =>
    [
        new(Month.Of(1921, 3), "comintern_line", (int)CominternLine.UnitedFront),
        new(Month.Of(1921, 3), "comintern_diplomacy", 0.2),
        new(Month.Of(1921, 3), "revolution_support", support),
        new(Month.Of(1924, 12), "comintern_diplomacy", 0.5),
        new(Month.Of(1925, 4), "comintern_line", (int)CominternLine.Subordination),
        new(Month.Of(1928, 7), "comintern_line", (int)CominternLine.ThirdPeriod),
        new(Month.Of(1934, 9), "comintern_diplomacy", 0.8),
        new(Month.Of(1935, 7), "comintern_line", (int)CominternLine.PopularFront),
    ];

    private static readonly RecordedWorld Reference = new(Start, new PolicyTimeline(Lines()), [], WindowCatalog.Defaults);

    /// <summary>Every window's outcome and the month it came, for a world run on <paramref name="seed"/>.</summary>
    private static (WindowOutcome Outcome, Month Month)[] Run(ulong seed, PolicyTimeline policy, RecordedWorld? recorded,
        IReadOnlyList<WindowSpec>? windows = null, ParameterValues? parameters = null)
    {
        var p = new Parameters(parameters ?? ParameterValues.Defaults);
        windows ??= WindowCatalog.Defaults;
        var world = new WorldSystem(p, windows, Start, recorded?.Draws(p, End));
        var rng = new RandomStreams(seed);
        var log = new EventLog();
        var result = new (WindowOutcome, Month)[windows.Count];
        for (var m = Start; m <= End; m = m.Plus(1))
        {
            var levers = PolicyState.From(policy.ValuesAt(m));
            world.Step(m, levers.CominternLine, levers.CominternDiplomacy, levers.RevolutionSupport, levers.Federation, 0, rng, log);
            for (int w = 0; w < windows.Count; w++)
                if (result[w].Item1 == WindowOutcome.Open && world.Outcomes[w] != WindowOutcome.Open) result[w] = (world.Outcomes[w], m);
        }
        return result;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, 50).Select(i => (ulong)i).ToArray();

    [Fact]
    public void Every_run_of_the_reference_ends_every_window_as_recorded_and_when_recorded()
    {
        foreach (var seed in Seeds)
        {
            var outcomes = Run(seed, Reference.Policy, Reference);
            for (int w = 0; w < WindowCatalog.Defaults.Count; w++)
            {
                var spec = WindowCatalog.Defaults[w];
                Assert.Equal((spec.Historical, spec.RecordedMonth), outcomes[w]);
            }
        }
    }

    [Fact]
    public void In_the_drawn_world_the_windows_end_otherwise_on_some_seeds()
    {
        var recorded = WindowCatalog.Defaults.Select(w => (w.Historical, w.RecordedMonth)).ToArray();
        int differing = Seeds.Count(seed => !Run(seed, Reference.Policy, null).SequenceEqual(recorded));
        Assert.InRange(differing, 1, Seeds.Length);
    }

    [Fact]
    public void Raising_the_probability_of_victory_moves_outcomes_only_toward_victory()
    {
        // Soviet support enters the victory intensity only (HazardModel).
        var more = new PolicyTimeline(Lines(support: 1.0));
        int changed = 0;
        foreach (var seed in Seeds)
        {
            var outcomes = Run(seed, more, Reference);
            for (int w = 0; w < WindowCatalog.Defaults.Count; w++)
            {
                var spec = WindowCatalog.Defaults[w];
                if (outcomes[w].Outcome == spec.Historical) continue;
                changed++;
                // A victory, or a window that a victory before it overtook.
                Assert.Contains(outcomes[w].Outcome, new[] { WindowOutcome.Victory, WindowOutcome.Overtaken });
            }
        }
        Assert.True(changed > 0, "support 1.0 should turn some window somewhere");
    }

    [Fact]
    public void A_stronger_fascist_movement_moves_outcomes_only_toward_fascist_victory()
    {
        // The run's windows have twice the fascist strength; the record is abducted under the reference's.
        var stronger = WindowCatalog.Defaults.Select(w => w with { Fascist = new DatedPath(w.Fascist.Points.Select(p => (p.Month, Math.Min(1, 2 * p.Value + 0.1))).ToArray()) }).ToArray();
        int changed = 0;
        foreach (var seed in Seeds)
        {
            var outcomes = Run(seed, Reference.Policy, Reference, stronger);
            for (int w = 0; w < stronger.Length; w++)
            {
                if (outcomes[w].Outcome == stronger[w].Historical)
                {
                    // The same outcome can only come sooner (a fascist victory) or at the same month.
                    Assert.True(outcomes[w].Month <= stronger[w].RecordedMonth);
                    continue;
                }
                changed++;
                Assert.Equal(WindowOutcome.FascistVictory, outcomes[w].Outcome);
            }
        }
        Assert.True(changed > 0, "a doubled fascist strength should turn some window somewhere");
    }

    [Fact]
    public void Levers_the_world_does_not_see_leave_every_window_as_recorded()
    {
        var other = new PolicyTimeline([.. Lines(), new(Month.Of(1928, 1), "nep_market", 0), new(Month.Of(1929, 11), "collectivization_drive", 0.5)]);
        foreach (var seed in Seeds.Take(10))
            Assert.Equal(Run(seed, Reference.Policy, Reference), Run(seed, other, Reference));
    }

    [Fact]
    public void A_window_the_reference_does_not_know_is_drawn_freely()
    {
        var extra = new WindowSpec
        {
            Name = "austria_1934", Country = "Austria", Start = Month.Of(1934, 2), End = Month.Of(1934, 2), Kind = WindowKind.RevolutionaryCrisis,
            Intensity = 0.9, Party = DatedPath.Constant(0.6), Fascist = DatedPath.Constant(0.6), Population = 6.8e6, GdpPerCapita = 4000,
        };
        var windows = WindowCatalog.Defaults.Append(extra).ToArray();
        var outcomes = Seeds.Select(seed => Run(seed, Reference.Policy, Reference, windows)[^1].Outcome).Distinct().ToArray();
        Assert.True(outcomes.Length > 1, "a new window should end in more than one way over 50 seeds");
    }

    [Fact]
    public void A_clock_strikes_when_its_cumulative_hazard_reaches_its_threshold_and_the_earlier_in_the_month_wins()
    {
        var clock = new WindowClock { Set = true, Victory = 0.5, Fascist = 0.9 };
        Assert.Equal(WindowOutcome.Open, HazardModel.Advance(ref clock, 0.3, 0.3, lastMonth: false));
        // Victory reaches 0.5 a third of the way into the month (0.3 + 0.2 of 0.6), fascism 0.9 at the end.
        Assert.Equal(WindowOutcome.Victory, HazardModel.Advance(ref clock, 0.6, 0.6, lastMonth: false));
        var late = new WindowClock { Set = true, Victory = 0.9, Fascist = 0.5 };
        Assert.Equal(WindowOutcome.Open, HazardModel.Advance(ref late, 0.3, 0.3, lastMonth: false));
        Assert.Equal(WindowOutcome.FascistVictory, HazardModel.Advance(ref late, 0.6, 0.6, lastMonth: false));
        var neither = new WindowClock { Set = true, Victory = 5, Fascist = 5 };
        Assert.Equal(WindowOutcome.Defeat, HazardModel.Advance(ref neither, 0.1, 0.1, lastMonth: true));
    }

    [Fact]
    public void Drawn_clocks_give_the_competing_risks_probabilities_of_the_hazard_model()
    {
        // Constant hazards over a 4-month window: P(victory) = hv/(hv+hf) (1 - e^-(4hv+4hf)).
        double hv = 0.1, hf = 0.05;
        var rng = new RandomStreams(7);
        int n = 200_000, victories = 0, fascist = 0;
        for (int i = 0; i < n; i++)
        {
            var clock = new WindowClock { Set = true, Victory = -Math.Log(1 - rng.Uniform(RandomPurpose.Revolution, i, 0, 0)), Fascist = -Math.Log(1 - rng.Uniform(RandomPurpose.Revolution, i, 0, 1)) };
            for (int m = 0; m < 4; m++)
            {
                var o = HazardModel.Advance(ref clock, hv, hf, m == 3);
                if (o == WindowOutcome.Victory) victories++;
                if (o == WindowOutcome.FascistVictory) fascist++;
                if (o != WindowOutcome.Open) break;
            }
        }
        double any = 1 - Math.Exp(-4 * (hv + hf));
        Assert.Equal(any * hv / (hv + hf), victories / (double)n, 2);
        Assert.Equal(any * hf / (hv + hf), fascist / (double)n, 2);
    }
}

/// <summary>The weather's order of precedence (Countryside/Weather): a scripted event, else the recorded weather, else the draw.</summary>
public class RecordedWeatherTests
{
    private static readonly Parameters P = new(ParameterValues.Defaults);

    [Fact]
    public void The_recorded_weather_replaces_the_draw_and_a_scripted_event_replaces_the_recorded_weather()
    {
        int volga = Countryside.Zones.IndexOf("volga"), ukraine = Countryside.Zones.IndexOf("ukraine");
        var recorded = new RecordedWeather(Countryside.Zones.Indices.ToDictionary(z => (1924, z), z => z == volga ? 0.6 : 0.95), "test");
        var scripted = new ScheduledEvent(Month.Of(1924, 6), EventKind.Drought, 0.4, 0, [ukraine], null, null);
        var rng = new RandomStreams(11);
        double[] drawn = new double[Countryside.Zones.Count], set = new double[Countryside.Zones.Count];
        Countryside.Weather.Draw(Month.Of(1924, 8), P, rng, [], null, drawn, new EventLog());
        var log = new EventLog();
        Countryside.Weather.Draw(Month.Of(1924, 8), P, rng, [scripted], recorded, set, log);
        Assert.Equal(0.6, set[volga]);
        Assert.Equal(0.4, set[ukraine]);
        Assert.All(Countryside.Zones.Indices.Where(z => z != volga && z != ukraine), z => Assert.Equal(0.95, set[z]));
        Assert.Contains(log.Entries, e => e.Kind == "weather" && e.Description == "recorded");
        // A year the record does not list is drawn, as without it.
        double[] other = new double[Countryside.Zones.Count], otherDrawn = new double[Countryside.Zones.Count];
        Countryside.Weather.Draw(Month.Of(1925, 8), P, rng, [], recorded, other, new EventLog());
        Countryside.Weather.Draw(Month.Of(1925, 8), P, rng, [], null, otherDrawn, new EventLog());
        Assert.Equal(otherDrawn, other);
        Assert.NotEqual(set, drawn);
    }
}
