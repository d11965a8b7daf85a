using System.Diagnostics;
using System.Net.Sockets;

namespace OneCountry.Scenarios.Tests;

/// <summary>FileKind tells a scenario file from what must not be opened or read (issue 11, item 6),
/// with System.IO alone: no file is opened to find out.</summary>
public class FileKindTests : TempFolder
{
    [Fact]
    public void A_file_with_contents_is_regular_an_empty_one_is_not_read_and_folders_and_missing_paths_are_named()
    {
        Assert.Equal(FileKindResult.Regular, FileKind.Of(WriteFile("a.yaml", "name: a\n")));
        Assert.Equal(FileKindResult.EmptyOrSpecial, FileKind.Of(WriteFile("empty.yaml", "")));
        Assert.Equal(FileKindResult.Folder, FileKind.Of(Dir));
        Assert.Equal(FileKindResult.Missing, FileKind.Of(Path.Combine(Dir, "none.yaml")));
        Assert.True(FileKind.IsRegular(Path.Combine(Dir, "a.yaml")));
        Assert.False(FileKind.IsRegular(Dir));
    }

    [Fact]
    public void A_link_is_what_it_leads_to()
    {
        if (OperatingSystem.IsWindows()) return;
        string file = WriteFile("a.yaml", "name: a\n");
        File.CreateSymbolicLink(Path.Combine(Dir, "to-file.yaml"), file);
        File.CreateSymbolicLink(Path.Combine(Dir, "to-link.yaml"), Path.Combine(Dir, "to-file.yaml"));
        File.CreateSymbolicLink(Path.Combine(Dir, "to-zero.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(Dir, "nowhere.yaml"), Path.Combine(Dir, "gone.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(Dir, "to-folder"), Dir);
        Assert.Equal(FileKindResult.Regular, FileKind.Of(Path.Combine(Dir, "to-file.yaml")));
        Assert.Equal(FileKindResult.Regular, FileKind.Of(Path.Combine(Dir, "to-link.yaml")));
        Assert.Equal(FileKindResult.EmptyOrSpecial, FileKind.Of(Path.Combine(Dir, "to-zero.yaml")));
        Assert.Equal(FileKindResult.Missing, FileKind.Of(Path.Combine(Dir, "nowhere.yaml")));
        Assert.Equal(FileKindResult.Folder, FileKind.Of(Path.Combine(Dir, "to-folder")));
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(Path.Combine(Dir, "to-zero.yaml")));
        Assert.Contains("not a regular file", e.Message);
    }

    [Fact]
    public async Task Devices_FIFOs_and_sockets_are_not_regular_and_asking_does_not_block()
    {
        if (OperatingSystem.IsWindows()) return;
        string fifo = Path.Combine(Dir, "fifo");
        using (var p = Process.Start("mkfifo", fifo)) await p.WaitForExitAsync();
        string socketPath = Path.Combine(Dir, "sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var ask = Task.Run(() => new[] { "/dev/zero", "/dev/urandom", "/dev/null", fifo, socketPath }.Where(File.Exists).Select(FileKind.Of).ToList());
        Assert.Same(ask, await Task.WhenAny(ask, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.All(await ask, kind => Assert.Equal(FileKindResult.EmptyOrSpecial, kind));
        Assert.Contains("not a regular file", Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(socketPath)).Message);
    }

    [Fact]
    public void An_empty_scenario_file_is_an_error_at_its_start()
    {
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(WriteFile("empty.yaml", ""))).Errors);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("the file is empty", error.Message);
    }
}
