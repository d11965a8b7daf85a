using System.Reflection;
using System.Security.Cryptography;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>The program's build: its version and the commit it was built from.</summary>
public static class BuildInfo
{
    /// <summary>The full version: the version number, then <c>+</c> and the commit (with
    /// <c>.dirty</c> when the work tree had uncommitted changes) when the build could ask git.</summary>
    public static string Version { get; } =
        typeof(Simulation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? RunManifest.ModelVersion;

    /// <summary>The commit the program was built from, or null when the build had no git.</summary>
    public static string? Commit
    {
        get
        {
            int plus = Version.IndexOf('+');
            if (plus < 0) return null;
            string rev = Version[(plus + 1)..];
            return rev.EndsWith(".dirty", StringComparison.Ordinal) ? rev[..^6] : rev;
        }
    }

    /// <summary>Whether the build's work tree had changes not in <see cref="Commit"/>.</summary>
    public static bool Dirty => Version.EndsWith(".dirty", StringComparison.Ordinal);
}

/// <summary>One input file of a command: the argument that named it and the SHA-256 of its content
/// (of a scenario, the hash that covers the scenarios it extends).</summary>
public sealed record InvocationFile(string Argument, string Sha256);

/// <summary>
/// How a command was called, as its manifest records it for <c>onecountry replay</c>: the
/// arguments, less those that change where output goes, how fast it comes or which machine runs
/// which runs (<c>--out</c>, <c>--threads</c>, <c>--report</c>, <c>--shard</c>, <c>--resume</c>) but never a byte of it, and the input files with their
/// hashes. It holds nothing that varies between identical runs.
/// </summary>
public sealed record Invocation(IReadOnlyList<string> Command, IReadOnlyList<InvocationFile> Files)
{
    /// <summary>Options that say where to write or how many threads to use: left out of the record, given again by replay.</summary>
    public static readonly string[] Placement = ["--out", "--threads", "--report", "--shard"];

    /// <summary>Flags that change which of a plan's runs a process runs, never a byte of the merged
    /// output: left out of the record, like <see cref="Placement"/> (a shard's manifest is the
    /// one-machine run's; <c>--shard</c> is among the placement options).</summary>
    public static readonly string[] PlacementFlags = ["--resume"];

    public static Invocation From(IEnumerable<string> args)
    {
        var command = new List<string>();
        var list = args.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            string a = list[i];
            if (Placement.Contains(a)) { i++; continue; }
            if (PlacementFlags.Contains(a)) continue;
            if (Placement.Any(p => a.StartsWith(p + "=", StringComparison.Ordinal))) continue;
            command.Add(a);
        }
        var files = new List<InvocationFile>();
        foreach (var a in command.Skip(1).Where(a => !a.StartsWith('-')).Distinct())
            if (Hash(a) is { } sha) files.Add(new InvocationFile(a, sha));
        return new Invocation(command, files);
    }

    /// <summary>The hash of the file an argument names (a path, or a shipped scenario's name), or null when it names none.</summary>
    public static string? Hash(string argument)
    {
        // A path, else a shipped scenario's name (looked up without loading the others).
        string? path = File.Exists(argument) ? argument
            : argument.IndexOfAny(['/', '\\', '=']) >= 0 ? null
            : ScenarioCatalog.SearchFolders().Select(f => Path.Combine(f, argument + ".yaml")).FirstOrDefault(File.Exists);
        if (path is null) return null;
        if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            try { return ScenarioLoader.LoadFile(path).Sha256; }
            catch (ScenarioException) { }
        }
        try { return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
