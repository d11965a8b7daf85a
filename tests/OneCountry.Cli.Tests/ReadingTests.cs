using OneCountry.Experiments;
using OneCountry.Model.Country;

namespace OneCountry.Cli.Tests;

public class EnsembleReadingTests
{
    private static SimulationResult Run(double technique, double members = 0) => SyntheticRun.Of((v, _) => v switch
    {
        "technique_relative_frontier" => technique,
        "gini_consumption" => 0.3,
        "federation_members" => members,
        "defence_share" => 0.04,
        "population" => 1e8,
        "state_apparatus" => 2e6,
        _ => 0.01,
    });

    [Fact]
    public void The_verdict_of_an_ensemble_reads_the_median_and_the_band_not_the_first_seed()
    {
        // The first seed is far behind the frontier; the median run is well behind it.
        var runs = new[] { Run(0.2), Run(0.5), Run(0.45), Run(0.55), Run(0.4) };
        var first = Verdict.From(runs[0]).Single(v => v.Name == "technique");
        Assert.Contains("far behind", first.Reading);
        var ensemble = Verdict.FromEnsemble(runs).Single(v => v.Name == "technique");
        Assert.Equal(0.45, ensemble.Value, 12);
        Assert.Contains("is 45 % of", ensemble.Reading);
        Assert.Contains("5–95% of 5 runs: 20 %–55 %", ensemble.Reading);
        Assert.Contains("well behind the frontier (in 4 of 5 runs)", ensemble.Reading);
        var hostile = Verdict.FromEnsemble(runs).Single(v => v.Name == "hostile_power_ratio");
        Assert.Contains("stands alone in every run", hostile.Reading);
        // One run: its own verdict.
        Assert.Equal(first.Reading, Verdict.FromEnsemble([runs[0]]).Single(v => v.Name == "technique").Reading);
    }

    [Fact]
    public void The_median_run_is_the_middle_one_on_every_measure()
    {
        var runs = new[] { Run(0.2), Run(0.5), Run(0.45), Run(0.55), Run(0.4) };
        var measures = new[] { new ComparedMeasure("technique", "ratio", r => r[0, Variables.IndexOf("technique_relative_frontier")]) };
        Assert.Equal(2, EnsembleSeries.MedianRun(runs, measures));
        Assert.Equal(0, EnsembleSeries.MedianRun(runs.Take(2).ToList(), measures));
    }
}
