using OneCountry.Model.Engine;

namespace OneCountry.Model.World;

/// <summary>What the world means for the USSR this month.</summary>
public readonly record struct WorldMonth(
    double RequiredDefenceShare, double HostilePowerRatio, double HostilePotential,
    int FederationMembers, double FederationPopulation, double FederationGdp,
    double BestMemberGdpPerCapita, double FrontierGdpPerCapita);

/// <summary>
/// The international system: the capitalist countries as a small
/// structure of arrays, the revolutionary windows, the federation and the encirclement.
/// Each month:
/// 1. **Economies.** Every country follows its baseline path (WorldBaseline, MPD2020) times any
///    scenario shock (event <c>economic_shock</c>); a country that became a workers' state keeps
///    its path (the model does not simulate its new economy).
/// 2. **Situation.** The revolutionary-situation index is the fall of GDP per head below its peak
///    of the last three years, as a share of <c>crisis_full_fall</c> (crisis and unemployment move
///    together), plus <c>war_situation</c> while the country is at war, plus the acuteness of an
///    open window as the sources describe it; capped at 1.
/// 3. **Militarization** closes <c>militarization_rate</c> a year of the gap to its target: the
///    country's own peacetime level (<c>fascist_militarization</c> after a fascist victory, or what
///    a scripted regime change states), <c>war_militarization</c> at war (Harrison 1998).
/// 4. **Windows.** In each open window the hazard model (<see cref="HazardModel"/>) gives this
///    month's probabilities of victory and fascist victory from the situation, the party, the fit
///    of the Comintern line in force (less its subordination to Soviet diplomacy), leadership and
///    Soviet support. The two outcomes are competing clocks (<see cref="HazardModel.Advance"/>):
///    each has a threshold drawn once as the window opens (stream Revolution, keyed by the window's
///    name), and happens when its cumulative hazard reaches it; in the recorded world the
///    thresholds are drawn inside the region that gives the recorded outcome under the
///    reference's hazards (<see cref="RecordedWorld"/>).
///    Every draw goes to the event log with its probabilities; at the window's opening the log
///    also gets the probabilities over the whole window with the levers then in force.
///    Victory makes a workers' state friendly to the USSR that joins the federation when the lever
///    <c>federation</c> is on; fascist victory makes a hostile regime that militarizes; a window
///    that closes with neither is a defeat followed by stabilization.
/// 5. **Encirclement.** Hostile military potential H = Σ max(0, −attitude) × GDP × militarization;
///    the required Soviet defence share is <c>threat_defence_min</c> + <c>threat_defence_response</c>
///    × H / (the federation's GDP), capped at <c>threat_defence_max</c>.
/// </summary>
public sealed class WorldSystem
{
    private readonly WorldParameters _p;
    private readonly WindowSpec[] _windows;
    private readonly ulong[] _windowKeys;
    private readonly int[] _windowCountry;

    public int Count { get; }
    public string[] Names { get; }
    public double[] GdpPerCapita { get; }
    public double[] Population { get; }
    public double[] Situation { get; }
    public double[] Communist { get; }
    public double[] SocialDemocratic { get; }
    public double[] Fascist { get; }
    public double[] Attitude { get; }
    public double[] Militarization { get; }
    public Regime[] Regime { get; }
    public bool[] Federation { get; }
    private readonly double[] _peacetimeMilitarization;
    private readonly int[] _warUntil;
    private readonly double[] _shock;
    private readonly int[] _shockUntil;
    private readonly double[][] _recentGdp; // monthly GDP per head of the last 36 months (ring)
    private readonly double[] _fixedPopulation, _fixedGdp; // countries outside MPD2020
    public WindowOutcome[] Outcomes { get; }
    /// <summary>Each window's hazards of victory and fascist victory this month (null when it was not open).</summary>
    public (double Victory, double Fascist)?[] LastHazards { get; }
    private readonly WindowClock[] _clocks;
    private readonly RecordedDraws? _recorded;
    /// <summary>Windows that ended this month (victory, defeat or fascist victory).</summary>
    public List<WindowOutcome> EndedThisMonth { get; } = [];

    public IReadOnlyList<WindowSpec> Windows => _windows;

    /// <summary>Initial states (1921): regime, communist and fascist strength, attitude to the USSR
    /// and peacetime militarization. Sources and reasoning in docs/model.md §7.9.</summary>
    private static readonly Dictionary<string, (Regime Regime, double Communist, double SocialDemocratic, double Fascist, double Attitude, double Militarization)> Profiles = new()
    {
        ["Germany"] = (World.Regime.BourgeoisDemocracy, 0.12, 0.26, 0.03, 0.3, 0.01),
        ["United Kingdom"] = (World.Regime.BourgeoisDemocracy, 0.01, 0.33, 0.0, -0.4, 0.03),
        ["United States"] = (World.Regime.BourgeoisDemocracy, 0.005, 0.03, 0.0, -0.2, 0.01),
        ["France"] = (World.Regime.BourgeoisDemocracy, 0.1, 0.2, 0.02, -0.4, 0.04),
        ["Japan"] = (World.Regime.BourgeoisDemocracy, 0.0, 0.03, 0.0, -0.5, 0.03),
        ["Italy"] = (World.Regime.BourgeoisDemocracy, 0.05, 0.25, 0.1, -0.1, 0.03),
        ["China"] = (World.Regime.SemiColonial, 0.01, 0.0, 0.0, 0.2, 0.02),
        ["Poland"] = (World.Regime.BourgeoisDemocracy, 0.02, 0.15, 0.0, -0.6, 0.04),
        ["Finland"] = (World.Regime.BourgeoisDemocracy, 0.05, 0.3, 0.0, -0.5, 0.03),
        ["Romania"] = (World.Regime.BourgeoisDemocracy, 0.01, 0.05, 0.0, -0.6, 0.04),
        [Countries.BalticStates] = (World.Regime.BourgeoisDemocracy, 0.02, 0.2, 0.0, -0.3, 0.03),
    };

    /// <param name="recorded">The recorded world's regions of the windows' uniforms (null: every window drawn freely).</param>
    public WorldSystem(Parameters parameters, IReadOnlyList<WindowSpec> windows, Month start, RecordedDraws? recorded = null)
    {
        _p = parameters.World;
        _recorded = recorded;
        _windows = windows.ToArray();
        var names = new List<string>(Countries.Capitalist);
        foreach (var w in _windows)
            if (!names.Contains(w.Country)) names.Add(w.Country);
        Count = names.Count;
        Names = names.ToArray();
        GdpPerCapita = new double[Count]; Population = new double[Count]; Situation = new double[Count];
        Communist = new double[Count]; SocialDemocratic = new double[Count]; Fascist = new double[Count]; Attitude = new double[Count];
        Militarization = new double[Count]; Regime = new Regime[Count]; Federation = new bool[Count];
        _peacetimeMilitarization = new double[Count]; _warUntil = new int[Count];
        _shock = Enumerable.Repeat(1.0, Count).ToArray(); _shockUntil = Enumerable.Repeat(int.MaxValue, Count).ToArray();
        _fixedPopulation = new double[Count]; _fixedGdp = new double[Count];
        _recentGdp = new double[Count][];
        for (int c = 0; c < Count; c++)
        {
            var (regime, communist, socialDemocratic, fascist, attitude, mil) = Profiles.TryGetValue(Names[c], out var prof)
                ? prof : (World.Regime.BourgeoisDemocracy, 0.0, 0.0, 0.0, 0.0, 0.02);
            Regime[c] = regime; Communist[c] = communist; SocialDemocratic[c] = socialDemocratic; Fascist[c] = fascist; Attitude[c] = attitude;
            Militarization[c] = _peacetimeMilitarization[c] = mil;
            _warUntil[c] = int.MinValue;
            var spec = _windows.FirstOrDefault(w => w.Country == Names[c] && w.Population > 0);
            _fixedPopulation[c] = spec?.Population ?? 0;
            _fixedGdp[c] = spec?.GdpPerCapita ?? 0;
            _recentGdp[c] = new double[36];
        }
        _windowCountry = _windows.Select(w => Array.IndexOf(Names, w.Country)).ToArray();
        _windowKeys = _windows.Select(w => StableHash(w.Name)).ToArray();
        Outcomes = new WindowOutcome[_windows.Length];
        LastHazards = new (double, double)?[_windows.Length];
        _clocks = new WindowClock[_windows.Length];
        // Fill the 36-month memory with the baseline before the start, so the crisis index is
        // defined from the first month.
        for (int back = 36; back >= 1; back--) UpdateEconomies(start.Plus(-back));
    }

    public int IndexOf(string country) => Array.IndexOf(Names, country);

    /// <summary>Whether the world meets a scripted event's condition now (no condition: yes).</summary>
    public bool Satisfies(WorldCondition? condition)
    {
        if (condition is null) return true;
        int c = IndexOf(condition.Country);
        return c >= 0 && Regime[c] == condition.Regime;
    }

    /// <summary>Whether an event of this kind is the world system's to apply (a war of the USSR is not: it names no country of the system).</summary>
    public static bool Handles(EventKind kind) => kind is EventKind.RegimeChange or EventKind.War or EventKind.Attitude or EventKind.EconomicShock;

    /// <summary>Applies a scripted world event (regime change, war, attitude).</summary>
    public void Apply(ScheduledEvent e, Month month, EventLog log)
    {
        int c = e.Country is null ? -1 : IndexOf(e.Country);
        if (c < 0) return;
        switch (e.Kind)
        {
            case EventKind.RegimeChange when e.Regime is { } r:
                Regime[c] = r;
                if (e.Attitude is { } a) Attitude[c] = a;
                if (e.Militarization is { } mil) _peacetimeMilitarization[c] = mil;
                else if (r == World.Regime.Fascist) _peacetimeMilitarization[c] = Math.Max(_peacetimeMilitarization[c], _p.FascistMilitarization);
                log.Add(new LoggedEvent(month, Names[c], "regime_change", Comintern.Name(r), e.Note ?? $"{Names[c]} becomes {Comintern.Name(r).Replace('_', ' ')}", double.NaN, Attitude[c]));
                break;
            case EventKind.War:
                _warUntil[c] = month.Index + e.DurationMonths - 1;
                log.Add(new LoggedEvent(month, Names[c], "war", Names[c], e.Note ?? $"{Names[c]} at war for {e.DurationMonths} months", double.NaN, e.DurationMonths));
                break;
            case EventKind.EconomicShock:
                _shock[c] = e.Magnitude;
                _shockUntil[c] = e.DurationMonths > 0 ? month.Index + e.DurationMonths - 1 : int.MaxValue;
                log.Add(new LoggedEvent(month, Names[c], "economic_shock", Names[c],
                    e.Note ?? $"{Names[c]}'s GDP per head x{e.Magnitude:0.###} {(e.DurationMonths > 0 ? $"for {e.DurationMonths} months" : "from now on")}", double.NaN, e.Magnitude));
                break;
            case EventKind.Attitude when e.Attitude is { } att:
                Attitude[c] = att;
                log.Add(new LoggedEvent(month, Names[c], "attitude", Names[c], e.Note ?? $"{Names[c]}'s attitude to the USSR becomes {att:0.##}", double.NaN, att));
                break;
        }
    }

    private void UpdateEconomies(Month month)
    {
        int slot = ((month.Index % 36) + 36) % 36;
        int finland = WorldBaseline.IndexOf("Finland");
        for (int c = 0; c < Count; c++)
        {
            int b = WorldBaseline.IndexOf(Names[c]);
            if (b >= 0)
            {
                GdpPerCapita[c] = WorldBaseline.GdpPerCapita(b, month);
                Population[c] = WorldBaseline.Population(b, month);
            }
            else if (Names[c] == Countries.BalticStates)
            {
                GdpPerCapita[c] = _p.BalticGdpRatio * WorldBaseline.GdpPerCapita(finland, month);
                Population[c] = _p.BalticPopulation;
            }
            else
            {
                GdpPerCapita[c] = _fixedGdp[c];
                Population[c] = _fixedPopulation[c];
            }
            if (month.Index > _shockUntil[c]) { _shock[c] = 1; _shockUntil[c] = int.MaxValue; }
            GdpPerCapita[c] *= _shock[c];
            _recentGdp[c][slot] = GdpPerCapita[c];
        }
    }

    /// <summary>Fall of GDP per head below its peak of the last 36 months, as a share of a full crisis.</summary>
    private double Crisis(int c)
    {
        double peak = 0;
        foreach (var g in _recentGdp[c]) peak = Math.Max(peak, g);
        return peak > 0 ? Math.Clamp((1 - GdpPerCapita[c] / peak) / _p.CrisisFullFall, 0, 1) : 0;
    }

    private WindowFactors Factors(int w, Month month, CominternLine line, double diplomacy, double support)
    {
        var spec = _windows[w];
        int c = _windowCountry[w];
        double situation = Math.Min(1, Crisis(c) + (month.Index <= _warUntil[c] ? _p.WarSituation : 0) + spec.Intensity);
        // A united or popular front also brings out the social democrats' workers
        // (united_front_reach of their strength); the third period and subordination do not.
        double socialDemocrats = spec.SocialDemocrats?.At(month) ?? SocialDemocratic[c];
        double party = spec.Party.At(month) + (line is CominternLine.UnitedFront or CominternLine.PopularFront ? _p.UnitedFrontReach * socialDemocrats : 0);
        return new WindowFactors(situation, party, Comintern.Fit(_p, line, spec.Kind, diplomacy),
            spec.Leadership, Math.Clamp(support, 0, 1), spec.Fascist.At(month));
    }

    /// <summary>One month of the world. <paramref name="ussrGdp"/> is the USSR's GDP (2011 int. $ a year).</summary>
    public WorldMonth Step(Month month, CominternLine line, double diplomacy, double support, bool federationOn,
        double ussrGdp, RandomStreams rng, EventLog log)
    {
        UpdateEconomies(month);
        EndedThisMonth.Clear();
        Array.Clear(LastHazards);
        for (int c = 0; c < Count; c++) Situation[c] = Math.Min(1, Crisis(c) + (month.Index <= _warUntil[c] ? _p.WarSituation : 0));

        // Windows.
        for (int w = 0; w < _windows.Length; w++)
        {
            var spec = _windows[w];
            if (Outcomes[w] != WindowOutcome.Open || month < spec.Start || month > spec.End) continue;
            int c = _windowCountry[w];
            if (Regime[c] == World.Regime.WorkersState)
            {
                // A workers' state has no revolutionary window of this kind: the crisis was overtaken.
                Outcomes[w] = WindowOutcome.Overtaken;
                log.Add(new LoggedEvent(month, spec.Country, "window_overtaken", spec.Name, $"{spec.Name}: {spec.Country} is already a workers' state; the window does not open", double.NaN, (int)WindowOutcome.Overtaken));
                continue;
            }
            var f = Factors(w, month, line, diplomacy, support);
            Situation[c] = f.Situation;
            Communist[c] = spec.Party.At(month);
            if (spec.SocialDemocrats is { } sd) SocialDemocratic[c] = sd.At(month);
            Fascist[c] = f.Fascist;
            if (month == spec.Start)
            {
                var ahead = Enumerable.Range(0, spec.Months).Select(i => Factors(w, month.Plus(i), line, diplomacy, support));
                var o = HazardModel.Over(_p, ahead, spec.Months);
                log.Add(new LoggedEvent(month, spec.Country, "window_opens", spec.Name,
                    $"{spec.Name}: {Comintern.Name(spec.Kind).Replace('_', ' ')} under the {Comintern.Name(line).Replace('_', ' ')} line; over the window P(victory) {o.Victory:0.000}, P(defeat) {o.Defeat:0.000}, P(fascist victory) {o.FascistVictory:0.000}",
                    o.Victory, o.FascistVictory));
            }
            WindowOutcome outcome = WindowOutcome.Open;
            var (hv, hf) = HazardModel.MonthlyHazards(_p, f, spec.Months);
            var (pv, pf) = HazardModel.Probabilities(hv, hf);
            LastHazards[w] = (hv, hf);
            if (spec.Forced is { } forced)
            {
                if (month == (spec.ForcedMonth ?? spec.End)) outcome = forced;
                if (outcome != WindowOutcome.Open)
                    log.Add(new LoggedEvent(month, spec.Country, "window_forced", spec.Name,
                        $"{spec.Name}: {Comintern.Name(outcome).Replace('_', ' ')} imposed by the scenario (the model's monthly probabilities: victory {pv:0.000}, fascist victory {pf:0.000})", 1.0, (int)outcome));
            }
            else
            {
                ref var clock = ref _clocks[w];
                string how = "";
                if (!clock.Set)
                {
                    // The two clocks' thresholds, drawn once as the window opens (stream Revolution,
                    // keyed by the window's name): freely, or inside the recorded outcome's region.
                    long key = (long)(_windowKeys[w] & 0x7FFFFFFFFFFFFFFF);
                    double v1 = rng.Uniform(RandomPurpose.Revolution, key, month.Index, 0), v2 = rng.Uniform(RandomPurpose.Revolution, key, month.Index, 1);
                    if (_recorded is not null && _recorded.TryClocks(spec.Name, v1, v2, out var ev, out var ef, out bool possible))
                    {
                        clock = new WindowClock { Set = true, Victory = ev, Fascist = ef };
                        if (!possible && _recorded.TryRecorded(spec.Name, out var rec, out var recMonth))
                            log.Add(new LoggedEvent(month, spec.Country, "recorded_outcome_impossible", spec.Name,
                                $"{spec.Name}: the model gives the recorded outcome ({Comintern.Name(rec).Replace('_', ' ')} in {recMonth}) no probability under the reference's levers, so the recorded world cannot reproduce it", double.NaN, (int)rec));
                        how = " (thresholds drawn inside the recorded outcome's region)";
                    }
                    else clock = new WindowClock { Set = true, Victory = -Math.Log(1 - v1), Fascist = -Math.Log(1 - v2) };
                }
                outcome = HazardModel.Advance(ref clock, hv, hf, month == spec.End);
                double p = outcome switch { WindowOutcome.Victory => pv, WindowOutcome.FascistVictory => pf, _ => 1 - pv - pf };
                log.Add(new LoggedEvent(month, spec.Country, "window_draw", spec.Name,
                    $"{spec.Name}: P(victory) {pv:0.0000}, P(fascist victory) {pf:0.0000} this month; cumulative hazards {clock.VictoryHazard:0.0000} of {clock.Victory:0.0000} (victory) and {clock.FascistHazard:0.0000} of {clock.Fascist:0.0000} (fascist victory){how} -> {(outcome == WindowOutcome.Open ? "still open" : Comintern.Name(outcome).Replace('_', ' '))}",
                    p, clock.Victory));
            }
            if (outcome != WindowOutcome.Open) Resolve(w, outcome, month, federationOn, log);
        }

        // Militarization.
        double hostile = 0, fedPop = 0, fedGdp = 0, best = 0, frontier = 0;
        int members = 0;
        for (int c = 0; c < Count; c++)
        {
            double target = month.Index <= _warUntil[c] ? _p.WarMilitarization
                : _peacetimeMilitarization[c];
            Militarization[c] += (target - Militarization[c]) * (1 - Math.Exp(-_p.MilitarizationRate / 12.0));
            double gdp = GdpPerCapita[c] * Population[c];
            hostile += Math.Max(0, -Attitude[c]) * gdp * Militarization[c];
            if (Federation[c])
            {
                members++;
                fedPop += Population[c];
                fedGdp += gdp;
                best = Math.Max(best, GdpPerCapita[c]);
            }
            else if (Regime[c] != World.Regime.WorkersState) frontier = Math.Max(frontier, GdpPerCapita[c]);
        }
        double ratio = ussrGdp + fedGdp > 0 ? hostile / (ussrGdp + fedGdp) : 0;
        double required = Math.Min(_p.DefenceMax, _p.DefenceMin + _p.DefenceResponse * ratio);
        return new WorldMonth(required, ratio, hostile, members, fedPop, fedGdp, best, frontier);
    }

    private void Resolve(int w, WindowOutcome outcome, Month month, bool federationOn, EventLog log)
    {
        var spec = _windows[w];
        int c = _windowCountry[w];
        Outcomes[w] = outcome;
        EndedThisMonth.Add(outcome);
        string what;
        switch (outcome)
        {
            case WindowOutcome.Victory:
                Regime[c] = World.Regime.WorkersState;
                Communist[c] = Math.Max(Communist[c], 0.5);
                Fascist[c] = 0;
                Attitude[c] = 1;
                _peacetimeMilitarization[c] = Math.Min(_peacetimeMilitarization[c], 0.03);
                Federation[c] = federationOn;
                what = federationOn ? $"{spec.Country} becomes a workers' state and joins the federation" : $"{spec.Country} becomes a workers' state";
                break;
            case WindowOutcome.FascistVictory:
                Regime[c] = World.Regime.Fascist;
                Attitude[c] = -1;
                Communist[c] = SocialDemocratic[c] = 0; // parties banned
                _peacetimeMilitarization[c] = Math.Max(_peacetimeMilitarization[c], _p.FascistMilitarization);
                what = $"fascism wins in {spec.Country}";
                break;
            default:
                what = $"the revolution is defeated in {spec.Country}; capitalism stabilizes";
                break;
        }
        log.Add(new LoggedEvent(month, spec.Country, "window_outcome", spec.Name, $"{spec.Name}: {what}", double.NaN, (int)outcome));
    }

    /// <summary>The per-country outputs, in the order of <see cref="Record"/>.</summary>
    public static IReadOnlyList<VariableSpec> CountryVariables { get; } =
    [
        new("gdp_per_capita", "2011 int. $", "GDP per head (the country's MPD2020 path)", Aggregation.Mean, false),
        new("population", "persons", "Population", Aggregation.Mean, false),
        new("situation_index", "0-1", "Revolutionary-situation index: crisis (fall of GDP per head from its 3-year peak) and an open window's acuteness", Aggregation.Mean, false),
        new("communist_strength", "share", "Communist party's strength (share of the vote or of the organised workers)", Aggregation.Mean, false),
        new("social_democratic_strength", "share", "Social democracy's strength (share of the vote)", Aggregation.Mean, false),
        new("fascist_strength", "share", "Fascist movement's strength (share of the vote)", Aggregation.Mean, false),
        new("militarization", "share", "Share of GDP spent on arms", Aggregation.Mean, false),
        new("attitude_to_ussr", "-1 to 1", "Attitude to the USSR (-1 hostile, 1 allied)", Aggregation.Mean, false),
        new("regime", "code", "Regime: 0 bourgeois democracy, 1 fascist, 2 semi-colonial, 3 workers' state", Aggregation.Last, false),
        new("federation_member", "0/1", "Member of the federation with the USSR", Aggregation.Last, false),
        new("military_potential", "2011 int. $/yr", "GDP times militarization: what the country spends on arms", Aggregation.Mean, false),
        new("technique", "ratio", "GDP per head over the most advanced capitalist country's (the frontier)", Aggregation.Mean, false),
    ];

    /// <summary>Writes this month's per-country values into <paramref name="row"/> (countries × <see cref="CountryVariables"/>);
    /// <paramref name="frontier"/> is the month's frontier GDP per head (<see cref="WorldMonth.FrontierGdpPerCapita"/>).</summary>
    public void Record(Span<double> row, double frontier)
    {
        int n = CountryVariables.Count;
        for (int c = 0; c < Count; c++)
        {
            var r = row.Slice(c * n, n);
            r[0] = GdpPerCapita[c]; r[1] = Population[c]; r[2] = Situation[c]; r[3] = Communist[c]; r[4] = SocialDemocratic[c]; r[5] = Fascist[c];
            r[6] = Militarization[c]; r[7] = Attitude[c]; r[8] = (int)Regime[c]; r[9] = Federation[c] ? 1 : 0;
            r[10] = GdpPerCapita[c] * Population[c] * Militarization[c];
            r[11] = frontier > 0 ? GdpPerCapita[c] / frontier : double.NaN;
        }
    }

    private static ulong StableHash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in s) { h ^= ch; h *= 1099511628211UL; }
        return h;
    }
}
