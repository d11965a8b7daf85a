using System.Runtime.InteropServices;

namespace OneCountry.Scenarios;

/// <summary>Whether a path names a regular file (not a device such as /dev/zero, a FIFO, a socket
/// or a folder), asked of the file system without opening it: opening a FIFO blocks, and a device
/// can be read without end.</summary>
public static partial class FileKind
{
    private const int TypeMask = 0xF000, Regular = 0x8000;

    public static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows()) return File.Exists(path);
        try
        {
            // .NET's own native shim: its FileStatus has the same layout on every Unix
            // (int Flags, int Mode, ...), unlike libc's struct stat.
            var status = new byte[512];
            if (Stat(path, status) != 0) return false;
            int mode = BitConverter.ToInt32(status, 4);
            return (mode & TypeMask) == Regular;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.Exists(path);
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] output);
}
