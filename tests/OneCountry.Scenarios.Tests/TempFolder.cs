namespace OneCountry.Scenarios.Tests;

/// <summary>A test class's own temporary folder, deleted after each test, with a way to write files into it.</summary>
public abstract class TempFolder : IDisposable
{
    protected string Dir { get; } = Path.Combine(Path.GetTempPath(), "onecountry-tests-" + Guid.NewGuid().ToString("N"));

    protected TempFolder() => Directory.CreateDirectory(Dir);

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder and returns its path.</summary>
    protected string WriteFile(string name, string text)
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
