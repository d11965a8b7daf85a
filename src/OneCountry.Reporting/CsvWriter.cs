using System.Globalization;
using System.Text;

namespace OneCountry.Reporting;

/// <summary>
/// Every CSV file the program writes: UTF-8 without a byte-order mark, a header line, "\n" line
/// endings on every platform, written atomically (<see cref="AtomicFile"/>). A row is its fields
/// joined by commas; text goes through <see cref="Field"/> (RFC 4180 quoting) and numbers
/// through <see cref="Number"/> (invariant culture, round-trip), so the same results always
/// write the same bytes.
/// </summary>
public sealed class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TextWriter _writer;

    private CsvWriter(TextWriter writer) => _writer = writer;

    /// <summary>Writes <paramref name="header"/>, then the rows that <paramref name="rows"/> writes, to <paramref name="path"/>.</summary>
    public static void Write(string path, string header, Action<CsvWriter> rows) =>
        AtomicFile.Write(path, stream =>
        {
            using var w = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            w.WriteLine(header);
            rows(new CsvWriter(w));
        });

    /// <summary>One row: the fields as given, joined by commas.</summary>
    public void Row(params string[] fields) => _writer.WriteLine(string.Join(",", fields));

    /// <summary>A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.</summary>
    public static string Field(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>A number in the invariant culture, round-trip ("R"); NaN as "NaN".</summary>
    public static string Number(double v) =>
        double.IsNaN(v) ? "NaN" : v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A whole number in the invariant culture.</summary>
    public static string Number(int v) => v.ToString(CultureInfo.InvariantCulture);
}
