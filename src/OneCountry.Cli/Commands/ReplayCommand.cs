using System.ComponentModel;
using OneCountry.Experiments;
using OneCountry.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary><c>onecountry replay MANIFEST</c>: runs the command a manifest records again, with the
/// same arguments, into another folder, after checking that its input files are unchanged; then
/// compares the new folder with the manifest's, file by file.</summary>
public sealed class ReplayCommand(IAnsiConsole console) : AsyncCommand<ReplayCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<MANIFEST>")]
        [Description("A manifest.json written by run, compare, sensitivity or experiment.")]
        public string Manifest { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Where the replay writes (default: out/replay). It must not be the manifest's own folder.")]
        public string? Out { get; init; }

        [CommandOption("--threads <N>")]
        [TypeConverter(typeof(ThreadsConverter))]
        [Description("Worker threads (default: all cores). Results do not depend on it.")]
        public int? Threads { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string manifest = settings.Manifest;
        if (Directory.Exists(manifest)) manifest = Path.Combine(manifest, ManifestStamp.FileName);
        if (!File.Exists(manifest)) return Invalid($"{settings.Manifest}: no such manifest");
        IReadOnlyList<string>? command;
        IReadOnlyList<InvocationFile> files;
        string? version;
        try { (command, files, version) = ManifestStamp.Read(manifest); }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or InvalidOperationException or IOException)
        {
            return Invalid($"{manifest}: not a manifest of onecountry: {e.Message}");
        }
        if (command is null || command.Count == 0) return Invalid($"{manifest}: records no command (it was written before manifests recorded one); run the command again by hand");
        if (command[0] is "replay") return Invalid($"{manifest}: records a replay");

        foreach (var f in files)
        {
            string? now = Invocation.Hash(f.Argument);
            if (now is null) return Invalid($"{manifest}: the input file {f.Argument} is not found (from {Directory.GetCurrentDirectory()}); replay from the folder the run was made in");
            if (now != f.Sha256) return Invalid($"{manifest}: the input file {f.Argument} has changed since the run (SHA-256 {f.Sha256[..12]}… then, {now[..12]}… now); the replay would not be the run");
        }
        if (version is not null && version != BuildInfo.Version)
            console.MarkupLineInterpolated($"[yellow]warning:[/] the run was made by onecountry {version}; this is {BuildInfo.Version}: files may differ where the model changed");

        string original = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        string target = settings.Out ?? Path.Combine("out", "replay");
        if (Path.TrimEndingDirectorySeparator(Path.GetFullPath(target)) == Path.TrimEndingDirectorySeparator(original))
            return Invalid($"--out {target}: is the manifest's own folder; give another, so that the two can be compared");

        var args = new List<string>(command) { command[0] == "validate-history" ? "--report" : "--out", target };
        if (settings.Threads is { } t) args.AddRange(["--threads", t.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        console.MarkupLineInterpolated($"Replaying [bold]{string.Join(' ', command)}[/] into {target}");
        int code = await OneCountryApp.RunAsync(args.ToArray(), console);
        if (code != ExitCodes.Success) return code;

        var (same, differ, missing, extra) = CompareFolders(original, target);
        string verdict = $"{same} file(s) identical to {original}" +
            (differ.Count > 0 ? $"; differ: {string.Join(", ", differ)}" : "") +
            (missing.Count > 0 ? $"; not written by the replay: {string.Join(", ", missing)}" : "") +
            (extra.Count > 0 ? $"; written only by the replay: {string.Join(", ", extra)}" : "");
        console.MarkupLineInterpolated($"Replay: {verdict}");
        return differ.Count + missing.Count + extra.Count == 0 ? ExitCodes.Success : ExitCodes.RunFailure;
    }

    /// <summary>The files of two folders (hidden ones aside) by relative path: how many are byte for
    /// byte the same, and which differ, are missing from the second, or are only in it.</summary>
    public static (int Same, List<string> Differ, List<string> Missing, List<string> Extra) CompareFolders(string a, string b)
    {
        static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .Order(StringComparer.Ordinal).ToList();
        var left = Files(a);
        var right = Files(b).ToHashSet();
        int same = 0;
        var differ = new List<string>();
        var missing = new List<string>();
        foreach (var f in left)
        {
            if (!right.Remove(f)) { missing.Add(f); continue; }
            if (File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f)))) same++;
            else differ.Add(f);
        }
        return (same, differ, missing, right.Order(StringComparer.Ordinal).ToList());
    }

    private int Invalid(string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitCodes.InvalidInput;
    }
}
