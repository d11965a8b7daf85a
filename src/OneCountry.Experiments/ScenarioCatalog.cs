using OneCountry.Model.Engine;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>Finds scenarios: a path to a file, or the name of a shipped scenario in the
/// <c>scenarios/</c> folder (looked for in the working directory, its parents, and next to the
/// program).</summary>
public static class ScenarioCatalog
{
    public static IEnumerable<string> SearchFolders()
    {
        var seen = new HashSet<string>();
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (Directory.Exists(candidate) && seen.Add(candidate)) yield return candidate;
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "scenarios");
        if (Directory.Exists(beside) && seen.Add(beside)) yield return beside;
    }

    /// <summary>The file for a name or path; a name without a matching file is reported as
    /// not found with the shipped names listed.</summary>
    public static string Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return nameOrPath;
        bool looksLikePath = nameOrPath.Contains('/') || nameOrPath.Contains('\\') || nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (!looksLikePath)
        {
            foreach (var folder in SearchFolders())
            {
                var file = Path.Combine(folder, nameOrPath + ".yaml");
                if (File.Exists(file)) return file;
            }
            var shipped = Shipped().Select(s => s.Name).ToList();
            throw new ScenarioException([new ScenarioError(nameOrPath, 0, 0, "",
                $"no such scenario file or shipped scenario; shipped: {(shipped.Count == 0 ? "(none found)" : string.Join(", ", shipped))}")]);
        }
        throw new ScenarioException([new ScenarioError(nameOrPath, 0, 0, "", "file not found")]);
    }

    public static Scenario Load(string nameOrPath) => ScenarioLoader.LoadFile(Resolve(nameOrPath));

    /// <summary>The shipped scenarios (first folder found), each loaded to read its name and description.</summary>
    public static IReadOnlyList<(string Name, string File, string Description, string Span)> Shipped()
    {
        var folder = SearchFolders().FirstOrDefault();
        if (folder is null) return [];
        var list = new List<(string, string, string, string)>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            try
            {
                var s = ScenarioLoader.LoadFile(file);
                list.Add((Path.GetFileNameWithoutExtension(file), file, s.Description, $"{s.Start} to {s.End}"));
            }
            catch (ScenarioException e)
            {
                list.Add((Path.GetFileNameWithoutExtension(file), file, $"INVALID: {e.Errors[0]}", ""));
            }
        }
        return list;
    }
}
