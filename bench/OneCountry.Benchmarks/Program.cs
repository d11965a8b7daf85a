using OneCountry.Model.Engine;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using OneCountry.Model;
using OneCountry.Model.Country;
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

/// <summary>The monthly whole-table passes added with the Soviet economy, on the countryside of
/// March 1921 at k = 21 (one million household rows): the distribution pass (consumption by
/// class and the Gini grid, single-threaded) and the food-loan passes (two block passes).
/// Divide by 1,000,000 for the cost per household-month.</summary>
[MemoryDiagnoser]
public class TablePasses
{
    private OneCountry.Model.Countryside.HouseholdTable _households = null!;
    private readonly OneCountry.Model.Society.Distribution _distribution = new();
    private readonly BlockRunner _runner = new(1, OneCountry.Model.Countryside.HouseholdTable.BlockSize);
    private Parameters _p = null!;

    [GlobalSetup]
    public void Setup()
    {
        _p = Parameters.Defaults;
        _households = OneCountry.Model.Countryside.Initialization.Build(_p, new RandomStreams(1921), 21, 1);
        var rng = new RandomStreams(7);
        for (int i = 0; i < _households.Count; i++)
        {
            _households.Consumption[i] = (float)(0.5 + 2 * rng.Uniform(RandomPurpose.HouseholdTrait, i, 0));
            if (i % 3 == 0) _households.Status[i] = (byte)OneCountry.Model.Countryside.HouseholdStatus.Collective;
        }
    }

    [Benchmark]
    public double Distribution() =>
        _distribution.Compute(_households, 21, new OneCountry.Model.Society.Distribution.Urban(1e9, 0.1, 3e7, 6e6, 3e6, 2e6, 1e6, 1.3, 0.5), 0.3).Gini;

    [Benchmark]
    public double FoodLoans() => OneCountry.Model.Countryside.FoodRelief.Give(_households, _runner, _p, 1.0);
}
