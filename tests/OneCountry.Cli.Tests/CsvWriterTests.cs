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
