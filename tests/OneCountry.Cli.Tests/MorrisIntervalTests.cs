using System.Globalization;
using System.Text.Json;
using OneCountry.Experiments;

namespace OneCountry.Cli.Tests;

/// <summary>Morris screening's bootstrap intervals and groups (Experiments/MorrisScreening, sensitivity --method morris).</summary>
public class MorrisIntervalTests(CliFixture f) : IClassFixture<CliFixture>
{
    private static readonly string[] Names = ["base_yield", "seed_rate", "famine_mortality", "birth_rate"];

    [Fact]
    public void Groups_of_one_parameter_under_its_own_name_give_the_ungrouped_design_draw_for_draw()
    {
        var ungrouped = MorrisScreening.Design(Names, 8, 4, 1921);
        var singletons = MorrisScreening.Design(Names, Names.Select((n, j) => new MorrisGroup(n, [j])).ToList(), 8, 4, 1921);
        for (int t = 0; t < 8; t++)
        {
            Assert.Equal(ungrouped[t].Moved, singletons[t].Moved);
            Assert.Equal(ungrouped[t].Up, singletons[t].Up);
            for (int k = 0; k < ungrouped[t].Points.Length; k++) Assert.Equal(ungrouped[t].Points[k], singletons[t].Points[k]);
        }
    }

    [Fact]
    public void A_grouped_step_moves_every_parameter_of_one_group_the_same_way_by_delta_and_nothing_else()
    {
        MorrisGroup[] groups = [new("farm", [0, 1]), new("people", [2, 3])];
        const int levels = 4;
        double delta = levels / (2.0 * (levels - 1));
        foreach (var t in MorrisScreening.Design(Names, groups, 10, levels, 7))
        {
            Assert.Equal(3, t.Points.Length);
            Assert.Equal([0, 1], t.Moved.Order());
            for (int i = 0; i < 2; i++)
            {
                var members = groups[t.Moved[i]].Members;
                for (int j = 0; j < Names.Length; j++)
                {
                    double change = t.Points[i + 1][j] - t.Points[i][j];
                    if (members.Contains(j)) Assert.Equal(t.Up[i] ? delta : -delta, change, 12);
                    else Assert.Equal(0.0, change);
                    Assert.InRange(t.Points[i + 1][j], 0, 1 + 1e-12);
                }
            }
        }
        Assert.Throws<ArgumentException>(() => MorrisScreening.Design(Names, [new("a", [0, 1]), new("b", [1, 2, 3])], 2, 4, 1));
        Assert.Throws<ArgumentException>(() => MorrisScreening.Design(Names, [new("a", [0, 1])], 2, 4, 1));
    }

    private static string[] Morris(string outDir, int threads, params string[] more) =>
        ["sensitivity", "historical", "--method", "morris", "--trajectories", "3", "--bootstrap", "200", "--scale", "20000",
         "--threads", threads.ToString(CultureInfo.InvariantCulture), "--no-report", "--out", outDir, .. more];

    [Fact]
    public async Task A_screening_by_registry_groups_writes_a_row_per_group_with_intervals_the_same_on_one_thread_as_on_two()
    {
        var one = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run(Morris(one, 1, "--params", "base_yield,seed_rate,famine_mortality", "--groups", "registry"));
        Assert.True(code == 0, output);
        var two = CliFixture.TempDir();
        (code, output) = await CliFixture.Run(Morris(two, 2, "--params", "base_yield,seed_rate,famine_mortality", "--groups", "registry"));
        Assert.True(code == 0, output);
        foreach (var file in new[] { "morris.csv", "morris_ci.csv", "runs.parquet" })
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(two, file))), $"{file} differs between 1 and 2 threads");

        int measures = Sensitivity.DefaultMeasures.Count;
        var ci = File.ReadAllLines(Path.Combine(one, "morris_ci.csv"));
        Assert.Equal("parameter,group,measure,unit,mu_star,mu_star_low_95,mu_star_high_95,sigma,sigma_low_95,sigma_high_95,effects,trajectories,bootstrap", ci[0]);
        Assert.Equal(1 + 2 * measures, ci.Length); // two groups: farm (base_yield, seed_rate) and demography (famine_mortality)
        Assert.Equal(["demography", "farm"], ci.Skip(1).Select(l => l.Split(',')[0]).Distinct().Order());
        foreach (var line in ci.Skip(1))
        {
            var v = line.Split(',');
            // From the end: a unit may hold a quoted comma.
            double muStar = double.Parse(v[^9], CultureInfo.InvariantCulture), low = double.Parse(v[^8], CultureInfo.InvariantCulture), high = double.Parse(v[^7], CultureInfo.InvariantCulture);
            Assert.True(low <= muStar + 1e-9 && muStar <= high + 1e-9, line);
        }
        Assert.Equal(3 * 3, DuckDb.Count(Path.Combine(one, "runs.parquet"))); // 3 trajectories x (2 groups + 1) points
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "manifest.json")));
        Assert.Equal(2, manifest.RootElement.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task Named_groups_are_parsed_and_bad_ones_refused_with_exit_code_2()
    {
        var dir = CliFixture.TempDir();
        var (code, output) = await CliFixture.Run(Morris(dir, 2, "--groups", "yield=base_yield+seed_rate;deaths=famine_mortality"));
        Assert.True(code == 0, output);
        Assert.Equal(["deaths", "yield"], File.ReadAllLines(Path.Combine(dir, "morris.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().Order());

        foreach (var (groups, said) in new[] { ("a=base_yield+nope", "nope"), ("a=base_yield;b=base_yield", "two groups"), ("a=", "not NAME=") })
        {
            (code, output) = await CliFixture.Run(Morris(CliFixture.TempDir(), 1, "--groups", groups));
            Assert.True(code == 2, output);
            Assert.Contains(said, output);
        }
        Assert.Equal(2, (await CliFixture.Run("sensitivity", f.Historical, "--method", "oat", "--groups", "registry")).Code);
    }
}
