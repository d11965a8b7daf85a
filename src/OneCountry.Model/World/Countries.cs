using OneCountry.Model.Engine;
namespace OneCountry.Model.World;

/// <summary>The countries of the model.</summary>
public static class Countries
{
    public const string Ussr = "USSR";
    public const string BalticStates = "Baltic states";
    public const string RestOfWorld = "Rest of world";

    /// <summary>The capitalist countries whose paths come from Maddison (MPD2020), in the order of
    /// the generated baseline table (WorldBaseline.Data.g.cs).</summary>
    public static IReadOnlyList<string> Maddison { get; } =
    [
        "Germany", "United Kingdom", "United States", "France", "Japan", "Italy", "China", "Poland", "Finland", "Romania",
    ];

    /// <summary>The countries the world module tracks: the Maddison list and the Baltic states.</summary>
    public static IReadOnlyList<string> Capitalist { get; } = [.. Maddison, BalticStates];

    public static IReadOnlyList<string> All { get; } = [Ussr, .. Capitalist, RestOfWorld];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
