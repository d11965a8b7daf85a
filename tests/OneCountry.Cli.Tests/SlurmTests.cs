using System.Diagnostics;

namespace OneCountry.Cli.Tests;

/// <summary>A test that needs Slurm's sbatch: skipped, saying so, only where Slurm is not installed
/// (.ci/run installs Debian's slurm-wlm and munge and starts a single-node cluster).</summary>
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (!SlurmTests.Installed) Skip = "Slurm is not installed (no sbatch on the PATH): apt-get install -y slurm-wlm munge, then tools/slurm/start-single-node.sh";
    }
}

public class SlurmTests(ShardFixture f) : IClassFixture<ShardFixture>
{
    public static bool Installed => Which("sbatch") is not null && Which("sinfo") is not null;

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static (int Code, string Output) Run(string program, IEnumerable<string> args, TimeSpan timeout, IDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (env is not null) foreach (var (k, v) in env) start.Environment[k] = v;
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            return (-1, $"{program} did not finish in {timeout}: {stdout.Result}{stderr.Result}");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The cluster answers with its node idle, started here when it does not.</summary>
    private void EnsureCluster()
    {
        var (code, output) = Run("sinfo", ["-h", "-N", "-o", "%t"], TimeSpan.FromSeconds(30));
        if (code == 0 && output.Split('\n').Any(l => l.Trim() is "idle" or "mix" or "alloc")) return;
        var (started, said) = Run("bash", [Path.Combine(f.Root, "tools", "slurm", "start-single-node.sh")], TimeSpan.FromMinutes(2));
        Assert.True(started == 0, $"the single-node Slurm cluster did not start (sinfo said: {output.Trim()}): {said}");
    }

    [SlurmFact]
    public void A_Slurm_job_array_of_three_shards_merged_is_byte_identical_to_one_machine()
    {
        EnsureCluster();
        string dir = CliFixture.TempDir();
        string shards = Path.Combine(dir, "shards");
        var program = f.Program();
        var (code, output) = Run("sbatch",
            ["--array=0-2", "--wait", "--job-name=onecountry-test", "--chdir", dir, "--output", Path.Combine(dir, "task-%a.out"),
             Path.Combine(f.Root, "tools", "slurm", "experiment-array.sbatch"), f.Design, shards, .. f.Options],
            TimeSpan.FromMinutes(10), new Dictionary<string, string> { ["ONECOUNTRY"] = string.Join(' ', program) });
        string tasks = string.Join("\n", Directory.GetFiles(dir, "task-*.out").Order().Select(File.ReadAllText));
        Assert.True(code == 0, $"sbatch: {output}\n{tasks}");
        for (int i = 1; i <= 3; i++) Assert.Contains($"shard {i}/3 (from SLURM_ARRAY_TASK_ID)", tasks.Replace("\n", ""));

        string merged = Path.Combine(dir, "merged");
        var (merge, said) = CliFixture.Run(["merge", merged, .. Directory.GetDirectories(shards, "shard-*")]).GetAwaiter().GetResult();
        Assert.True(merge == 0, said);
        ShardFixture.AssertSameFiles(f.OneMachine, merged);
    }
}
