using System.Runtime.InteropServices;
using OneCountry.Reporting;
using Spectre.Console;

namespace OneCountry.Cli.Commands;

/// <summary>A command's output folder, replaced as a unit (<see cref="OutputFolder"/>): the
/// command writes into <see cref="Folder"/> and calls <see cref="Commit"/> at the end. SIGINT
/// and SIGTERM while it runs delete what was staged, say so and end the process, leaving the
/// earlier run whole.</summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly OutputFolder _folder;
    private readonly IAnsiConsole _console;
    private readonly string _shown;
    private readonly List<PosixSignalRegistration> _signals = [];

    private StagedOutput(OutputFolder folder, IAnsiConsole console, string shown)
    {
        (_folder, _console, _shown) = (folder, console, shown);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try { _signals.Add(PosixSignalRegistration.Create(signal, Interrupted)); }
            catch (PlatformNotSupportedException) { }
        }
    }

    /// <summary>Where the command writes its files until <see cref="Commit"/>.</summary>
    public string Folder => _folder.Staging;

    /// <summary>The output folder for <paramref name="target"/>, or null with the error printed
    /// (exit code 2): another run writing to it, a file of that name, or a folder of other files.</summary>
    public static StagedOutput? Open(IAnsiConsole console, string target)
    {
        try { return new StagedOutput(OutputFolder.Open(target), console, target); }
        catch (OutputFolderException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --out {e.Message}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --out {target}: cannot create the folder: {e.Message}");
            return null;
        }
    }

    /// <summary>What the manifest records of the command (for replay); stamped into the staged
    /// manifest.json by <see cref="Commit"/>.</summary>
    public ManifestRecord? Record { get; set; }

    /// <summary>The part files of the per-run tables, written as runs finish: kept on an
    /// interruption (and said so), removed once the folder is in place.</summary>
    public PartFolder? Parts { get; private set; }

    /// <summary>Opens the part folder beside the output folder (<see cref="PartFolder.Open"/>).</summary>
    public PartFolder OpenParts(IEnumerable<string> inputs, IEnumerable<string> windows, IReadOnlyList<OneCountry.Scenarios.InputAssignment> common,
        string? plan = null, bool resume = false, bool series = false) =>
        Parts = PartFolder.Open(_shown, inputs, windows, common, plan, resume, series);

    /// <summary>The folder the user named, as named.</summary>
    public string Shown => _shown;

    /// <summary>The folder the user named (full path).</summary>
    public string Target => _folder.Target;

    /// <summary>Puts the staged files in place of the output folder, the manifest stamped with <see cref="Record"/> first.</summary>
    public void Commit()
    {
        if (Record is { } record) ManifestStamp.Apply(Folder, record);
        _folder.Commit();
        Parts?.Remove();
    }

    private void Interrupted(PosixSignalContext context)
    {
        context.Cancel = true;
        bool abandoned = _folder.Abandon();
        if (abandoned && Parts?.Kept() is { } kept) _console.MarkupLineInterpolated($"[red]interrupted[/] ({context.Signal}): {_shown} keeps what it held before; {kept}");
        else if (abandoned) _console.MarkupLineInterpolated($"[red]interrupted[/] ({context.Signal}): nothing was written; {_shown} keeps what it held before");
        else _console.MarkupLineInterpolated($"[red]interrupted[/] ({context.Signal}) after the run was written to {_shown}");
        Environment.Exit(context.Signal == PosixSignal.SIGINT ? 130 : 143);
    }

    public void Dispose()
    {
        foreach (var s in _signals) s.Dispose();
        _folder.Dispose();
    }
}
