namespace OneCountry.Scenarios;

/// <summary>What a path names, as far as it matters for reading a scenario: asked of the file
/// system through System.IO only, without opening the file (opening a FIFO blocks until someone
/// writes to it, and a device such as /dev/zero can be read without end).</summary>
public enum FileKindResult
{
    /// <summary>Nothing there (or a link that leads nowhere).</summary>
    Missing,
    /// <summary>A folder.</summary>
    Folder,
    /// <summary>A file with contents: its size is known, and reading it gives that many bytes.</summary>
    Regular,
    /// <summary>Size 0: an empty file, or a device, a FIFO or a socket. System.IO does not tell
    /// the file types of Unix apart (only regular files report their size; the others report 0),
    /// and there is nothing to read from an empty file, so neither is opened.</summary>
    EmptyOrSpecial,
}

public static class FileKind
{
    /// <summary>What <paramref name="path"/> names, following symbolic links to their end.</summary>
    public static FileKindResult Of(string path)
    {
        try
        {
            string target = path;
            var link = new FileInfo(path);
            if (link.LinkTarget is not null)
            {
                // A link (or a chain of them) stands for what it leads to; a loop is an IOException.
                if (link.ResolveLinkTarget(returnFinalTarget: true) is not { } end) return FileKindResult.Missing;
                target = end.FullName;
            }
            if (Directory.Exists(target)) return FileKindResult.Folder;
            var file = new FileInfo(target);
            if (!file.Exists) return FileKindResult.Missing;
            return file.Length > 0 ? FileKindResult.Regular : FileKindResult.EmptyOrSpecial;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileKindResult.Missing;
        }
    }

    /// <summary>Whether <paramref name="path"/> names a file with contents that can be read to their end.</summary>
    public static bool IsRegular(string path) => Of(path) == FileKindResult.Regular;
}
