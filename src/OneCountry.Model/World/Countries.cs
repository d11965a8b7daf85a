namespace OneCountry.Model.World;

/// <summary>The countries of the model (MODEL.md §2). Only the USSR is simulated so far; the
/// others are named so that scenarios can refer to them (events, later the world economy).</summary>
public static class Countries
{
    public const string Ussr = "USSR";

    public static IReadOnlyList<string> All { get; } =
    [
        Ussr, "Germany", "United Kingdom", "United States", "France", "Japan", "Italy", "China",
        "Poland", "Finland", "Romania", "Baltic states", "Rest of world",
    ];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
