using System.Diagnostics;
using System.Text.Json.Nodes;
using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

public class ShardSpecTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("1/1", 0, 1)]
    [InlineData("1/4", 0, 4)]
    [InlineData("4/4", 3, 4)]
    [InlineData(" 2/3 ", 1, 3)]
    public void A_shard_is_i_of_n_counted_from_1(string text, int index, int count)
    {
        var s = ShardSpec.Parse(text);
        Assert.Equal((index, count), (s.Index, s.Count));
        Assert.Equal(text.Trim(), s.ToString());
    }

    [Theory]
    [InlineData("0/4", "from 1 to 4")]
    [InlineData("5/4", "from 1 to 4")]
    [InlineData("1/0", "from 1 to")]
    [InlineData("2", "write i/n")]
    [InlineData("a/b", "write i/n")]
    [InlineData("-1/4", "write i/n")]
    [InlineData("1/4/2", "write i/n")]
    [InlineData("1/100001", "from 1 to 100,000")]
    public void A_bad_shard_says_what_is_wrong(string text, string says)
    {
        var e = Assert.Throws<ShardException>(() => ShardSpec.Parse(text));
        Assert.Contains(says, e.Message);
        Assert.Contains("--shard", e.Message);
    }

    [Fact]
    public void The_shards_of_a_plan_are_disjoint_whole_batches_that_together_hold_every_run()
    {
        foreach (int runs in new[] { 1, 15, 16, 17, 100, 1000 })
            for (int n = 1; n <= 9; n++)
            {
                var owners = new int[runs];
                for (int i = 0; i < n; i++)
                {
                    var s = new ShardSpec(i, n, "test");
                    foreach (var b in s.Batches(runs))
                        for (int r = b * PerRunCollector.BatchSize; r < Math.Min(runs, (b + 1) * PerRunCollector.BatchSize); r++)
                        {
                            Assert.True(s.HoldsRun(r));
                            owners[r]++;
                        }
                }
                Assert.All(owners, o => Assert.Equal(1, o));
                // Balanced: the shards' batch counts differ by at most one.
                var sizes = Enumerable.Range(0, n).Select(i => new ShardSpec(i, n, "test").Batches(runs).Count()).ToList();
                Assert.True(sizes.Max() - sizes.Min() <= 1);
            }
    }

    [Theory]
    [InlineData("0", "0", "3", 0)]   // --array=0-3
    [InlineData("3", "0", "3", 3)]
    [InlineData("1", "1", "4", 0)]   // --array=1-4
    [InlineData("4", "1", "4", 3)]
    public void A_Slurm_array_task_is_a_shard_whether_the_array_starts_at_0_or_1(string id, string min, string max, int index)
    {
        var s = ShardSpec.Resolve(null, Env(("SLURM_ARRAY_TASK_ID", id), ("SLURM_ARRAY_TASK_MIN", min), ("SLURM_ARRAY_TASK_MAX", max), ("SLURM_ARRAY_TASK_COUNT", "4"), ("SLURM_ARRAY_TASK_STEP", "1")));
        Assert.NotNull(s);
        Assert.Equal((index, 4, "SLURM_ARRAY_TASK_ID"), (s.Index, s.Count, s.Source));
    }

    [Fact]
    public void A_Slurm_array_with_a_step_or_without_a_count_still_gives_its_shard()
    {
        var stepped = ShardSpec.Resolve(null, Env(("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "6"), ("SLURM_ARRAY_TASK_STEP", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        Assert.Equal((2, 4), (stepped!.Index, stepped.Count));
        var noCount = ShardSpec.Resolve(null, Env(("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "3")));
        Assert.Equal((1, 3), (noCount!.Index, noCount.Count));
    }

    [Fact]
    public void A_Slurm_array_that_is_not_one_range_is_refused()
    {
        // --array=1,3,7: three tasks from 1 to 7, not one range.
        var e = Assert.Throws<ShardException>(() => ShardSpec.Resolve(null, Env(("SLURM_ARRAY_TASK_ID", "7"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "7"), ("SLURM_ARRAY_TASK_COUNT", "3"), ("SLURM_ARRAY_TASK_STEP", "1"))));
        Assert.Contains("not one range", e.Message);
        e = Assert.Throws<ShardException>(() => ShardSpec.Resolve(null, Env(("SLURM_ARRAY_TASK_ID", "x"), ("SLURM_ARRAY_TASK_COUNT", "3"))));
        Assert.Contains("SLURM_ARRAY_TASK_ID=x is not a whole number", e.Message);
    }

    [Fact]
    public void A_Kubernetes_indexed_job_pod_is_a_shard_given_the_count()
    {
        var s = ShardSpec.Resolve(null, Env(("JOB_COMPLETION_INDEX", "0"), (ShardSpec.CountVariable, "4")));
        Assert.Equal((0, 4, "JOB_COMPLETION_INDEX"), (s!.Index, s.Count, s.Source));
        Assert.Equal(3, ShardSpec.Resolve(null, Env(("JOB_COMPLETION_INDEX", "3"), (ShardSpec.CountVariable, "4")))!.Index);
        var e = Assert.Throws<ShardException>(() => ShardSpec.Resolve(null, Env(("JOB_COMPLETION_INDEX", "1"))));
        Assert.Contains(ShardSpec.CountVariable, e.Message);
        e = Assert.Throws<ShardException>(() => ShardSpec.Resolve(null, Env(("JOB_COMPLETION_INDEX", "4"), (ShardSpec.CountVariable, "4"))));
        Assert.Contains("from 0 to 3", e.Message);
    }

    [Fact]
    public void The_option_comes_before_the_environment_and_off_turns_sharding_off()
    {
        var env = Env(("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_COUNT", "4"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "3"));
        Assert.Equal(1, ShardSpec.Resolve("2/2", env)!.Index);
        Assert.Null(ShardSpec.Resolve("off", env));
        Assert.Null(ShardSpec.Resolve(null, Env()));
    }
}

/// <summary>An experiment of 34 runs (17 points x 2 replicates, 3 batches) on a scenario cut at
/// 1923-12 (fast), run once on one machine with the per-run series, for the sharded runs to match.</summary>
public sealed class ShardFixture
{
    public string Root { get; }
    public string Scenario { get; }
    public string Design { get; }
    public string OneMachine { get; }
    public string[] Options => ["--scenario", Scenario, "--scale", "20000", "--per-run-series", "--set", "famine_mortality=0.3"];

    public ShardFixture()
    {
        Root = new CliFixture().Root;
        string dir = CliFixture.TempDir();
        Scenario = Path.Combine(dir, "short.yaml");
        File.WriteAllText(Scenario, "name: short\nextends: historical\nend: 1923-12\n");
        Design = Path.Combine(dir, "design.yaml");
        File.WriteAllText(Design, "replicates: 2\nseed: 11\nsampler: latin_hypercube\npoints: 17\nfactors:\n  base_yield: {}\n  nep_market@1922-06: {levels: [true, false]}\n");
        OneMachine = Path.Combine(dir, "one");
        var (code, output) = CliFixture.Run(["experiment", Design, .. Options, "--out", OneMachine]).GetAwaiter().GetResult();
        if (code != 0) throw new InvalidOperationException(output);
    }

    /// <summary>The program as a command for a child process: dotnet and the CLI's assembly.</summary>
    public string[] Program()
    {
        string here = Path.Combine(AppContext.BaseDirectory, "onecountry.dll");
        if (File.Exists(here) && File.Exists(Path.Combine(AppContext.BaseDirectory, "onecountry.runtimeconfig.json"))) return ["dotnet", here];
        string config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return ["dotnet", Path.Combine(Root, "src", "OneCountry.Cli", "bin", config, "net10.0", "onecountry.dll")];
    }

    public static void AssertSameFiles(string expected, string actual)
    {
        var left = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(x => Path.GetRelativePath(expected, x)).Order().ToList();
        var right = Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(x => Path.GetRelativePath(actual, x)).Order().ToList();
        Assert.Equal(left, right);
        foreach (var file in left)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
    }
}

public class ShardMergeTests(ShardFixture f) : IClassFixture<ShardFixture>
{
    private async Task<string[]> Shards(int n, string dir, params string[] extra)
    {
        var folders = new string[n];
        for (int i = 1; i <= n; i++)
        {
            folders[i - 1] = Path.Combine(dir, $"shard-{i}");
            var (code, output) = await CliFixture.Run(["experiment", f.Design, .. f.Options, .. extra, "--shard", $"{i}/{n}", "--threads", "1", "--out", folders[i - 1]]);
            Assert.True(code == 0, output);
            Assert.Contains($"shard {i}/{n} (--shard)", output.Replace("\n", ""));
        }
        return folders;
    }

    [Fact]
    public async Task Three_shards_merged_in_any_order_are_byte_identical_to_one_machine()
    {
        string dir = CliFixture.TempDir();
        var shards = await Shards(3, dir);
        // Each shard's runs table is a runs table: 16, 16 and 2 of the 34 runs.
        Assert.Equal([16L, 16, 2], shards.Select(s => DuckDb.Count(Path.Combine(s, "runs.parquet"))));
        Assert.Equal(16L, DuckDb.Count(Path.Combine(shards[1], "runs.parquet"), "run_id between 16 and 31"));
        var info = JsonNode.Parse(File.ReadAllText(Path.Combine(shards[2], "shard.json")))!;
        Assert.Equal(3, info["shard"]!.GetValue<int>());
        Assert.Equal(34, info["runs"]!.GetValue<int>());

        string merged = Path.Combine(dir, "merged");
        var (code, output) = await CliFixture.Run("merge", merged, shards[2], shards[0], shards[1]);
        Assert.True(code == 0, output);
        ShardFixture.AssertSameFiles(f.OneMachine, merged);
        Assert.Equal(34L, DuckDb.Count(Path.Combine(merged, "runs.parquet"), "famine_mortality = 0.3"));

        // The merged manifest records the one-machine command (no --shard): replay runs it on one machine, identical.
        var command = JsonNode.Parse(File.ReadAllText(Path.Combine(merged, "manifest.json")))!["command"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.DoesNotContain("--shard", command);
        Assert.DoesNotContain("--resume", command);
        (code, output) = await CliFixture.Run("replay", Path.Combine(merged, "manifest.json"), "--out", Path.Combine(dir, "replay"));
        Assert.True(code == 0, output);
        Assert.DoesNotContain("; differ:", output.Replace("\n", ""));
    }

    [Fact]
    public async Task More_shards_than_batches_leave_some_empty_and_still_merge_identical()
    {
        string dir = CliFixture.TempDir();
        var shards = await Shards(5, dir);
        Assert.Equal(0L, DuckDb.Count(Path.Combine(shards[4], "runs.parquet")));
        var (code, output) = await CliFixture.Run(["merge", Path.Combine(dir, "merged"), .. shards]);
        Assert.True(code == 0, output);
        ShardFixture.AssertSameFiles(f.OneMachine, Path.Combine(dir, "merged"));
    }

    [Fact]
    public async Task Merge_refuses_shards_missing_twice_of_another_plan_changed_or_incomplete()
    {
        string dir = CliFixture.TempDir();
        var shards = await Shards(2, dir);
        string other = (await Shards(2, Path.Combine(dir, "other"), "--seed", "99"))[1];
        string merged = Path.Combine(dir, "merged");

        async Task Refused(string says, params string[] folders)
        {
            var (code, output) = await CliFixture.Run(["merge", merged, .. folders]);
            Assert.True(code == 2, output);
            Assert.Contains(says, output.Replace("\n", ""));
            Assert.DoesNotContain("   at ", output);
            Assert.False(Directory.Exists(merged));
        }

        await Refused("shard 2/2 missing", shards[0]);
        await Refused("shard 1/2 is given twice", shards[0], shards[0], shards[1]);
        await Refused("are shards of different plans", shards[0], other);
        await Refused("not a shard's output folder", shards[0], f.OneMachine);
        await Refused("no such folder", shards[0], Path.Combine(dir, "nowhere"));

        // A shard's plan files changed after it was written.
        string changed = Path.Combine(dir, "changed");
        CopyFolder(shards[1], changed);
        File.AppendAllText(Path.Combine(changed, "merge", "variables.csv"), "x\n");
        await Refused("do not match the shard's plan_sha256", shards[0], changed);

        // A shard whose runs table lost a batch, or has none.
        string partial = Path.Combine(dir, "partial");
        CopyFolder(shards[0], partial);
        File.Copy(Path.Combine(shards[1], "runs.parquet"), Path.Combine(partial, "runs.parquet"), overwrite: true);
        await Refused("1 batch(es) where shard 1/2 of a plan of 34 runs has 2: the shard is incomplete", partial, shards[1]);
        File.Delete(Path.Combine(partial, "runs.parquet"));
        await Refused("runs.parquet is missing", partial, shards[1]);

        // A damaged shard.json names the file and the field.
        string damaged = Path.Combine(dir, "damaged");
        CopyFolder(shards[1], damaged);
        string json = Path.Combine(damaged, "shard.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("\"shards\": 2", "\"shards\": \"two\""));
        await Refused("field 'shards' is not a", shards[0], damaged);
        File.WriteAllText(json, "{ not json");
        await Refused("shard.json:1:", shards[0], damaged);
    }

    [Fact]
    public async Task A_bad_shard_or_a_shard_folder_as_output_is_refused_with_exit_2()
    {
        var (code, output) = await CliFixture.Run(["experiment", f.Design, .. f.Options, "--shard", "3/2", "--out", CliFixture.TempDir()]);
        Assert.True(code == 2, output);
        Assert.Contains("the shard must be from 1 to 2", output.Replace("\n", ""));
        string dir = CliFixture.TempDir();
        (code, output) = await CliFixture.Run("merge", dir, dir);
        Assert.True(code == 2, output);
        Assert.Contains("is one of the shard folders", output.Replace("\n", ""));
    }

    [Fact]
    public async Task Resume_after_a_kill_runs_only_the_unfinished_batches_and_writes_identical_files()
    {
        string dir = CliFixture.TempDir();
        string target = Path.Combine(dir, "resumed");
        var program = f.Program();
        var start = new ProcessStartInfo(program[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in program.Skip(1).Concat(["experiment", f.Design, .. f.Options, "--threads", "1", "--out", target])) start.ArgumentList.Add(a);
        using (var child = Process.Start(start)!)
        {
            string first = Path.Combine(target + ".partial", "runs-00000.parquet");
            var waited = Stopwatch.StartNew();
            while (!File.Exists(first) && !child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(20);
            Assert.True(File.Exists(first), "the experiment wrote no batch: " + (child.HasExited ? child.StandardOutput.ReadToEnd() + child.StandardError.ReadToEnd() : "still running"));
            if (!child.HasExited) child.Kill();
            child.WaitForExit();
        }
        var partial = target + ".partial";
        int kept = Directory.GetFiles(partial, "runs-*.parquet").Length;
        Assert.True(kept < 3, "the child finished every batch before it was killed"); // a batch takes 16 runs; the kill comes within 20 ms of the first
        // What a write killed midway leaves: a temporary file and the series part of a batch whose runs part never came.
        File.WriteAllText(Path.Combine(partial, "runs-00002.parquet.tmp"), "half");
        File.Copy(Path.Combine(partial, "series-00000.parquet"), Path.Combine(partial, "series-00002.parquet"), overwrite: true);

        // Another plan is refused, and leaves the parts alone.
        var (code, output) = await CliFixture.Run(["experiment", f.Design, .. f.Options, "--seed", "12", "--resume", "--out", target]);
        Assert.True(code == 2, output);
        Assert.Contains("holds the runs of another plan", output.Replace("\n", ""));

        (code, output) = await CliFixture.Run(["experiment", f.Design, .. f.Options, "--resume", "--threads", "2", "--out", target]);
        Assert.True(code == 0, output);
        Assert.Contains($"--resume: {kept * 16} finished run(s) kept", output.Replace("\n", ""));
        ShardFixture.AssertSameFiles(f.OneMachine, target);
        Assert.False(Directory.Exists(partial));

        (code, output) = await CliFixture.Run(["experiment", f.Design, .. f.Options, "--resume", "--out", target]);
        Assert.True(code == 0, output);
        Assert.Contains("nothing to run", output.Replace("\n", ""));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
