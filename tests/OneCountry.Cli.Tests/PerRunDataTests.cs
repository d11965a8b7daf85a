using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace OneCountry.Cli.Tests;

/// <summary>Reads Parquet files with DuckDB, a reader other than the writer (Parquet.Net).</summary>
internal static class DuckDb
{
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Column name → DuckDB type of a Parquet file.</summary>
    public static Dictionary<string, string> Types(string path) =>
        Query($"DESCRIBE SELECT * FROM read_parquet('{path}')").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

    public static long Count(string path, string where = "true") =>
        Convert.ToInt64(Query($"SELECT count(*) FROM read_parquet('{path}') WHERE {where}")[0][0], CultureInfo.InvariantCulture);
}

public class PerRunDataTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static string Csv(string text)
    {
        var path = Path.Combine(CliFixture.TempDir(), "design.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_comparison_writes_a_row_per_run_that_DuckDB_reads_with_typed_columns_and_the_medians_of_compare_csv()
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("compare", "historical", "left-opposition", "--runs", "3", "--scale", "20000",
            "--threads", "2", "--no-report", "--per-run-series", "--set", "famine_mortality=0.3", "--out", outDir);
        Assert.True(code == 0, output);
        string runs = Path.Combine(outDir, "runs.parquet"), series = Path.Combine(outDir, "series.parquet");

        var types = DuckDb.Types(runs);
        Assert.Equal("INTEGER", types["run_id"]);
        Assert.Equal("UBIGINT", types["seed"]);
        Assert.Equal("VARCHAR", types["scenario"]);
        Assert.Equal("DOUBLE", types["gdp_per_head_1940"]);
        Assert.Equal("DOUBLE", types["famine_mortality"]);
        Assert.Equal("DOUBLE", types["verdict_technique"]);
        Assert.Contains(types.Keys, k => k.StartsWith("window_", StringComparison.Ordinal));
        Assert.Equal(6, DuckDb.Count(runs));
        Assert.Equal(3, DuckDb.Count(runs, "scenario = 'left-opposition' AND point = 1"));
        Assert.Equal(6, DuckDb.Count(runs, "famine_mortality = 0.3"));
        // Common random numbers: replicate r of both scenarios ran the same seed.
        Assert.Equal(3, DuckDb.Query($"SELECT DISTINCT replicate, seed FROM read_parquet('{runs}')").Count);

        // The per-run medians are compare.csv's (three runs: the middle one).
        var csv = File.ReadAllLines(Path.Combine(outDir, "compare.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var scenario in new[] { "historical", "left-opposition" })
        {
            double median = Convert.ToDouble(DuckDb.Query($"SELECT median(gdp_per_head_1940) FROM read_parquet('{runs}') WHERE scenario = '{scenario}'")[0][0], CultureInfo.InvariantCulture);
            var row = csv.First(c => c[0] == scenario && c[1] == "GDP per head 1940");
            Assert.Equal(double.Parse(row[3], CultureInfo.InvariantCulture), median);
        }

        var seriesTypes = DuckDb.Types(series);
        Assert.Equal("INTEGER", seriesTypes["run_id"]);
        Assert.Equal("INTEGER", seriesTypes["year"]);
        Assert.Equal("DOUBLE", seriesTypes["value"]);
        Assert.Equal(6, DuckDb.Query($"SELECT DISTINCT run_id FROM read_parquet('{series}')").Count);
        Assert.Equal(1921, Convert.ToInt32(DuckDb.Query($"SELECT min(year) FROM read_parquet('{series}')")[0][0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_sensitivity_sweep_and_a_Morris_screening_write_every_run_with_the_swept_parameters_as_columns()
    {
        var oat = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("sensitivity", "historical", "--params", "base_yield,seed_rate", "--runs", "2", "--scale", "20000",
            "--threads", "2", "--no-report", "--out", oat);
        Assert.True(code == 0, output);
        string runs = Path.Combine(oat, "runs.parquet");
        Assert.Equal(10, DuckDb.Count(runs)); // (1 + 2 x 2 parameters) settings x 2 seeds
        var low = OneCountry.Model.ParameterRegistry.Get("base_yield").Min;
        Assert.Equal(2, DuckDb.Count(runs, $"base_yield = {low.ToString("R", CultureInfo.InvariantCulture)}"));

        var morris = CliFixture.TempDir();
        (code, output) = await CliFixture.Run("sensitivity", "historical", "--method", "morris", "--params", "base_yield,seed_rate", "--trajectories", "2",
            "--scale", "20000", "--threads", "2", "--no-report", "--out", morris);
        Assert.True(code == 0, output);
        Assert.Equal(6, DuckDb.Count(Path.Combine(morris, "runs.parquet"))); // 2 trajectories x (2 + 1) points
    }

    [Fact]
    public async Task Validate_history_writes_the_runs_of_the_scenario_and_of_the_counterfactuals_into_its_report_folder()
    {
        var outDir = CliFixture.TempDir();
        var (_, output) = await CliFixture.Run("validate-history", "--runs", "2", "--scale", "20000", "--threads", "2", "--report", outDir);
        string runs = Path.Combine(outDir, "runs.parquet");
        Assert.True(File.Exists(runs), output);
        var points = DuckDb.Query($"SELECT point, scenario, count(*) FROM read_parquet('{runs}') GROUP BY point, scenario ORDER BY point");
        Assert.Equal(["historical", "right", "nep-industrialization"], points.Select(p => (string)p[1]!));
        Assert.All(points, p => Assert.Equal(2L, Convert.ToInt64(p[2], CultureInfo.InvariantCulture)));
        Assert.False(Directory.Exists(outDir + ".partial"));
    }

    [Fact]
    public async Task An_ensemble_writes_its_runs_and_a_single_run_refuses_per_run_series()
    {
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("run", "historical", "--runs", "2", "--scale", "20000", "--no-report", "--out", outDir);
        Assert.True(code == 0, output);
        Assert.Equal(2, DuckDb.Count(Path.Combine(outDir, "runs.parquet")));

        (code, output) = await CliFixture.Run("run", "historical", "--scale", "20000", "--no-report", "--per-run-series", "--out", CliFixture.TempDir());
        Assert.Equal(2, code);
        Assert.Contains("--per-run-series", output);
    }

    [Fact]
    public async Task An_experiment_from_a_CSV_runs_each_row_on_its_replicates_with_common_random_numbers()
    {
        var design = Csv("base_yield,collectivization_drive@1929-10,nep_market@1928-01,replicates\n0.7,0.01,true,2\n0.85,,,\n");
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("experiment", design, "--replicates", "3", "--scale", "20000", "--threads", "2", "--out", outDir);
        Assert.True(code == 0, output);
        string runs = Path.Combine(outDir, "runs.parquet");
        var types = DuckDb.Types(runs);
        Assert.Equal("DOUBLE", types["base_yield"]);
        Assert.Equal("DOUBLE", types["collectivization_drive@1929-10"]);
        Assert.Equal("BOOLEAN", types["nep_market@1928-01"]);
        Assert.Equal(5, DuckDb.Count(runs)); // 2 replicates of the first row, the default 3 of the second
        Assert.Equal(2, DuckDb.Count(runs, "point = 0 AND nep_market@1928-01".Replace("nep_market@1928-01", "\"nep_market@1928-01\"")));
        Assert.Equal(3, DuckDb.Count(runs, "point = 1 AND \"collectivization_drive@1929-10\" IS NULL"));
        // Replicate r of every point ran the same seed.
        var seeds = DuckDb.Query($"SELECT replicate, count(DISTINCT seed) FROM read_parquet('{runs}') GROUP BY replicate");
        Assert.All(seeds, r => Assert.Equal(1L, Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        Assert.False(Directory.Exists(outDir + ".partial"), "the part files are removed once runs.parquet is whole");
        // The codebook names every column of the runs table, in its order.
        var codebook = File.ReadAllLines(Path.Combine(outDir, "variables.csv")).Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToList();
        Assert.Equal(DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet('{runs}')").Select(r => (string)r[0]!).ToList(), codebook);
    }

    [Fact]
    public async Task A_design_can_impose_how_a_window_ends_and_the_runs_table_shows_it()
    {
        var design = Csv("window:germany_1923,famine_mortality\nvictory,0.3\ndraw,0.3\n");
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("experiment", design, "--scale", "20000", "--out", outDir);
        Assert.True(code == 0, output);
        string runs = Path.Combine(outDir, "runs.parquet");
        Assert.Equal("VARCHAR", DuckDb.Types(runs)["window:germany_1923"]);
        Assert.Equal(1, DuckDb.Count(runs, "\"window:germany_1923\" = 'victory' AND window_germany_1923 = 'victory'"));
        // draw leaves the window to the world: in the recorded world, its recorded defeat.
        Assert.Equal(1, DuckDb.Count(runs, "\"window:germany_1923\" = 'draw' AND window_germany_1923 = 'defeat'"));
    }

    [Fact]
    public async Task An_experiment_writes_the_same_bytes_on_one_thread_and_on_two()
    {
        var yaml = Path.Combine(CliFixture.TempDir(), "lhs.yaml");
        File.WriteAllText(yaml, "seed: 5\nreplicates: 2\nsampler: latin_hypercube\npoints: 10\nfactors:\n  base_yield: {}\n  famine_mortality: {range: [0.2, 0.4]}\n  comintern_line@1928-07: {levels: [united_front, third_period]}\n");
        var one = CliFixture.TempDir();
        var two = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("experiment", yaml, "--scale", "20000", "--threads", "1", "--per-run-series", "--out", one);
        Assert.True(code == 0, output);
        (code, output) = await CliFixture.Run("experiment", yaml, "--scale", "20000", "--threads", "2", "--per-run-series", "--out", two);
        Assert.True(code == 0, output);
        foreach (var file in new[] { "runs.parquet", "series.parquet", "manifest.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        string runs = Path.Combine(one, "runs.parquet");
        Assert.Equal(20, DuckDb.Count(runs));
        Assert.Equal("VARCHAR", DuckDb.Types(runs)["comintern_line@1928-07"]);
        Assert.Equal(20, DuckDb.Count(runs, "\"comintern_line@1928-07\" IN ('united_front', 'third_period') AND famine_mortality BETWEEN 0.2 AND 0.4"));
        // Two row groups: the batches of 16 runs the runs finished in.
        Assert.Equal(2, DuckDb.Query($"SELECT DISTINCT row_group_id FROM parquet_metadata('{runs}')").Count);
    }

    [Fact]
    public async Task An_experiment_from_a_Parquet_design_reads_its_typed_columns()
    {
        var path = Path.Combine(CliFixture.TempDir(), "design.parquet");
        DuckDb.Query($"COPY (SELECT * FROM (VALUES (0.7, 1, true), (0.8, 2, false)) t(base_yield, replicates, \"rationing@1929-01\")) TO '{path}' (FORMAT parquet)");
        var outDir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run("experiment", path, "--scale", "20000", "--out", outDir);
        Assert.True(code == 0, output);
        string runs = Path.Combine(outDir, "runs.parquet");
        Assert.Equal(3, DuckDb.Count(runs));
        Assert.Equal(2, DuckDb.Count(runs, "base_yield = 0.8 AND NOT \"rationing@1929-01\""));
    }

    [Theory]
    [InlineData("experiment")]
    [InlineData("compare")]
    [InlineData("sensitivity")]
    public async Task A_killed_multi_run_command_keeps_the_batches_that_finished_as_part_files_DuckDB_reads_as_one_table(string command)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "onecountry.dll");
        var design = Csv("famine_mortality\n0.2\n0.25\n0.3\n0.35\n");
        var target = Path.Combine(CliFixture.TempDir(), "exp");
        string[] args = command switch
        {
            "experiment" => ["experiment", design, "--replicates", "40"],
            "compare" => ["compare", "historical", "right", "--runs", "80", "--no-report"],
            _ => ["sensitivity", "historical", "--params", "base_yield,seed_rate", "--runs", "32", "--no-report"],
        };
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])[dll, .. args, "--scale", "20000", "--threads", "2", "--out", target]) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        string partial = target + ".partial";
        var guard = Stopwatch.StartNew(); // a liveness guard, not a speed limit
        while (!p.HasExited && guard.Elapsed < TimeSpan.FromSeconds(300) && !(Directory.Exists(partial) && Directory.GetFiles(partial, "runs-00001.parquet").Length > 0))
            await Task.Delay(20);
        Assert.False(p.HasExited, "the command ended before two batches were written; it should take ten");
        p.Kill();
        await p.WaitForExitAsync();

        Assert.False(File.Exists(Path.Combine(target, "runs.parquet")), "runs.parquet appears only when the command is whole");
        var parts = Directory.GetFiles(partial, "runs-*.parquet");
        Assert.True(parts.Length >= 2);
        Assert.Empty(Directory.GetFiles(partial, "*.tmp").Concat(Directory.GetFiles(partial, ".*")));
        long rows = DuckDb.Count(Path.Combine(partial, "runs-*.parquet"));
        Assert.Equal(16L * parts.Length, rows);
        Assert.Equal(rows, Convert.ToInt64(DuckDb.Query($"SELECT count(DISTINCT run_id) FROM read_parquet('{Path.Combine(partial, "runs-*.parquet")}')")[0][0], CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt32(DuckDb.Query($"SELECT min(run_id) FROM read_parquet('{Path.Combine(partial, "runs-*.parquet")}')")[0][0], CultureInfo.InvariantCulture));
        _ = f;
    }
}
