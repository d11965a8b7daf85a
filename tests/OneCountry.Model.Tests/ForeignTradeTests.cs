using OneCountry.Model.Engine;
using OneCountry.Model.Economy;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class ForeignTradeTests
{
    private static readonly Parameters P = Parameters.Defaults;

    private static double MachineryOverYears(double monopoly, int years = 5)
    {
        var trade = new ForeignTrade(P.Reserves1921);
        double machinery = 0;
        for (int m = 0; m < 12 * years; m++)
            machinery += trade.Step(P, 200_000, 1.2, 1.0, monopoly, 0.4, 150e6).MachineryImports;
        return machinery;
    }

    [Fact]
    public void A_weaker_monopoly_lowers_machinery_imports()
    {
        double whole = MachineryOverYears(1.0), weakened = MachineryOverYears(0.3), none = MachineryOverYears(0.0);
        Assert.True(whole > weakened && weakened > none, $"machinery with monopoly {whole:E3}, weakened {weakened:E3}, none {none:E3}");
    }

    [Fact]
    public void Reserves_carry_every_ruble_earned_and_spent_and_never_go_negative()
    {
        var trade = new ForeignTrade(P.Reserves1921);
        for (int m = 0; m < 120; m++)
        {
            double before = trade.Reserves;
            var t = trade.Step(P, m % 12 < 6 ? 500_000 : 0, 0.6 + 0.01 * m, 0.5 + 0.01 * m, m < 60 ? 0.2 : 1.0, 0.5, 200e6);
            Assert.Equal(before + t.GrainExportRevenue + t.OtherExports - t.PrivateImports - t.CapitalFlight - t.MachineryImports - t.OtherStateImports,
                trade.Reserves, 1e-6 * Math.Max(1, before));
            Assert.True(trade.Reserves >= -1e-6);
        }
    }

    [Fact]
    public void The_depression_cuts_export_earnings()
    {
        var boom = new ForeignTrade(P.Reserves1921).Step(P, 300_000, 1.3, 1.0, 1.0, 0.4, 0);
        var slump = new ForeignTrade(P.Reserves1921).Step(P, 300_000, 0.6, 1.0, 1.0, 0.4, 0);
        Assert.True(slump.GrainExportRevenue + slump.OtherExports < 0.5 * (boom.GrainExportRevenue + boom.OtherExports));
    }

    [Fact]
    public void In_the_model_the_weakened_monopoly_scenario_imports_less_machinery_and_grows_less()
    {
        var policy = TestScenarios.Nep().Append(new PolicyChange(Month.Of(1921, 3), "machinery_import_share", 0.4));
        var strong = new Simulation(TestScenarios.Config(1, 20000, end: Month.Of(1928, 12), policy: policy)).Run();
        var weak = new Simulation(TestScenarios.Config(1, 20000, end: Month.Of(1928, 12),
            policy: policy.Append(new PolicyChange(Month.Of(1922, 3), "trade_monopoly", 0.2)))).Run();
        double Sum(SimulationResult r, string v) => Enumerable.Range(0, r.Months).Sum(t => r[t, Variables.IndexOf(v)]);
        Assert.True(Sum(weak, "machinery_imports") < Sum(strong, "machinery_imports"));
        Assert.True(Sum(weak, "private_imports") > 0 && Sum(strong, "private_imports") == 0);
        Assert.True(weak.Get(Month.Of(1928, 12), "producer_goods_output") < strong.Get(Month.Of(1928, 12), "producer_goods_output"));
    }
}
