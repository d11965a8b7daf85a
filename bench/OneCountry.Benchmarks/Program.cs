using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using OneCountry.Model.Simulation;
using OneCountry.Scenarios;

BenchmarkSwitcher.FromAssembly(typeof(HistoricalRun).Assembly).Run(args);

/// <summary>The historical scenario, 1921-03 to 1929-12, at the interactive default scale
/// (k = 1,000, about 25,000 simulated households) and at k = 100, on one thread and on all.
/// Full scale (k = 1) is too long for BenchmarkDotNet's repetitions; time it with
/// <c>onecountry run historical --scale 1</c>.</summary>
[MemoryDiagnoser]
public class HistoricalRun
{
    private Scenario _scenario = null!;

    [Params(1000, 100)]
    public double Scale { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "OneCountry.slnx"))) dir = Path.GetDirectoryName(dir);
        _scenario = ScenarioLoader.LoadFile(Path.Combine(dir ?? ".", "scenarios", "historical.yaml"));
    }

    [Benchmark]
    public int Run()
    {
        var sim = new Simulation(_scenario.ToConfig(scale: Scale, threads: Threads));
        return sim.Run().Months;
    }
}
