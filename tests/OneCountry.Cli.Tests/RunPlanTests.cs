using OneCountry.Cli.Commands;
using OneCountry.Experiments;
using OneCountry.Scenarios;

namespace OneCountry.Cli.Tests;

/// <summary>The one place where seed, scale, threads and balance checks are resolved (RunPlan).</summary>
public class RunPlanTests(CliFixture f) : IClassFixture<CliFixture>
{
    private Scenario Historical => ScenarioLoader.LoadFile(f.Historical);

    [Fact]
    public void Unset_options_take_the_scenarios_seed_and_scale_and_all_cores()
    {
        var s = Historical;
        var plan = RunPlan.Resolve(s, new RunOptions());
        Assert.Equal(s.Seed, plan.FirstSeed);
        Assert.Equal(s.Scale, plan.Scale);
        Assert.Equal(Environment.ProcessorCount, plan.Threads);
        Assert.True(plan.CheckBalances);
    }

    [Fact]
    public void One_run_uses_the_plans_threads_and_members_run_successive_seeds_single_threaded()
    {
        var s = Historical;
        var plan = RunPlan.Resolve(s, new RunOptions(Seed: 7, Scale: 3000, Threads: 3));
        var one = plan.Config(s);
        Assert.Equal((7UL, 3000.0, 3), (one.Seed, one.Scale, one.Threads));
        for (int i = 0; i < 3; i++)
        {
            var member = plan.Member(s, i);
            Assert.Equal((7UL + (ulong)i, 3000.0, 1), (member.Seed, member.Scale, member.Threads));
        }
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(2_000_000, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(1000, 0)]
    [InlineData(1000, 1025)]
    public void Bounds_are_checked_once_when_the_plan_is_resolved(double scale, int threads) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RunPlan.Resolve(Historical, new RunOptions(Scale: scale, Threads: threads)));

    /// <summary>Regression: <c>run historical --runs 3 --no-balance-check</c> used to check the
    /// balances, because the ensemble path did not pass the option through.</summary>
    [Fact]
    public void No_balance_check_reaches_every_member_of_an_ensemble()
    {
        var s = Historical;
        var settings = new RunCommand.Settings { Scenario = "historical", Runs = 3, NoBalanceCheck = true };
        var plan = RunPlan.Resolve(s, settings.Options);
        Assert.False(plan.CheckBalances);
        Assert.False(plan.Config(s).CheckBalances);
        Assert.All(Enumerable.Range(0, settings.Runs), i => Assert.False(plan.Member(s, i).CheckBalances));
        Assert.All(Enumerable.Range(0, settings.Runs), i => Assert.True(RunPlan.Resolve(s, new RunCommand.Settings { Runs = 3 }.Options).Member(s, i).CheckBalances));
    }

    [Fact]
    public async Task An_ensemble_without_balance_checks_runs()
    {
        var (code, output) = await CliFixture.Run("run", f.Historical, "--runs", "2", "--no-balance-check", "--scale", "50000", "--threads", "2",
            "--no-report", "--out", CliFixture.TempDir());
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Compared_scenarios_share_the_baselines_plan()
    {
        var s = Historical;
        var plan = RunPlan.Resolve(s, new RunOptions(Seed: 11, Scale: 20000, Threads: 2));
        var report = Comparison.Run([s, s with { Seed = 99, Scale = 4000 }], runs: 1, plan);
        Assert.Equal((11UL, 20000.0), (report.FirstSeed, report.Scale));
        Assert.Equal(report.Results[0][0].SimulatedHouseholds, report.Results[1][0].SimulatedHouseholds);
    }
}
