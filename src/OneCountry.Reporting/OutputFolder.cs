using System.Runtime.InteropServices;

namespace OneCountry.Reporting;

/// <summary>A folder that a run replaces as a unit, never file by file.</summary>
/// <remarks>
/// <para>Everything goes into a staging folder beside the target
/// (<c>.NAME.staging-PID-ID</c>); <see cref="Commit"/> swaps it in with one rename (Linux's
/// <c>renameat2(RENAME_EXCHANGE)</c>, so that the target names the old run or the new, never
/// neither), then deletes the old run. A run that fails, is interrupted or killed leaves the
/// earlier run whole; what it left in staging is removed by the next run.</para>
/// <para>A lock file beside the target (<c>.NAME.lock</c>, held without sharing for the whole
/// run) keeps two runs from writing one folder; the operating system releases it when the
/// process ends, however it ends. The lock file itself stays, so that every run locks the same
/// file.</para>
/// <para>The target must be new, empty, or hold an earlier run (one of the files the program
/// writes): a folder of other files is refused, since the swap replaces it whole.</para>
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Files by which a folder is recognised as an earlier output of this program.</summary>
    public static readonly string[] KnownOutputs =
        ["manifest.json", "monthly.csv", "ensemble_yearly.csv", "compare.csv", "sensitivity.csv", "morris.csv", "validation.csv", HtmlReport.FileName, ShardFolder.FileName];

    private readonly object _gate = new();
    private readonly FileStream _lock;
    private bool _committed, _abandoned;

    /// <summary>The folder the user named (full path).</summary>
    public string Target { get; }

    /// <summary>Where the run writes until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    private OutputFolder(string target, string staging, FileStream lockFile) => (Target, Staging, _lock) = (target, staging, lockFile);

    /// <summary>Locks <paramref name="target"/>, removes what killed runs left beside it, checks
    /// that it may be replaced and creates the staging folder.</summary>
    /// <exception cref="OutputFolderException">another run holds the lock, or the target holds other files.</exception>
    public static OutputFolder Open(string target)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        string name = Path.GetFileName(full);
        string parent = Path.GetDirectoryName(full) ?? throw new OutputFolderException($"{target}: the root folder cannot be an output folder; give a folder below it");
        if (File.Exists(full)) throw new OutputFolderException($"{target}: a file of that name exists; give a folder");
        Directory.CreateDirectory(parent);
        FileStream lockFile;
        try { lockFile = new FileStream(Path.Combine(parent, $".{name}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
        catch (IOException)
        {
            throw new OutputFolderException($"{target}: another run is writing to this folder (it holds {Path.Combine(parent, $".{name}.lock")}); wait for it or give another --out");
        }
        try
        {
            foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
                TryDelete(stale);
            if (Directory.Exists(full) && !IsEmptyOrOutput(full))
                throw new OutputFolderException($"{target}: the folder holds files that are not an earlier run of onecountry; a run replaces its output folder whole, so give a new or empty folder");
            string staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);
            return new OutputFolder(full, staging, lockFile);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    private static bool IsEmptyOrOutput(string folder) =>
        !Directory.EnumerateFileSystemEntries(folder).Any() || KnownOutputs.Any(f => File.Exists(Path.Combine(folder, f)));

    /// <summary>Puts the staged run in place of the target in one step and deletes the earlier run.</summary>
    /// <exception cref="OperationCanceledException">the run was abandoned (interrupted) first.</exception>
    public void Commit()
    {
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException("the run was interrupted");
            if (!Directory.Exists(Target)) Directory.Move(Staging, Target);
            else if (Exchange(Staging, Target)) TryDelete(Staging); // Staging now holds the earlier run
            else
            {
                string old = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Guid.NewGuid():N}");
                Directory.Move(Target, old);
                Directory.Move(Staging, Target);
                TryDelete(old);
            }
            _committed = true;
        }
    }

    /// <summary>Gives up the run (on an interrupt): the staging folder is deleted and the target
    /// left as it was. False when the run had already been put in place.</summary>
    public bool Abandon()
    {
        lock (_gate)
        {
            if (_committed) return false;
            _abandoned = true;
            TryDelete(Staging);
            return true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (!_committed) TryDelete(Staging);
            _lock.Dispose();
        }
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    /// <summary>Swaps two folders atomically where the system can (Linux 3.15 and later); false elsewhere.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return RenameAt2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}

/// <summary>An output folder that cannot be used (exit code 2): locked by another run, or holding other files.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
