using OneCountry.Model.Engine;
using System.Reflection;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Model.Tests;

public class ParameterRegistryTests
{
    [Fact]
    public void Every_parameter_has_meaning_unit_source_and_a_default_inside_its_range()
    {
        Assert.NotEmpty(ParameterRegistry.All);
        Assert.Equal(ParameterRegistry.All.Count, ParameterRegistry.All.Select(p => p.Name).Distinct().Count());
        Assert.All(ParameterRegistry.All, p =>
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(p.Unit));
            Assert.False(string.IsNullOrWhiteSpace(p.Source));
            Assert.True(p.Min <= p.Default && p.Default <= p.Max, $"{p.Name}: default {p.Default} outside [{p.Min}, {p.Max}]");
        });
    }

    [Fact]
    public void The_typed_record_reads_every_registry_entry_under_its_own_name()
    {
        var props = typeof(Parameters).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(double)).ToList();
        Assert.Equal(ParameterRegistry.All.Count(p => p.Group is not ("world" or "politics")), props.Count);
        var values = ParameterValues.Defaults.With(ParameterRegistry.All.Select((p, i) => KeyValuePair.Create(p.Name, p.Min + (p.Max - p.Min) * ((i % 7) + 1) / 9.0)));
        var typed = new Parameters(values);
        foreach (var spec in ParameterRegistry.All.Where(p => p.Group is not ("world" or "politics")))
        {
            string pascal = string.Concat(spec.Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            var prop = typeof(Parameters).GetProperty(pascal);
            Assert.NotNull(prop);
            Assert.Equal(values[spec.Name], (double)prop!.GetValue(typed)!);
        }
    }

    [Fact]
    public void Every_world_and_politics_parameter_reaches_its_typed_record()
    {
        static string Fp(object o) => string.Join(",", o.GetType().GetProperties().Select(p => p.GetValue(o) is double[,] m
            ? string.Join(";", m.Cast<double>()) : Convert.ToString(p.GetValue(o), System.Globalization.CultureInfo.InvariantCulture)));
        string politicsBaseline = Fp(new OneCountry.Model.Politics.PoliticsParameters(ParameterValues.Defaults));
        foreach (var spec in ParameterRegistry.All.Where(p => p.Group == "politics"))
        {
            double moved = spec.Default == spec.Max ? spec.Min : spec.Max;
            Assert.True(Fp(new OneCountry.Model.Politics.PoliticsParameters(ParameterValues.Defaults.With([KeyValuePair.Create(spec.Name, moved)]))) != politicsBaseline,
                $"{spec.Name} does not reach PoliticsParameters");
        }
        // The world's parameters live in World/WorldParameters (with the fit table as a matrix):
        // moving any one of them must change what that record holds.
        static string Fingerprint(OneCountry.Model.World.WorldParameters w) => string.Join(",",
            typeof(OneCountry.Model.World.WorldParameters).GetProperties().Select(p => p.GetValue(w) is double[,] m
                ? string.Join(";", m.Cast<double>()) : Convert.ToString(p.GetValue(w), System.Globalization.CultureInfo.InvariantCulture)));
        string baseline = Fingerprint(new OneCountry.Model.World.WorldParameters(ParameterValues.Defaults));
        foreach (var spec in ParameterRegistry.All.Where(p => p.Group == "world"))
        {
            double moved = spec.Default == spec.Max ? spec.Min : spec.Max;
            var w = new OneCountry.Model.World.WorldParameters(ParameterValues.Defaults.With([KeyValuePair.Create(spec.Name, moved)]));
            Assert.True(Fingerprint(w) != baseline, $"{spec.Name} does not reach WorldParameters");
        }
    }

    [Fact]
    public void Overrides_outside_the_range_or_unknown_are_rejected()
    {
        var spec = ParameterRegistry.Get("seed_rate");
        Assert.Throws<ArgumentException>(() => ParameterValues.Defaults.With([KeyValuePair.Create("seed_rate", spec.Max * 2)]));
        Assert.Throws<ArgumentException>(() => ParameterValues.Defaults.With([KeyValuePair.Create("no_such_parameter", 1.0)]));
        Assert.Equal(spec.Min, ParameterValues.Defaults.With([KeyValuePair.Create("seed_rate", spec.Min)])["seed_rate"]);
    }

    [Fact]
    public void Policy_timeline_applies_changes_in_date_order_and_keeps_values_between_changes()
    {
        var t = new PolicyTimeline([
            new PolicyChange(Month.Of(1924, 1), "peasant_tax_rate", 0.07),
            new PolicyChange(Month.Of(1921, 3), "peasant_tax_rate", 0.10),
        ]);
        int i = LeverRegistry.Index("peasant_tax_rate");
        Assert.Equal(0.10, t.ValuesAt(Month.Of(1923, 12))[i]);
        Assert.Equal(0.07, t.ValuesAt(Month.Of(1924, 1))[i]);
        Assert.Equal(LeverRegistry.All[i].Default, t.ValuesAt(Month.Of(1921, 2))[i]);
        Assert.Throws<ArgumentException>(() => new PolicyTimeline([new PolicyChange(Month.Of(1921, 3), "no_such_lever", 1)]));
        Assert.Throws<ArgumentException>(() => new PolicyTimeline([new PolicyChange(Month.Of(1921, 3), "peasant_tax_rate", 5)]));
    }
}

public class LeverRegistryTests
{
    [Fact]
    public void Levers_are_read_from_their_declarations_in_order_with_switches_and_categories_from_their_types()
    {
        var names = LeverRegistry.All.Select(l => l.Name).ToList();
        Assert.Equal(42, names.Count);
        Assert.Equal(["nep_market", "tax_in_kind", "peasant_tax_rate"], names.Take(3));
        Assert.Equal("defence_follows_threat", names[^1]);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.True(LeverRegistry.All[LeverRegistry.Index("nep_market")].IsSwitch);
        Assert.False(LeverRegistry.All[LeverRegistry.Index("procurement_price")].IsSwitch);
        Assert.Equal(OneCountry.Model.World.Comintern.LineNames, LeverRegistry.All[LeverRegistry.Index("comintern_line")].Categories);
        Assert.Equal(["exogenous", "endogenous", "left", "right"], LeverRegistry.All[LeverRegistry.Index("politics")].Categories);
        Assert.Null(LeverRegistry.All[LeverRegistry.Index("defence_share")].Categories);
        Assert.Equal(["collective_farmers", "all_peasants"], LeverRegistry.All[LeverRegistry.Index("food_relief_reach")].Categories);
    }

    [Fact]
    public void A_snapshot_reads_each_lever_by_its_kind()
    {
        var v = LeverRegistry.All.Select(l => l.Default).ToArray();
        v[LeverRegistry.Index("nep_market")] = 0.49;
        v[LeverRegistry.Index("rationing")] = 0.5;
        v[LeverRegistry.Index("comintern_line")] = 2;
        v[LeverRegistry.Index("politics")] = 1;
        v[LeverRegistry.Index("procurement_price")] = 1.25;
        var s = PolicyState.From(v);
        Assert.False(s.NepMarket);
        Assert.True(s.Rationing);
        Assert.Equal(OneCountry.Model.World.CominternLine.ThirdPeriod, s.CominternLine);
        Assert.Equal(OneCountry.Model.Politics.PoliticsMode.Endogenous, s.Politics);
        Assert.Equal(1.25, s.ProcurementPrice);
        Assert.Equal(0.02, s.DefenceShare);
    }
}
