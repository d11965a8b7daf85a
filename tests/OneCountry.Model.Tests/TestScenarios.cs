using OneCountry.Model.Engine;
using OneCountry.Model.Countryside;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

/// <summary>Configurations the tests share: the NEP levers of the 1920s, small scale.</summary>
internal static class TestScenarios
{
    public static List<PolicyChange> Nep(bool nep = true) =>
    [
        new(Month.Of(1921, 3), "nep_market", nep ? 1 : 0),
        new(Month.Of(1921, 3), "tax_in_kind", 1),
        new(Month.Of(1921, 3), "peasant_tax_rate", 0.10),
        new(Month.Of(1921, 3), "procurement_price", 1.0),
        new(Month.Of(1921, 3), "state_procurement_share", 0.5),
        new(Month.Of(1923, 3), "industrial_markup", 1.6),
        new(Month.Of(1923, 12), "industrial_markup", 1.0),
        new(Month.Of(1924, 1), "tax_in_kind", 0),
        new(Month.Of(1924, 1), "peasant_tax_rate", 0.07),
    ];

    public static ScheduledEvent[] Droughts =>
    [
        new(Month.Of(1921, 6), EventKind.Drought, 0.5, 0, [Zones.IndexOf("volga")], null, null),
    ];

    public static SimulationConfig Config(ulong seed = 1, double scale = 5000, int threads = 1, Month? end = null,
        IEnumerable<PolicyChange>? policy = null, ParameterValues? parameters = null) => new()
    {
        Start = Month.Of(1921, 3),
        End = end ?? Month.Of(1926, 12),
        Seed = seed,
        Scale = scale,
        Threads = threads,
        Policy = new PolicyTimeline(policy ?? Nep()),
        Events = Droughts,
        Parameters = parameters ?? ParameterValues.Defaults,
    };

    /// <summary>Sum of a variable over a crop year (July of <paramref name="firstYear"/> to June).</summary>
    public static double CropYearSum(SimulationResult r, int firstYear, string variable)
    {
        double s = 0;
        for (int m = 0; m < 12; m++) s += r.Get(Month.Of(firstYear, 7).Plus(m), variable);
        return s;
    }

    /// <summary>The shipped historical scenario.</summary>
    public static OneCountry.Scenarios.Scenario Historical() =>
        OneCountry.Scenarios.ScenarioLoader.LoadFile(Path.Combine(TestPaths.Root(), "scenarios", "historical.yaml"));

    /// <summary>The configuration with <paramref name="lever"/> held at <paramref name="value"/> from
    /// <paramref name="from"/> on: the timeline's own changes of it from then are dropped.</summary>
    public static SimulationConfig WithLeverFrom(SimulationConfig config, string lever, Month from, double value) => config with
    {
        Policy = new PolicyTimeline(config.Policy.Changes.Where(c => c.Lever != lever || c.Month < from)
            .Append(new PolicyChange(from, lever, value)).OrderBy(c => c.Month).ToList()),
    };

    /// <summary>Runs the configuration and accounts for its people: the population at the end
    /// (rural, urban, deportees) against the start + rural births − rural deaths + urban natural
    /// increase + annexed people, summed over the run.</summary>
    public static (SimulationResult Result, double Expected, double Actual) PeopleAccount(SimulationConfig config)
    {
        var sim = new Simulation(config);
        double start = Enumerable.Range(0, sim.Households.Count).Sum(i => (double)sim.Households.Members[i]) * config.Scale
            + sim.Parameters.UrbanPopulation1921;
        var r = sim.Run();
        double flows = 0;
        for (int t = 0; t < r.Months; t++)
            flows += r[t, Variables.IndexOf("births_rural")] - r[t, Variables.IndexOf("deaths_rural")]
                + r[t, Variables.IndexOf("urban_natural_increase")] + r[t, Variables.IndexOf("annexed_population")]
                - r[t, Variables.IndexOf("war_deaths")] - r[t, Variables.IndexOf("excess_deaths_towns")]
                + r[t, Variables.IndexOf("deportee_births")] - r[t, Variables.IndexOf("deportee_deaths")];
        var last = r.MonthAt(r.Months - 1);
        double end = r.Get(last, "rural_population") + r.Get(last, "urban_population") + r.Get(last, "deportees");
        return (r, start + flows, end);
    }
}
