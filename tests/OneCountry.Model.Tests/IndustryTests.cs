using OneCountry.Model.Engine;
using OneCountry.Model.Economy;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class IndustryTests
{
    private static readonly Parameters P = Parameters.Defaults;

    private static Industry RunYears(int years, double investment, double heavy, double nationalIncome = 14e9)
    {
        var industry = new Industry(P);
        for (int m = 0; m < 12 * years; m++) industry.Step(P, investment, heavy, nationalIncome);
        return industry;
    }

    [Fact]
    public void Idle_plant_returns_to_use_and_stays_in_full_use()
    {
        var industry = new Industry(P);
        Assert.InRange(industry.Utilization, 0.15, 0.3);
        for (int m = 0; m < 12 * 8; m++) industry.Step(P, 0.05, 0.5, 14e9);
        Assert.Equal(1.0, industry.Utilization);
    }

    [Fact]
    public void A_higher_heavy_industry_share_raises_producer_goods_and_lowers_consumer_goods()
    {
        var light = RunYears(8, 0.12, 0.3);
        var heavy = RunYears(8, 0.12, 0.8);
        Assert.True(heavy.ProducerOutput > light.ProducerOutput);
        Assert.True(heavy.ConsumerOutput < light.ConsumerOutput);
    }

    [Fact]
    public void Feldman_accumulation_the_heavy_strategy_overtakes_in_total_output_in_the_long_run()
    {
        // More producer goods mean more investment goods and faster accumulation later.
        var light = RunYears(30, 0.25, 0.3);
        var heavy = RunYears(30, 0.25, 0.8);
        Assert.True(heavy.Output > light.Output, $"heavy {heavy.Output:F2}, light {light.Output:F2}");
    }

    [Fact]
    public void More_investment_builds_more_capacity_and_none_lets_it_decay()
    {
        var none = RunYears(10, 0.0, 0.5);
        var some = RunYears(10, 0.10, 0.5);
        Assert.True(some.ProducerCapacity > none.ProducerCapacity && some.ConsumerCapacity > none.ConsumerCapacity);
        Assert.True(none.ProducerCapacity < P.IndustryCapacity1921 * Math.Pow(1 - P.CapitalDepreciation / 12, 12 * 10) * 1.0001);
    }

    [Fact]
    public void Investment_never_exceeds_what_producer_goods_industry_can_supply()
    {
        var industry = new Industry(P);
        for (int m = 0; m < 60; m++)
        {
            // Producer-goods output can never exceed full use of the capacity that stands, at the
            // technique reached: investment is bounded by the share of that output that is equipment.
            double producerOutput = industry.ProducerCapacity * industry.Technique;
            industry.Step(P, 0.4, 0.5, 50e9);
            Assert.True(industry.LastInvestment <= P.InvestmentGoodsShare * producerOutput * Industry.ProducerOutput1913Rubles / 12.0 * (1 + 1e-12));
        }
    }

    [Fact]
    public void In_the_historical_run_heavy_industry_outgrows_light_after_1928()
    {
        var scenario = TestScenarios.Historical();
        var r = new Simulation(scenario.ToConfig(scale: 20000)).Run();
        double a = r.Get(Month.Of(1938, 12), "producer_goods_output") / r.Get(Month.Of(1928, 12), "producer_goods_output");
        double b = r.Get(Month.Of(1938, 12), "consumer_goods_output") / r.Get(Month.Of(1928, 12), "consumer_goods_output");
        Assert.True(a > 2 && a > b, $"producer goods x{a:F2}, consumer goods x{b:F2}");
    }

}

public class LightIndustryRawMaterialTests
{
    private static readonly Parameters P = Parameters.Defaults;

    [Fact]
    public void Fewer_animals_mean_less_consumer_goods_and_enough_animals_leave_capacity_as_it_is()
    {
        var industry = new Industry(P);
        for (int m = 0; m < 12 * 8; m++) industry.Step(P, 0.08, 0.5, 14e9);
        double potential = industry.Utilization * industry.ConsumerCapacity * industry.Technique;
        industry.SupplyRawMaterials(P, potential * 2);
        Assert.Equal(1.0, industry.RawMaterialFactor);
        Assert.Equal(potential, industry.ConsumerOutput, 12);
        double previous = industry.ConsumerOutput;
        foreach (var herds in new[] { 0.9, 0.6, 0.3, 0.0 })
        {
            industry.SupplyRawMaterials(P, potential * herds);
            Assert.True(industry.ConsumerOutput < previous);
            previous = industry.ConsumerOutput;
        }
        // With no animals at all only the branches on other raw materials work.
        Assert.Equal(1 - P.AnimalRawMaterialShare, industry.RawMaterialFactor, 12);
    }
}
