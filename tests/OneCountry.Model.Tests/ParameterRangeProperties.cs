using OneCountry.Model.Engine;
using FsCheck.Fluent;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

/// <summary>
/// The registry's ranges are a promise: anywhere inside them the historical scenario runs to June
/// 1941 with every balance holding each month (the simulation throws otherwise), and no output is
/// NaN, infinite or a negative stock, count or price. Checked one parameter at a time at both ends
/// of its range, and for random points of the whole box (FsCheck).
/// </summary>
public class ParameterRangeProperties
{
    // Variables that are differences and may be negative.
    private static readonly HashSet<string> Signed = ["urban_natural_increase"];

    private static readonly OneCountry.Scenarios.Scenario Historical =
        TestScenarios.Historical();

    // k = 100,000: about 210 household rows keep each run short; the aggregate economy is unchanged.
    private const double Scale = 100_000;

    private static string? Violation(ParameterValues values, ulong seed)
    {
        var config = Historical.ToConfig(seed: seed, scale: Scale) with { Parameters = values };
        var r = new Simulation(config).Run();
        for (int t = 0; t < r.Months; t++)
            for (int v = 0; v < Variables.Count; v++)
            {
                double x = r[t, v];
                string name = Variables.All[v].Name;
                if (!double.IsFinite(x)) return $"{name} = {x} in {r.MonthAt(t)}";
                if (x < -1e-6 && !Signed.Contains(name)) return $"{name} = {x} in {r.MonthAt(t)}";
            }
        return null;
    }

    public static TheoryData<string, bool> Extremes()
    {
        var data = new TheoryData<string, bool>();
        foreach (var spec in ParameterRegistry.All) { data.Add(spec.Name, false); data.Add(spec.Name, true); }
        return data;
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void Each_parameter_at_either_end_of_its_range_gives_a_sound_run(string name, bool atMax)
    {
        var spec = ParameterRegistry.All.Single(s => s.Name == name);
        var values = ParameterValues.Defaults.With([new(name, atMax ? spec.Max : spec.Min)]);
        Assert.Null(Violation(values, 7));
    }

    [Fact]
    public void Random_points_of_the_parameter_box_give_sound_runs()
    {
        int n = ParameterRegistry.All.Count;
        var gen = Gen.Choose(0, 1000).ArrayOf(n).Zip(Gen.Choose(1, 1_000_000));
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (u, seed) = pair;
            var values = ParameterValues.Defaults.With(ParameterRegistry.All.Select((s, i) =>
                new KeyValuePair<string, double>(s.Name, Math.Clamp(s.Min + (s.Max - s.Min) * u[i] / 1000.0, s.Min, s.Max))));
            string? violation = Violation(values, (ulong)seed);
            return (violation is null).Label(violation ?? "");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
