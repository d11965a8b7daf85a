using OneCountry.Model.Engine;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>Finds scenarios: a path to a file, or the name of a shipped scenario: in the
/// installation's <c>scenarios/</c> folder (beside the program), else in <c>scenarios/</c> of the
/// working folder. Parent folders are not searched, so that a <c>scenarios/</c> folder planted
/// somewhere above the working folder is never used.</summary>
public static class ScenarioCatalog
{
    public static IEnumerable<string> SearchFolders()
    {
        var installed = Path.GetFullPath(ScenarioLoader.ShippedFolder);
        if (Directory.Exists(installed)) yield return installed;
        var here = Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "scenarios"));
        if (Directory.Exists(here) && here != installed) yield return here;
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
