using OneCountry.Model.Engine;
using OneCountry.Model.Politics;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class PartyTests
{
    private static readonly Parameters P = Parameters.Defaults;
    private static PartyInputs Calm => new(ApparatusPerHead: 0.012, Unemployment: 0.05, RealWageFall: 0, Shortage: 0.3, KulakShare: 0.04, HarvestGain: 0, ProcurementCrisis: false);

    private static Party Run(PartyInputs x, int months, PoliticsMode mode = PoliticsMode.Exogenous, Party? party = null)
    {
        party ??= new Party(P);
        var log = new EventLog();
        for (int i = 0; i < months; i++) party.Step(Month.Of(1924, 1).Plus(i), x, mode, log);
        return party;
    }

    [Fact]
    public void Each_faction_gains_with_its_own_base()
    {
        var calm = Run(Calm, 24);
        Assert.True(Run(Calm with { Unemployment = 0.25, RealWageFall = 0.2 }, 24).Strength[(int)Faction.Left] > calm.Strength[(int)Faction.Left]);
        Assert.True(Run(Calm with { Shortage = 0.9 }, 24).Strength[(int)Faction.Left] > calm.Strength[(int)Faction.Left]);
        Assert.True(Run(Calm with { ApparatusPerHead = 0.02 }, 24).Strength[(int)Faction.Centre] > calm.Strength[(int)Faction.Centre]);
        Assert.True(Run(Calm with { KulakShare = 0.08 }, 24).Strength[(int)Faction.Right] > calm.Strength[(int)Faction.Right]);
        Assert.True(Run(Calm with { HarvestGain = 0.2 }, 24).Strength[(int)Faction.Right] > calm.Strength[(int)Faction.Right]);
        Assert.Equal(1.0, calm.Strength.Sum(), 9);
    }

    [Fact]
    public void Victories_abroad_strengthen_the_Left_and_defeats_the_Centre()
    {
        var victory = new Party(P);
        victory.Abroad(World.WindowOutcome.Victory);
        var defeat = new Party(P);
        defeat.Abroad(World.WindowOutcome.FascistVictory);
        var none = Run(Calm, 12);
        Assert.True(Run(Calm, 12, party: victory).Strength[(int)Faction.Left] > none.Strength[(int)Faction.Left]);
        Assert.True(Run(Calm, 12, party: defeat).Strength[(int)Faction.Centre] > none.Strength[(int)Faction.Centre]);
    }

    [Fact]
    public void The_Centre_turns_on_a_procurement_crisis_only_once_the_Left_is_expelled()
    {
        var log = new EventLog();
        var party = new Party(P);
        party.LeninIncapacitated(Month.Of(1923, 3), log, null);
        var strongCentre = Calm with { ApparatusPerHead = 0.03 };
        // A crisis while the Left is still in the party: no turn.
        party.Step(Month.Of(1923, 4), strongCentre with { ProcurementCrisis = true }, PoliticsMode.Endogenous, log);
        Assert.False(party.CentreTurned);
        Run(strongCentre, 120, PoliticsMode.Endogenous, party);
        Assert.True(party.Expelled[(int)Faction.Left], "the dominant Centre expels the weakened Left once the regime has closed");
        Assert.False(party.Expelled[(int)Faction.Right], "the Right is not expelled before the turn");
        Assert.Null(party.Platform(PoliticsMode.Endogenous, Month.Of(1933, 1))!.FirstOrDefault(x => x.Lever == "procurement_enforcement").Lever);
        party.Step(Month.Of(1934, 1), strongCentre with { ProcurementCrisis = true }, PoliticsMode.Endogenous, log);
        Assert.True(party.CentreTurned);
        Assert.Contains(party.Platform(PoliticsMode.Endogenous, Month.Of(1934, 2))!, x => x.Lever == "procurement_enforcement" && x.Value > 0);
        Assert.Contains(party.Platform(PoliticsMode.Endogenous, Month.Of(1936, 1))!, x => x.Lever == "collectivization_drive" && x.Value > 0);
        Assert.Null(party.Platform(PoliticsMode.Exogenous, Month.Of(1936, 1)));
    }
}

public class EndogenousModeTests
{
    private static SimulationConfig Endogenous(ParameterValues? parameters = null)
    {
        var s = OneCountry.Scenarios.ScenarioLoader.LoadFile(Path.Combine(TestPaths.Root(), "scenarios", "endogenous.yaml"));
        var config = s.ToConfig(scale: 20000) with { End = Month.Of(1931, 12) };
        return parameters is null ? config : config with { Parameters = parameters };
    }

    private static double Lever(SimulationResult r, Month m, string lever) =>
        r.Events.Entries.Where(e => (e.Kind == "platform" || e.Kind == "policy") && e.Subject == lever && e.Month <= m).Select(e => e.Value).LastOrDefault();

    [Fact]
    public void The_endogenous_mode_reproduces_the_turn_after_the_procurement_crisis()
    {
        var r = new Simulation(Endogenous()).Run();
        var turn = r.Events.Entries.SingleOrDefault(e => e.Kind == "centre_turn");
        Assert.NotNull(turn);
        Assert.InRange(turn!.Month.Index, Month.Of(1927, 6).Index, Month.Of(1929, 12).Index);
        // The crisis came first, from the model (no extraordinary measures were scripted into it).
        Assert.Contains(Enumerable.Range(0, turn.Month - r.Start + 1), t => r[t, Variables.IndexOf("procurement_crisis")] > 0);
        Assert.Contains(r.Events.Entries, e => e.Kind == "expulsion" && e.Subject == "Left" && e.Month <= turn.Month);
        Assert.Contains(r.Events.Entries, e => e.Kind == "policy_overridden" && e.Subject == "procurement_enforcement");
        // Before the turn no force; after it, extraordinary measures, then the drive.
        Assert.Equal(0, r.Get(turn.Month.Plus(-1), "grain_forced_procurement"));
        Assert.Contains(r.Events.Entries, e => e.Kind == "platform" && e.Subject == "procurement_enforcement" && e.Value > 0 && e.Month > turn.Month);
        Assert.Contains(r.Events.Entries, e => e.Kind == "platform" && e.Subject == "collectivization_drive" && e.Value > 0);
        Assert.True(r.Get(Month.Of(1931, 12), "collectivized_share") > 0.3);
    }

    [Fact]
    public void Without_a_crisis_the_Centre_keeps_to_the_policy_in_force()
    {
        // The crisis threshold at its top: a fall of half in three months' purchases never comes.
        var calm = ParameterValues.Defaults.With([KeyValuePair.Create("crisis_procurement_drop", ParameterRegistry.Get("crisis_procurement_drop").Max)]);
        var r = new Simulation(Endogenous(calm)).Run();
        Assert.DoesNotContain(r.Events.Entries, e => e.Kind == "centre_turn");
        Assert.True(r.Get(Month.Of(1931, 12), "collectivized_share") < 0.2);
        Assert.Equal(0, Enumerable.Range(0, r.Months).Sum(t => r[t, Variables.IndexOf("grain_forced_procurement")]));
    }
}
