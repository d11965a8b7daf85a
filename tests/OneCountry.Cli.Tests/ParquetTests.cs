using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace OneCountry.Cli.Tests;

/// <summary>Issue 11, item 18: the Parquet tables hold what the CSV tables hold, in the same types.</summary>
public class ParquetTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static async Task<(DataField[] Fields, Array[] Columns)> Read(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var columns = fields.Select(_ => new List<object?>()).ToArray();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            for (int c = 0; c < fields.Length; c++)
            {
                Array data;
                if (Kind(fields[c]) == "text") { var b = new string?[n]; await group.ReadAsync(fields[c], b.AsMemory()); data = b; }
                else if (fields[c].ClrType == typeof(int)) { var b = new int[n]; await group.ReadAsync<int>(fields[c], b.AsMemory()); data = b; }
                else if (fields[c].ClrType == typeof(double)) { var b = new double[n]; await group.ReadAsync<double>(fields[c], b.AsMemory()); data = b; }
                else throw new InvalidDataException($"{fields[c].Name}: a column of {fields[c].ClrType}");
                foreach (var v in data) columns[c].Add(v);
            }
        }
        return (fields, columns.Select(c => (Array)c.ToArray()).ToArray());
    }

    /// <summary>A column's type as the CSV has it: text (Parquet.Net reads UTF-8 columns back as
    /// ReadOnlyMemory&lt;char&gt;), a 32-bit whole number or a double.</summary>
    private static string Kind(DataField field) =>
        field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) ? "text"
            : field.ClrType == typeof(int) ? "int32" : field.ClrType == typeof(double) ? "double" : field.ClrType.Name;

    [Theory]
    [InlineData("monthly", "month", "text")]
    [InlineData("yearly", "year", "int32")]
    [InlineData("crop_years", "crop_year", "text")]
    public async Task Each_parquet_table_has_the_csv_s_columns_types_and_values(string table, string period, string periodType)
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", f.Historical, "--scale", "50000", "--threads", "2", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        var (fields, columns) = await Read(Path.Combine(outDir, table + ".parquet"));
        var csv = File.ReadAllLines(Path.Combine(outDir, table + ".csv"));
        Assert.Equal(csv[0].Split(','), fields.Select(x => x.Name));
        Assert.Equal(period, fields[0].Name);
        Assert.Equal([periodType, "text", "text", "double", "text"], fields.Select(Kind));
        Assert.Equal(csv.Length - 1, columns[0].Length);
        for (int i = 1; i < csv.Length; i += 97)
        {
            // Fields without quotes in these tables except country names such as "Baltic states" (no comma).
            var cells = csv[i].Split(',');
            Assert.Equal(cells[0], Convert.ToString(columns[0].GetValue(i - 1), CultureInfo.InvariantCulture));
            Assert.Equal(cells[1], columns[1].GetValue(i - 1));
            Assert.Equal(cells[2], columns[2].GetValue(i - 1));
            Assert.Equal(double.Parse(cells[3], CultureInfo.InvariantCulture), (double)columns[3].GetValue(i - 1)!);
            Assert.Equal(cells[4], columns[4].GetValue(i - 1));
        }
    }
}
