using OneCountry.Model.Country;
using OneCountry.Model.Engine;
namespace OneCountry.Model.Tests;

internal static class TestPaths
{
    /// <summary>The repository root (the directory holding OneCountry.slnx).</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OneCountry.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
