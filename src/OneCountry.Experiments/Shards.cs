using System.Globalization;

namespace OneCountry.Experiments;

/// <summary>A shard given on the command line or by a cluster's environment that cannot be used
/// (exit code 2); the message says which value and why.</summary>
public sealed class ShardException(string message) : Exception(message);

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a command's plan of runs, to run on a cluster as one
/// task of a job array. The plan's runs are cut into the batches the per-run tables are written in
/// (<see cref="PerRunCollector.BatchSize"/> consecutive runs), and batch b belongs to shard
/// b mod <see cref="Count"/>: the shards are disjoint, together they hold every run, each holds
/// whole batches (so <c>onecountry merge</c> writes the same row groups as one machine) and they
/// take turns along the plan, so that a design whose later points are dearer still spreads evenly.
/// On the command line a shard is written <c>i/n</c> with i from 1 to n; <see cref="Index"/> is
/// 0-based.
/// </summary>
/// <param name="Index">The shard, 0 to <see cref="Count"/> − 1.</param>
/// <param name="Count">How many shards the plan is cut into.</param>
/// <param name="Source">Where it came from: "--shard", "SLURM_ARRAY_TASK_ID" or "JOB_COMPLETION_INDEX".</param>
public sealed record ShardSpec(int Index, int Count, string Source)
{
    public const int MaxCount = 100_000;

    /// <summary>The environment variable that gives the shard count beside a Kubernetes Indexed Job's JOB_COMPLETION_INDEX.</summary>
    public const string CountVariable = "ONECOUNTRY_SHARD_COUNT";

    /// <summary>As written on the command line: i/n, 1-based.</summary>
    public override string ToString() => $"{Index + 1}/{Count}";

    /// <summary>Whether batch <paramref name="batch"/> of the plan belongs to this shard.</summary>
    public bool Holds(int batch) => batch % Count == Index;

    /// <summary>The batches of a plan of <paramref name="runs"/> runs that belong to this shard, in order.</summary>
    public IEnumerable<int> Batches(int runs)
    {
        int batches = (runs + PerRunCollector.BatchSize - 1) / PerRunCollector.BatchSize;
        for (int b = Index; b < batches; b += Count) yield return b;
    }

    /// <summary>Whether run <paramref name="runId"/> of the plan belongs to this shard.</summary>
    public bool HoldsRun(int runId) => Holds(runId / PerRunCollector.BatchSize);

    /// <summary>Reads <c>i/n</c> (1 ≤ i ≤ n ≤ <see cref="MaxCount"/>).</summary>
    /// <exception cref="ShardException">anything else.</exception>
    public static ShardSpec Parse(string text, string source = "--shard")
    {
        string t = text.Trim();
        int slash = t.IndexOf('/');
        if (slash < 0 || !Whole(t[..slash], out int i) || !Whole(t[(slash + 1)..], out int n))
            throw new ShardException($"{source} '{Clip(t)}' is not a shard: write i/n, shard i of n counted from 1 (for example 1/4 to 4/4), or off");
        if (n < 1 || n > MaxCount) throw new ShardException($"{source} {t}: the shard count must be from 1 to {MaxCount:N0}, not {n}");
        if (i < 1 || i > n) throw new ShardException($"{source} {t}: the shard must be from 1 to {n} (shards are counted from 1), not {i}");
        return new ShardSpec(i - 1, n, source);
    }

    /// <summary>
    /// The shard a command runs: <paramref name="option"/> when given (<c>off</c>: none), else a
    /// Slurm job array's task (SLURM_ARRAY_TASK_ID less SLURM_ARRAY_TASK_MIN, over
    /// SLURM_ARRAY_TASK_STEP, of SLURM_ARRAY_TASK_COUNT: an array 0-3 and an array 1-4 both give
    /// shards 1/4 to 4/4), else a Kubernetes Indexed Job's pod (JOB_COMPLETION_INDEX, 0-based, of
    /// <see cref="CountVariable"/>), else none.
    /// </summary>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <exception cref="ShardException">a bad --shard, or an environment that names a task but not a usable count.</exception>
    public static ShardSpec? Resolve(string? option, Func<string, string?> environment)
    {
        if (option is not null)
            return option.Trim().Equals("off", StringComparison.OrdinalIgnoreCase) ? null : Parse(option);
        if (environment("SLURM_ARRAY_TASK_ID") is { } slurm) return FromSlurm(slurm, environment);
        if (environment("JOB_COMPLETION_INDEX") is { } index)
        {
            const string source = "JOB_COMPLETION_INDEX";
            if (!Whole(index, out int k)) throw new ShardException($"{source}={Clip(index)} is not a whole number (a Kubernetes Indexed Job counts its pods from 0)");
            string? count = environment(CountVariable);
            if (count is null)
                throw new ShardException($"{source}={k} is set (a Kubernetes Indexed Job) but not {CountVariable}: set it to the Job's completions, or give --shard i/n (or --shard off)");
            if (!Whole(count, out int n) || n < 1 || n > MaxCount)
                throw new ShardException($"{CountVariable}={Clip(count)}: the shard count must be a whole number from 1 to {MaxCount:N0}");
            if (k >= n) throw new ShardException($"{source}={k} with {CountVariable}={n}: the index must be from 0 to {n - 1}");
            return new ShardSpec(k, n, source);
        }
        return null;
    }

    private static ShardSpec FromSlurm(string id, Func<string, string?> environment)
    {
        const string source = "SLURM_ARRAY_TASK_ID";
        int Read(string name, string? text)
        {
            if (text is null || !Whole(text, out int v))
                throw new ShardException($"{name}={Clip(text ?? "")} is not a whole number; Slurm sets it for a job array (sbatch --array=0-3), or give --shard i/n (or --shard off)");
            return v;
        }
        int task = Read(source, id);
        int min = Read("SLURM_ARRAY_TASK_MIN", environment("SLURM_ARRAY_TASK_MIN") ?? "0");
        int step = Read("SLURM_ARRAY_TASK_STEP", environment("SLURM_ARRAY_TASK_STEP") ?? "1");
        if (step < 1) throw new ShardException($"SLURM_ARRAY_TASK_STEP={step}: must be at least 1");
        int? max = environment("SLURM_ARRAY_TASK_MAX") is { } mx ? Read("SLURM_ARRAY_TASK_MAX", mx) : null;
        string? countText = environment("SLURM_ARRAY_TASK_COUNT");
        int count = countText is not null ? Read("SLURM_ARRAY_TASK_COUNT", countText)
            : max is { } m ? (m - min) / step + 1
            : throw new ShardException($"{source}={task} is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX: give --shard i/n (or --shard off)");
        if (count < 1 || count > MaxCount) throw new ShardException($"SLURM_ARRAY_TASK_COUNT={count}: the shard count must be from 1 to {MaxCount:N0}");
        if (task < min || (task - min) % step != 0)
            throw new ShardException($"{source}={task} is not on the array's range (from {min} in steps of {step}): give --shard i/n");
        int index = (task - min) / step;
        if (index >= count || max is { } top && (top - min) / step + 1 != count)
            throw new ShardException($"the job array (task {task}, from {min} in steps of {step}{(max is { } t2 ? $" to {t2}" : "")}, {count} tasks) is not one range such as --array=0-{count - 1}: submit it as a range, or give --shard i/n");
        return new ShardSpec(index, count, source);
    }

    private static bool Whole(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static string Clip(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
