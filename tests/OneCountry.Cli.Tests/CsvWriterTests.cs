using OneCountry.Reporting;

namespace OneCountry.Cli.Tests;

public class CsvWriterTests
{
    [Fact]
    public void Every_line_ends_with_a_newline_alone_and_text_is_quoted_only_where_needed()
    {
        var path = Path.Combine(CliFixture.TempDir(), "t.csv");
        CsvWriter.Write(path, "a,b,c", w =>
        {
            w.Row(CsvWriter.Field("plain"), CsvWriter.Field("with, comma"), CsvWriter.Number(0.1));
            w.Row(CsvWriter.Field("say \"x\""), CsvWriter.Field("two\nlines"), CsvWriter.Number(double.NaN));
            w.Row("", CsvWriter.Number(42), CsvWriter.Number(-1e-300));
        });
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal("a,b,c\nplain,\"with, comma\",0.1\n\"say \"\"x\"\"\",\"two\nlines\",NaN\n,42,-1E-300\n", File.ReadAllText(path));
    }
}

public class EnsembleWriterTests(CliFixture f) : IClassFixture<CliFixture>
{
    [Fact]
    public void Window_names_in_windows_csv_are_quoted_where_they_need_it()
    {
        var s = OneCountry.Scenarios.ScenarioLoader.LoadFile(f.Historical);
        s = s with { End = s.Start.Plus(2) };
        var runs = OneCountry.Experiments.Ensemble.Run(s, 1, 50000, threads: 1);
        var folder = CliFixture.TempDir();
        EnsembleWriter.Write(s, runs, 50000, s.Seed, [new("berlin, 1923", "victory", 1, 2, 0.5, 0.1, 0.9), new("plain", "defeat", 0, 2, 0, 0, 0.6)], folder);
        var lines = File.ReadAllLines(Path.Combine(folder, "windows.csv"));
        Assert.Equal("historical,\"berlin, 1923\",victory,1,2,0.5,0.1,0.9", lines[1]);
        Assert.Equal("historical,plain,defeat,0,2,0,0,0.6", lines[2]);
    }

    [Fact]
    public async Task Windows_csv_has_one_layout_whatever_the_command_writes_it()
    {
        // The same scenario, seeds and scale as an ensemble and as the baseline of a comparison: the same rows.
        var ensemble = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", "historical", "--runs", "2", "--scale", "20000", "--seed", "1921", "--threads", "2", "--no-report", "--out", ensemble);
        Assert.True(code == 0, output);
        var compare = CliFixture.TempDir();
        (code, output) = await CliFixture.Run("compare", "historical", "right", "--runs", "2", "--scale", "20000", "--seed", "1921", "--threads", "2", "--no-report", "--out", compare);
        Assert.True(code == 0, output);
        var a = File.ReadAllLines(Path.Combine(ensemble, "windows.csv"));
        var b = File.ReadAllLines(Path.Combine(compare, "windows.csv"));
        Assert.Equal(TableWriters.WindowsHeader, a[0]);
        Assert.Equal(TableWriters.WindowsHeader, b[0]);
        Assert.Equal(a.Skip(1), b.Skip(1).Where(l => l.StartsWith("historical,", StringComparison.Ordinal)));
        Assert.Contains(b, l => l.StartsWith("right,germany_1923,victory,", StringComparison.Ordinal));
        Assert.All(a.Concat(b), l => Assert.Equal(8, l.Split(',').Length));
    }
}
