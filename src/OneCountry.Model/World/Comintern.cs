using OneCountry.Model.Engine;
namespace OneCountry.Model.World;

/// <summary>The Communist International's line: the lever <c>comintern_line</c>.</summary>
public enum CominternLine
{
    /// <summary>United front of the workers' parties (1921-24).</summary>
    UnitedFront = 0,
    /// <summary>Subordination to reformist leaders or the national bourgeoisie (Anglo-Russian
    /// Committee 1925-27, the Kuomintang 1923-27).</summary>
    Subordination = 1,
    /// <summary>"Third period" ultraleftism: social democracy as "social fascism", no united front (1928-34).</summary>
    ThirdPeriod = 2,
    /// <summary>Popular front with bourgeois parties (1935-39).</summary>
    PopularFront = 3,
}

/// <summary>What kind of crisis a revolutionary window is; the fit of each line depends on it.</summary>
public enum WindowKind
{
    /// <summary>A crisis of the state itself (Germany 1923, Bulgaria 1923, Spain 1936).</summary>
    RevolutionaryCrisis = 0,
    /// <summary>A mass fascist movement bidding for power (Germany 1930-33).</summary>
    FascistThreat = 1,
    /// <summary>A general strike or strike wave (Britain 1926, France 1936).</summary>
    MassStrike = 2,
    /// <summary>A national revolution against imperialism in a semi-colonial country (China 1925-27).</summary>
    NationalRevolution = 3,
}

/// <summary>The regime of a country.</summary>
public enum Regime : byte { BourgeoisDemocracy = 0, Fascist = 1, SemiColonial = 2, WorkersState = 3 }

/// <summary>How a window ends.</summary>
public enum WindowOutcome : byte { Open = 0, Victory = 1, Defeat = 2, FascistVictory = 3, Overtaken = 4 }

public static class Comintern
{
    public static string Name(CominternLine line) => line switch
    {
        CominternLine.UnitedFront => "united_front",
        CominternLine.Subordination => "subordination",
        CominternLine.ThirdPeriod => "third_period",
        _ => "popular_front",
    };

    public static string Name(WindowKind kind) => kind switch
    {
        WindowKind.RevolutionaryCrisis => "revolutionary_crisis",
        WindowKind.FascistThreat => "fascist_threat",
        WindowKind.MassStrike => "mass_strike",
        _ => "national_revolution",
    };

    public static string Name(Regime regime) => regime switch
    {
        Regime.BourgeoisDemocracy => "bourgeois_democracy",
        Regime.Fascist => "fascist",
        Regime.SemiColonial => "semi_colonial",
        _ => "workers_state",
    };

    public static string Name(WindowOutcome outcome) => outcome switch
    {
        WindowOutcome.Victory => "victory",
        WindowOutcome.Defeat => "defeat",
        WindowOutcome.FascistVictory => "fascist_victory",
        WindowOutcome.Overtaken => "overtaken",
        _ => "open",
    };

    public static IReadOnlyList<string> LineNames { get; } = Enum.GetValues<CominternLine>().Select(Name).ToArray();
    public static IReadOnlyList<string> KindNames { get; } = Enum.GetValues<WindowKind>().Select(Name).ToArray();
    public static IReadOnlyList<string> RegimeNames { get; } = Enum.GetValues<Regime>().Select(Name).ToArray();
    public static IReadOnlyList<string> OutcomeNames { get; } = [Name(WindowOutcome.Victory), Name(WindowOutcome.Defeat), Name(WindowOutcome.FascistVictory)];

    public static bool TryParseKind(string text, out WindowKind kind) => TryParse(KindNames, text, out kind);

    public static bool TryParseRegime(string text, out Regime regime) => TryParse(RegimeNames, text, out regime);

    /// <summary>An enum value by its name in <paramref name="names"/> (the value is the name's index).</summary>
    private static bool TryParse<T>(IReadOnlyList<string> names, string text, out T value) where T : struct, Enum
    {
        int i = names.ToList().IndexOf(text);
        value = (T)Enum.ToObject(typeof(T), Math.Max(0, i));
        return i >= 0;
    }

    public static bool TryParseOutcome(string text, out WindowOutcome outcome)
    {
        outcome = text switch { "victory" => WindowOutcome.Victory, "defeat" => WindowOutcome.Defeat, "fascist_victory" => WindowOutcome.FascistVictory, _ => WindowOutcome.Open };
        return outcome != WindowOutcome.Open;
    }

    /// <summary>The fit of the line in force to a window, reduced by the line's subordination to
    /// Soviet diplomacy (<c>comintern_diplomacy_penalty</c> × the lever <c>comintern_diplomacy</c>).</summary>
    public static double Fit(WorldParameters p, CominternLine line, WindowKind kind, double diplomacy) =>
        p.Fit[(int)line, (int)kind] * (1 - p.DiplomacyPenalty * Math.Clamp(diplomacy, 0, 1));
}
