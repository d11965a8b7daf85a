using System.ComponentModel;
using System.Globalization;
using OneCountry.Experiments;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary>The options of every command that runs the model (run, compare, sensitivity,
/// validate-history), with their range checks in one <see cref="Validate"/>. A derived
/// command's settings inherit the options, give their defaults to the constructor, and call
/// <c>base.Validate()</c> from their own.</summary>
public abstract class SimulationSettings : CommandSettings
{
    public const int MaxRuns = 100_000;

    protected SimulationSettings(int runs, double? scale = null)
    {
        Runs = runs;
        Scale = scale;
    }

    [CommandOption("--runs <N>")]
    [TypeConverter(typeof(RunsConverter))]
    [Description("Seeds, from the first seed upward (run: default 1, more makes an ensemble; compare: per scenario, default 20; sensitivity --method oat: per setting, default 10; validate-history: default 20).")]
    public int Runs { get; init; }

    [CommandOption("--scale <K>")]
    [TypeConverter(typeof(ScaleConverter))]
    [Description("Real households per simulated household; 1 simulates every household (run and validate-history: default the scenario's; compare and sensitivity: default 5000, about 7,000 simulated households a run, enough for ensemble medians).")]
    public double? Scale { get; init; }

    [CommandOption("--threads <N>")]
    [TypeConverter(typeof(ThreadsConverter))]
    [Description("Worker threads, or runs in parallel (default: all cores). Results do not depend on it.")]
    public int? Threads { get; init; }

    [CommandOption("--world <WORLD>")]
    [TypeConverter(typeof(WorldConverter))]
    [Description("recorded: the recorded world - the record's weather and the windows' recorded outcomes, kept unless the scenario's own policy changes them (default, unless the scenario says 'world: drawn'); drawn: weather and windows drawn on each seed, for the spread of possible worlds.")]
    public WorldMode? World { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set a parameter (name=value, within its registry range) or a lever from a month on (lever@YYYY-MM=value: it replaces the scenario's entries for that lever from that month on); repeat for more. Recorded in the manifest.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--per-run-series")]
    [Description("Multi-run commands: also write series.parquet, the yearly series of every run (run_id, year, country, variable, value), beside runs.parquet.")]
    public bool PerRunSeries { get; init; }

    /// <summary>The --set inputs, parsed and checked (<see cref="Validate"/> has reported any error).</summary>
    public IReadOnlyList<InputAssignment> Inputs => InputAssignments.Parse(Set);

    /// <summary>Whether a --scale out of range is named in the error (run's message always did so).</summary>
    protected virtual bool NamesRejectedScale => false;

    public override ValidationResult Validate()
    {
        if (Runs is < 1 or > MaxRuns) return ValidationResult.Error($"--runs must be from 1 to {MaxRuns}, not {Runs}");
        if (Threads is { } t && !RunPlan.IsThreads(t)) return ValidationResult.Error($"--threads must be from {RunPlan.MinThreads} to {RunPlan.MaxThreads}, not {t}");
        if (Scale is { } k && !RunPlan.IsScale(k))
            return ValidationResult.Error($"--scale must be from {RunPlan.MinScale} to {RunPlan.MaxScale}" + (NamesRejectedScale ? $", not {k.ToString(CultureInfo.InvariantCulture)}" : ""));
        try { InputAssignments.Parse(Set); }
        catch (InputException e) { return ValidationResult.Error(e.Message); }
        return ValidationResult.Success();
    }
}

/// <summary>The options of the commands that choose their seeds and write an output folder with
/// an optional report (run, compare, sensitivity).</summary>
public abstract class ExperimentSettings(int runs, double? scale = null) : SimulationSettings(runs, scale)
{
    [CommandOption("--seed <SEED>")]
    [TypeConverter(typeof(SeedConverter))]
    [Description("Random seed: of the run, or the first of an ensemble, comparison or sweep (default: the scenario's; for compare, the first scenario's).")]
    public ulong? Seed { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder (default: out/<scenario name>, out/compare or out/sensitivity).")]
    public string? Out { get; init; }

    [CommandOption("--no-report")]
    [Description("Do not write report.html and its charts.")]
    public bool NoReport { get; init; }

    /// <summary>What the user set; <see cref="RunPlan.Resolve"/> fills in the rest.</summary>
    public virtual RunOptions Options => new(Seed, Scale, Threads, World: World);

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } error) return error;
        if (Out is not null && Out.Trim().Length == 0) return ValidationResult.Error("--out must name a folder, not ''");
        if (Out is not null && Out.Contains('\0')) return ValidationResult.Error("--out must not hold a NUL character");
        if (Out is not null && File.Exists(Out)) return ValidationResult.Error($"--out {Out}: a file of that name exists; give a folder");
        if (Seed is { } seed && SeedRangeError(seed, Runs) is { } range) return ValidationResult.Error(range);
        return ValidationResult.Success();
    }

    /// <summary>Why seeds <paramref name="first"/> to first + count - 1 cannot be run (they would
    /// pass the largest seed and wrap to 0), or null.</summary>
    public static string? SeedRangeError(ulong first, int count) =>
        count > 1 && first > ulong.MaxValue - (ulong)(count - 1)
            ? $"seeds {first} and the {count - 1} after it pass the largest seed ({ulong.MaxValue}); give a smaller --seed or fewer runs"
            : null;

    /// <summary>The default output folder out/NAME, or null when NAME would lead outside out/.</summary>
    public static string? DefaultOut(string name)
    {
        string root = Path.GetFullPath("out");
        string folder = Path.Combine("out", name);
        string full = Path.GetFullPath(folder);
        return Path.GetDirectoryName(full) == root && name.Length > 0 ? folder : null;
    }
}
