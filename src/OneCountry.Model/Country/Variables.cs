using OneCountry.Model.Engine;

namespace OneCountry.Model.Country;

/// <summary>
/// The output catalog as the experiment layer sees it: the specs of <see cref="Outputs.All"/>, in
/// the same order, and their indices by name.
/// </summary>
public static class Variables
{
    public static IReadOnlyList<VariableSpec> All { get; } = Outputs.All.Select(o => o.Spec).ToArray();

    public static int Count => All.Count;

    private static readonly Dictionary<string, int> Index = All.Select((v, i) => (v.Name, i)).ToDictionary(x => x.Name, x => x.i);

    public static int IndexOf(string name) => Index.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException(name);
}
