using OneCountry.Model.Engine;

namespace OneCountry.Model.Politics;

public enum Faction { Left = 0, Centre = 1, Right = 2 }

/// <summary>Who sets the platform levers (the lever <c>politics</c>).</summary>
public enum PoliticsMode
{
    /// <summary>The scenario's timeline sets every lever (the factions are still computed and reported).</summary>
    Exogenous = 0,
    /// <summary>The dominant faction's platform sets the platform levers.</summary>
    Endogenous = 1,
    /// <summary>The Left Opposition's platform (1923-27) is in force.</summary>
    Left = 2,
    /// <summary>The Right's platform (Bukharin, 1925-28) is in force.</summary>
    Right = 3,
}

/// <summary>What the party sees this month.</summary>
public readonly record struct PartyInputs(
    double ApparatusPerHead,   // state apparatus / population
    double Unemployment,       // unemployed / urban labour force
    double RealWageFall,       // fall of the real wage below its peak of the run so far (0-1)
    double Shortage,           // shortage index
    double KulakShare,         // kulak households' share
    double HarvestGain,        // latest harvest over the mean of the three before, less 1
    bool ProcurementCrisis);

/// <summary>
/// The party: the strengths of the Left (the Opposition), the Centre (the
/// apparatus) and the Right; the openness of the party regime; Lenin's presence until his
/// incapacity (March 1923); expulsions; and the Centre's stance.
/// - **Strengths** move each month toward the shares a softmax of the factions' attractions gives,
///   at <c>faction_adjustment_rate</c> a year. The Left gains with workers' discontent
///   (unemployment, a falling real wage), shortages, revolutionary victories abroad and an open
///   regime; the Centre with the apparatus's size relative to the population and with defeats
///   abroad (lost faith in world revolution), checked while Lenin is active; the Right with the
///   kulaks' weight and good harvests. An expelled faction keeps
///   <c>expelled_floor</c> of its attraction's share.
/// - **Expulsions.** When the dominant faction holds more than <c>expulsion_threshold</c>, the
///   regime's openness is below <c>expulsion_openness</c> and the weakest faction still in the
///   party is below <c>expulsion_weakness</c>, it expels that faction (the Left Opposition in
///   December 1927; the Right, in 1929, only after the Centre's turn): the regime closes by
///   <c>expulsion_closure</c>.
/// - **Openness** moves at <c>openness_rate</c> a year toward the dominant faction's aim (the
///   Left's party democracy, the Right's tolerance, the Centre's closed apparatus); while Lenin is
///   active it does not fall below one half.
/// - **The Centre's turn.** The Centre starts allied with the Right, keeping the policy in force.
///   A procurement crisis — the state's grain purchases of the last three months
///   <c>crisis_procurement_drop</c> below the same months a year before while the harvest held
///   (at least <c>crisis_harvest_floor</c> of the one before), once the Left is expelled — makes
///   it turn abruptly to the
///   platform of forced procurement, super-industrialization and collectivization (the zigzag
///   of 1928-29, which the endogenous mode must reproduce rather than script).
/// </summary>
public sealed class Party
{
    private readonly Parameters _p;
    public double[] Strength { get; } = [0.25, 0.45, 0.30];
    public bool[] Expelled { get; } = new bool[3];
    public double Openness { get; private set; }
    public bool LeninActive { get; private set; } = true;
    public bool CentreTurned { get; private set; }
    public Month? TurnMonth { get; private set; }
    private double _defeats, _victories;

    public Party(Parameters p)
    {
        _p = p;
        Openness = p.Politics.OpennessInitial;
    }

    public Faction Dominant
    {
        get
        {
            int best = 0;
            for (int i = 1; i < 3; i++) if (Strength[i] > Strength[best]) best = i;
            return (Faction)best;
        }
    }

    public void LeninIncapacitated(Month month, EventLog log, string? note)
    {
        LeninActive = false;
        log.Add(new LoggedEvent(month, World.Countries.Ussr, "lenin_incapacity", "party", note ?? "Lenin incapacitated: the check on the apparatus goes", double.NaN, 0));
    }

    /// <summary>A window abroad ended: victories feed the Left, defeats the Centre (with a memory
    /// that halves in <c>abroad_memory_years</c>).</summary>
    public void Abroad(World.WindowOutcome outcome)
    {
        if (outcome == World.WindowOutcome.Victory) _victories += 1;
        else if (outcome is World.WindowOutcome.Defeat or World.WindowOutcome.FascistVictory) _defeats += 1;
    }

    public void Step(Month month, in PartyInputs x, PoliticsMode mode, EventLog log)
    {
        var q = _p.Politics;
        double decay = Math.Pow(0.5, 1.0 / (12 * q.AbroadMemoryYears));
        _defeats *= decay;
        _victories *= decay;

        double left = q.LeftDiscontent * Math.Clamp(3 * x.Unemployment + x.RealWageFall, 0, 1) + q.LeftShortage * x.Shortage
                      + q.LeftRevolution * Math.Min(1, _victories) + q.LeftOpenness * Openness;
        double centre = q.CentreApparatus * x.ApparatusPerHead / 0.012 + q.CentreDefeats * Math.Min(2, _defeats) - (LeninActive ? q.LeninCheck : 0);
        double right = q.RightKulaks * x.KulakShare / 0.05 + q.RightHarvest * Math.Clamp(x.HarvestGain, -0.5, 0.5);
        Span<double> w = [left, centre, right];
        double max = Math.Max(left, Math.Max(centre, right)), sum = 0;
        for (int i = 0; i < 3; i++) sum += w[i] = Math.Exp(w[i] - max) * (Expelled[i] ? q.ExpelledFloor : 1);
        double rate = 1 - Math.Exp(-q.AdjustmentRate / 12);
        for (int i = 0; i < 3; i++) Strength[i] += (w[i] / sum - Strength[i]) * rate;

        var dominant = Dominant;
        var governing = mode switch { PoliticsMode.Left => Faction.Left, PoliticsMode.Right => Faction.Right, _ => dominant };
        double aim = governing switch { Faction.Left => q.OpennessLeft, Faction.Right => q.OpennessRight, _ => q.OpennessCentre };
        Openness += (aim - Openness) * (1 - Math.Exp(-q.OpennessRate / 12));
        if (LeninActive) Openness = Math.Max(Openness, 0.5);

        if (Strength[(int)dominant] > q.ExpulsionThreshold && Openness < q.ExpulsionOpenness)
        {
            int weakest = -1;
            for (int i = 0; i < 3; i++)
                if (i != (int)dominant && !Expelled[i] && (weakest < 0 || Strength[i] < Strength[weakest])) weakest = i;
            // The Centre expels the Right only after it has turned against it.
            if (weakest >= 0 && Strength[weakest] < q.ExpulsionWeakness && !(dominant == Faction.Centre && weakest == (int)Faction.Right && !CentreTurned))
            {
                Expelled[weakest] = true;
                Openness = Math.Max(0, Openness - q.ExpulsionClosure);
                log.Add(new LoggedEvent(month, World.Countries.Ussr, "expulsion", ((Faction)weakest).ToString(),
                    $"The {dominant} expels the {(Faction)weakest} (strengths left {Strength[0]:0.00}, centre {Strength[1]:0.00}, right {Strength[2]:0.00})", double.NaN, Openness));
            }
        }

        // The Centre turns only once the Left is out of the party: turning left while the
        // Opposition could claim the platform would vindicate it (Deutscher; Carr and Davies 1969).
        if (x.ProcurementCrisis && !CentreTurned && dominant == Faction.Centre && Expelled[(int)Faction.Left])
        {
            CentreTurned = true;
            TurnMonth = month;
            log.Add(new LoggedEvent(month, World.Countries.Ussr, "centre_turn", "party",
                "Procurement crisis: the Centre breaks with the Right and turns to extraordinary measures, super-industrialization and collectivization", double.NaN, 1));
        }
    }

    /// <summary>The platform in force: lever values that override the timeline (null: none).</summary>
    public IReadOnlyList<(string Lever, double Value)>? Platform(PoliticsMode mode, Month month)
    {
        var faction = mode switch { PoliticsMode.Left => Faction.Left, PoliticsMode.Right => Faction.Right, PoliticsMode.Endogenous => Dominant, _ => (Faction?)null };
        if (faction is null) return null;
        return faction switch
        {
            Faction.Left => Platforms.Left,
            Faction.Right => Platforms.Right,
            _ => CentreTurned ? Platforms.CentreTurned(month - TurnMonth!.Value) : Platforms.CentreWithRight,
        };
    }
}
