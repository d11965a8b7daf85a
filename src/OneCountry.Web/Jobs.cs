using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using OneCountry.Experiments;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Web;

public enum JobState { Queued, Running, Done, Failed }

/// <summary>One comparison a client asked for: its progress and, when done, its view.</summary>
public sealed class Job
{
    public required string Id { get; init; }
    public required string Client { get; init; }
    public required Scenario Scenario { get; init; }
    public required int Runs { get; init; }
    public required double Scale { get; init; }
    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;
    public volatile JobState State = JobState.Queued;
    public volatile string Phase = "waiting for a free worker";
    public int Done;
    public int Total;
    public double? Seconds;
    public ComparisonView? Result;
    public string? Error;
    internal long Sequence;
}

/// <summary>Why a job was refused: the HTTP status and a message for the student.</summary>
public sealed class JobRefused(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// The server's jobs: a bounded queue worked by <see cref="ClassroomOptions.Workers"/> background
/// workers, each job a comparison of the student's history with <c>historical</c> on the same
/// seeds (common random numbers), at most <see cref="ClassroomOptions.ThreadsPerJob"/> threads.
/// Limits per client (one browser, identified by its cookie): active jobs, jobs per hour; and for
/// all: the queue's capacity. The historical runs of a (runs, scale) are made once and kept.
/// </summary>
public sealed class JobQueue : IDisposable
{
    private readonly ClassroomOptions _options;
    private readonly Scenario _baseline;
    private readonly HistoricalData? _data;
    private readonly Channel<Job> _channel;
    private readonly ConcurrentDictionary<string, Job> _jobs = new();
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _recent = new();
    private readonly ConcurrentDictionary<(int Runs, double Scale), Lazy<IReadOnlyList<SimulationResult>>> _historyRuns = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];
    private readonly object _gate = new();
    private long _sequence, _started;
    private int _queued, _running;

    public JobQueue(ClassroomOptions options, Scenario baseline, HistoricalData? data)
    {
        _options = options;
        _baseline = baseline;
        _data = data;
        _channel = Channel.CreateBounded<Job>(new BoundedChannelOptions(options.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = false });
        for (int i = 0; i < options.Workers; i++)
            _workers.Add(Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning).Unwrap());
    }

    /// <summary>Makes the historical runs of the default runs and scale in the background (<see cref="ClassroomOptions.WarmUp"/>).</summary>
    public void WarmUp()
    {
        _ = Task.Run(() =>
        {
            var plan = RunPlan.Resolve(_baseline, new RunOptions(Scale: _options.DefaultScale, Threads: _options.ThreadsPerJob));
            try { _ = HistoryRuns(_options.DefaultRuns, _options.DefaultScale, plan, null); } catch (Exception e) when (e is not OutOfMemoryException) { }
        });
    }

    public int Queued => Volatile.Read(ref _queued);
    public int Running => Volatile.Read(ref _running);

    /// <summary>Queues a comparison; throws <see cref="JobRefused"/> (429, 503) when a limit is reached.</summary>
    public Job Submit(string client, Scenario scenario, int runs, double scale)
    {
        lock (_gate)
        {
            int active = _jobs.Values.Count(j => j.Client == client && j.State is JobState.Queued or JobState.Running);
            if (active >= _options.MaxActiveJobsPerClient)
                throw new JobRefused(429, $"you already have {active} run(s) going; wait for it to finish (at most {_options.MaxActiveJobsPerClient} at a time per student)");
            var recent = _recent.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
            var now = DateTimeOffset.UtcNow;
            while (recent.Count > 0 && now - recent.Peek() > TimeSpan.FromHours(1)) recent.Dequeue();
            if (recent.Count >= _options.MaxJobsPerClientPerHour)
                throw new JobRefused(429, $"you have made {recent.Count} runs in the last hour, the most this server allows per student; try again later");
            if (Queued >= _options.QueueCapacity)
                throw new JobRefused(503, $"the server is busy ({Queued} runs waiting); try again in a minute");
            var job = new Job { Id = NewId(), Client = client, Scenario = scenario, Runs = runs, Scale = scale, Sequence = ++_sequence };
            if (!_channel.Writer.TryWrite(job))
                throw new JobRefused(503, "the server is busy; try again in a minute");
            recent.Enqueue(now);
            Interlocked.Increment(ref _queued);
            _jobs[job.Id] = job;
            Forget();
            return job;
        }
    }

    public Job? Find(string id) => _jobs.TryGetValue(id, out var j) ? j : null;

    /// <summary>How many jobs wait before this one (0 when it runs or is done).</summary>
    public int Position(Job job) => job.State == JobState.Queued ? _jobs.Values.Count(j => j.State == JobState.Queued && j.Sequence < job.Sequence) : 0;

    /// <summary>Finished jobs are kept for <see cref="ClassroomOptions.KeepResults"/>, and at most <see cref="ClassroomOptions.MaxKeptJobs"/>.</summary>
    private void Forget()
    {
        var now = DateTimeOffset.UtcNow;
        var finished = _jobs.Values.Where(j => j.State is JobState.Done or JobState.Failed).OrderBy(j => j.Sequence).ToList();
        int excess = finished.Count - _options.MaxKeptJobs;
        foreach (var j in finished)
            if (excess-- > 0 || now - j.Created > _options.KeepResults) _jobs.TryRemove(j.Id, out _);
    }

    private async Task Work()
    {
        try
        {
            await foreach (var job in _channel.Reader.ReadAllAsync(_stop.Token))
            {
                Interlocked.Decrement(ref _queued);
                Interlocked.Increment(ref _running);
                try { Execute(job); }
                finally { Interlocked.Decrement(ref _running); }
            }
        }
        catch (OperationCanceledException) { }
    }

    private void Execute(Job job)
    {
        var clock = Stopwatch.StartNew();
        job.State = JobState.Running;
        Interlocked.Increment(ref _started);
        try
        {
            var plan = RunPlan.Resolve(_baseline, new RunOptions(Scale: job.Scale, Threads: _options.ThreadsPerJob));
            var scenarios = new[] { _baseline, job.Scenario };
            int inputs = Comparison.Inputs(_baseline, job.Scenario).Count();
            var key = (job.Runs, job.Scale);
            bool cached = _historyRuns.TryGetValue(key, out var existing) && existing.IsValueCreated;
            job.Total = (cached ? 0 : job.Runs) + job.Runs + Math.Min(job.Runs, Comparison.AttributionRuns) * inputs;
            job.Phase = cached ? "running your history" : "running history";
            var history = HistoryRuns(job.Runs, job.Scale, plan, job);
            int before = cached ? 0 : job.Runs;
            Volatile.Write(ref job.Done, before);
            job.Phase = "running your history";
            var yours = Ensemble.Run(job.Scenario, job.Runs, plan, (d, _) => Volatile.Write(ref job.Done, before + d));
            job.Phase = inputs > 0 ? $"finding what accounts for the differences ({inputs} change(s), each alone on history)" : "comparing";
            var report = Comparison.FromResults(scenarios, [history, yours], plan, attribute: false);
            report = report with
            {
                Contributions = Comparison.Attribute(_baseline, job.Scenario, history, yours, plan, (variant, k) =>
                {
                    // A variant that differs from the student's history in no input is that history: its runs are already made.
                    if (job.Scenario.Extends is not null && !Comparison.Inputs(variant, job.Scenario).Any()) { Interlocked.Add(ref job.Done, k); return yours.Take(k).ToList(); }
                    int from = Volatile.Read(ref job.Done);
                    return Ensemble.Run(variant, k, plan, (d, _) => Volatile.Write(ref job.Done, from + d));
                }),
            };
            Volatile.Write(ref job.Done, job.Total);
            job.Result = ComparisonViews.Build(report, _data);
            job.Seconds = clock.Elapsed.TotalSeconds;
            job.Phase = "done";
            job.State = JobState.Done;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is AggregateException ae ? ae.Flatten().InnerExceptions[0] : e;
            job.Error = $"the run failed: {inner.Message}";
            job.Seconds = clock.Elapsed.TotalSeconds;
            job.Phase = "failed";
            job.State = JobState.Failed;
        }
    }

    /// <summary>The historical runs of (runs, scale), made once (the first caller runs them, later ones wait) and kept, at most 16 such sets.</summary>
    private IReadOnlyList<SimulationResult> HistoryRuns(int runs, double scale, RunPlan plan, Job? job)
    {
        var key = (runs, scale);
        var lazy = _historyRuns.GetOrAdd(key, _ => new Lazy<IReadOnlyList<SimulationResult>>(
            () => Ensemble.Run(_baseline, runs, plan, job is null ? null : (d, _) => Volatile.Write(ref job.Done, d)), LazyThreadSafetyMode.ExecutionAndPublication));
        try { return lazy.Value; }
        catch { _historyRuns.TryRemove(key, out _); throw; }
        finally
        {
            if (_historyRuns.Count > 16) foreach (var k in _historyRuns.Keys.Where(k => k != key).Take(_historyRuns.Count - 16)) _historyRuns.TryRemove(k, out _);
        }
    }

    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _stop.Cancel();
        try { Task.WaitAll(_workers.ToArray(), TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
