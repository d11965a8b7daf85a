using OneCountry.Model.Engine;

namespace OneCountry.Model.Politics;

/// <summary>
/// Which levers are in force this month. In the exogenous mode, the scenario's timeline. In the
/// other modes (lever <c>politics</c>), the levers some platform controls are frozen at their
/// values when the mode began — so that the scenario's later scripted changes of them do not
/// apply — and the platform of the faction in power (or of the named faction) sets those it
/// names, from last month's party; the party's own openness sets <c>party_regime_openness</c>.
/// Every scripted change is logged as applied or overridden, and every lever a platform changes
/// is logged with the faction that changed it.
/// </summary>
public sealed class PolicyResolution
{
    private double[]? _frozen, _last;

    public readonly record struct Resolved(PolicyState Policy, PoliticsMode Mode);

    /// <param name="first">Whether this is the run's first month (all changes dated up to it are logged).</param>
    public Resolved Resolve(Month month, bool first, PolicyTimeline timeline, Party party, EventLog log)
    {
        var levers = timeline.ValuesAt(month);
        var mode = (PoliticsMode)(int)Math.Round(levers[LeverRegistry.Index("politics")]);
        bool modeStarts = mode != PoliticsMode.Exogenous && _frozen is null;
        if (mode != PoliticsMode.Exogenous)
        {
            _frozen ??= (double[])levers.Clone();
            foreach (var name in Platforms.Controlled) levers[LeverRegistry.Index(name)] = _frozen[LeverRegistry.Index(name)];
            if (party.Platform(mode, month) is { } platform)
                foreach (var (lever, value) in platform) levers[LeverRegistry.Index(lever)] = value;
            levers[LeverRegistry.Index("party_regime_openness")] = party.Openness;
        }
        else _frozen = null;
        var logged = modeStarts ? PoliticsMode.Exogenous : mode;
        LogPolicyChanges(month, first, timeline, logged, log);
        LogPlatformChanges(month, levers, logged, party, log);
        return new Resolved(PolicyState.From(levers), mode);
    }

    private static void LogPolicyChanges(Month month, bool first, PolicyTimeline timeline, PoliticsMode mode, EventLog log)
    {
        IEnumerable<PolicyChange> changes = first ? timeline.Changes.Where(c => c.Month <= month) : timeline.ChangesIn(month);
        foreach (var c in changes)
        {
            bool overridden = mode != PoliticsMode.Exogenous && c.Lever != "politics" && Platforms.Controlled.Contains(c.Lever);
            log.Add(new LoggedEvent(month, World.Countries.Ussr, overridden ? "policy_overridden" : "policy", c.Lever,
                (c.Note ?? $"{c.Lever} set to {c.Value}") + (overridden ? " (not applied: the faction in power sets this lever)" : ""), double.NaN, c.Value));
        }
    }

    private void LogPlatformChanges(Month month, double[] levers, PoliticsMode mode, Party party, EventLog log)
    {
        if (mode != PoliticsMode.Exogenous && _last is not null)
            foreach (var name in Platforms.Controlled)
            {
                int i = LeverRegistry.Index(name);
                if (name != "party_regime_openness" && levers[i] != _last[i])
                    log.Add(new LoggedEvent(month, World.Countries.Ussr, "platform", name,
                        $"{name} set to {levers[i]:0.###} by the {(mode == PoliticsMode.Endogenous ? party.Dominant.ToString().ToLowerInvariant() : mode.ToString().ToLowerInvariant())}'s platform", double.NaN, levers[i]));
            }
        _last = levers;
    }
}
