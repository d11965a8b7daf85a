using OneCountry.Experiments;

namespace OneCountry.Web;

/// <summary>
/// Where the classroom server listens and the limits that keep it usable by a whole class:
/// the coarsest work a student may ask for (scale at least <see cref="MinScale"/>: a smaller scale
/// simulates more households and takes longer), the runs per job, the jobs a student may have going
/// and per hour, the queue for everyone, and the size of a request.
/// </summary>
public sealed record ClassroomOptions
{
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>0: any free port (tests).</summary>
    public int Port { get; init; } = 5021;
    public double DefaultScale { get; init; } = 20000;
    public double MinScale { get; init; } = 5000;
    public double MaxScale { get; init; } = RunPlan.MaxScale;
    public int DefaultRuns { get; init; } = 4;
    public int MaxRuns { get; init; } = 8;
    public int MaxActiveJobsPerClient { get; init; } = 1;
    public int MaxJobsPerClientPerHour { get; init; } = 60;
    public int QueueCapacity { get; init; } = 64;
    public int Workers { get; init; } = 1;
    public int ThreadsPerJob { get; init; } = Environment.ProcessorCount;
    /// <summary>The largest request body (a scenario upload is the largest request).</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;
    public TimeSpan KeepResults { get; init; } = TimeSpan.FromMinutes(30);
    public int MaxKeptJobs { get; init; } = 500;
    /// <summary>Make the historical runs of the default runs and scale at start, so that the first student waits only for their own.</summary>
    public bool WarmUp { get; init; } = true;
    /// <summary>Extra lessons: a folder of lesson files a teacher adds (besides the shipped lessons/).</summary>
    public string? LessonsFolder { get; init; }
}
