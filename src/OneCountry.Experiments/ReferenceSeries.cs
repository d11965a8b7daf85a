using OneCountry.Model.Engine;

namespace OneCountry.Experiments;

/// <summary>A data series to draw against the model: points (year, value), or a band (year, low, high), with its source.</summary>
public sealed record ReferenceSeries(string Label, string Source, double[] Years, double[] Values, double[]? High = null);

/// <summary>A chart of model against data: the model variable, its title, the y label with unit,
/// the factor from the model's unit to the chart's, and whether the model is drawn by month (data
/// dated by month) rather than by calendar year.</summary>
public sealed record DataChart(string Variable, string Title, string YLabel, double Scale, bool Monthly = false);

/// <summary>
/// The observations the reports draw against the model: every data point of the validation
/// patterns (<see cref="ValidationPattern.Points"/>), so that a chart draws every figure that is
/// validated and nothing else. Keyed by the model variable they compare with; each in the
/// variable's unit and scale as <see cref="Charts"/> gives it.
/// </summary>
public static class ReferenceData
{
    /// <summary>The charts of model against data, one per variable that patterns draw points on.</summary>
    public static IReadOnlyList<DataChart> Charts { get; } =
    [
        new("price_ratio_industry_agriculture", "The scissors: industrial over agricultural prices", "ratio", 1, Monthly: true),
        new("agricultural_price_index", "The agricultural side of the scissors: the price peasants receive", "index, 1913 = 1", 1, Monthly: true),
        new("households", "Peasant households", "million households", 1e-6, Monthly: true),
        new("urban_share", "Urban share of the population", "% of the population", 100, Monthly: true),
        new("population", "Population", "million persons", 1e-6),
        new("urban_population", "Urban population", "million persons", 1e-6),
        new("collectivized_share", "Collectivized households", "% of peasant households", 100, Monthly: true),
        new("grain_harvest", "Grain harvest", "million tonnes", 1e-6),
        new("draught_animals", "Horses (1 January: the December value)", "million head", 1e-6),
        new("cattle", "Cattle (1 January: the December value)", "million head", 1e-6),
        new("pigs", "Pigs (1 January: the December value)", "million head", 1e-6),
        new("sheep_goats", "Sheep and goats (1 January: the December value)", "million head", 1e-6),
        new("meat_output", "Meat (slaughter weight)", "million tonnes", 1e-6),
        new("milk_output", "Milk", "million tonnes", 1e-6),
        new("gdp_per_capita", "GDP per head", "2011 international dollars", 1),
        new("famine_deaths", "Famine deaths", "thousand persons a year", 1e-3),
        new("grain_exports", "State grain exports (calendar years; the data: from the harvest of the year before)", "million tonnes", 1e-6),
        new("deportees", "The special settlements (deportees)", "million persons", 1e-6),
        new("state_apparatus", "State apparatus", "million persons", 1e-6),
        new("workers_and_employees", "Workers and employees", "million persons", 1e-6),
        new("unemployed", "Unemployed in the towns", "million persons", 1e-6),
        new("industrial_workers", "Employed in industry", "million persons", 1e-6),
        new("migrants_to_towns", "Peasants moving to the towns", "million persons a year", 1e-6),
        new("tractors", "Tractors in agriculture", "thousand units", 1e-3),
    ];

    /// <summary>Legend labels of the data, by variable (the default names the patterns).</summary>
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["gdp_per_capita"] = "Maddison 2020, USSR",
        ["grain_harvest"] = "Wheatcroft-Davies range (western low to revised Soviet; 1921: to the Soviet estimate of the 1930s)",
        ["population"] = "Censuses (Dec 1926, Jan 1939), million",
        ["collectivized_share"] = "Collectivized households",
        ["famine_deaths"] = "Famine deaths 1921-22 (half the total a year) and 1931-33 outside the Kazakh nomads (a third a year)",
        ["draught_animals"] = "Census, 1 January (GSE)",
        ["cattle"] = "Census, 1 January (GSE)",
        ["pigs"] = "Census, 1 January (GSE)",
        ["sheep_goats"] = "Census, 1 January (GSE)",
        ["households"] = "Peasant households, May 1928 (range)",
        ["grain_exports"] = "Exports from the 1931 and 1932 harvests (Davies, Tauger and Wheatcroft 1995)",
    };

    /// <summary>Every validated data point, grouped by the variable it is drawn on.</summary>
    public static IReadOnlyDictionary<string, ReferenceSeries> For(HistoricalData d) => For(HistoryValidation.Patterns(d));

    /// <summary>Where a point is drawn among points: its time, or the middle of its span.</summary>
    public static double At(DataPoint p) => p.XEnd is { } end ? (p.X + end) / 2 : p.X;

    /// <summary>The data points of <paramref name="patterns"/> grouped by variable: a band where
    /// every point of the variable is a range and they follow one another without a gap of more
    /// than a year (a range over a span of time becomes the band's two ends), else points (a range among points is drawn as its two ends, a span at its middle). Duplicate points (the
    /// same figure validated by two patterns) are drawn once.</summary>
    public static IReadOnlyDictionary<string, ReferenceSeries> For(IReadOnlyList<ValidationPattern> patterns)
    {
        var map = new Dictionary<string, ReferenceSeries>();
        foreach (var group in patterns.SelectMany(p => p.Points.Select(x => (Point: x, p.Source))).GroupBy(x => x.Point.Variable))
        {
            var points = group.Select(x => x.Point).Distinct().OrderBy(x => x.X).ToList();
            string source = string.Join(", ", group.SelectMany(x => x.Source.Split(',', StringSplitOptions.TrimEntries)).Distinct());
            string label = Labels.GetValueOrDefault(group.Key, $"Validated figures ({source})");
            // A band is drawn as one filled area, so only over contiguous times (points a year apart
            // at most, or spans that meet); ranges with gaps between them are drawn as their ends.
            bool contiguous = points.Zip(points.Skip(1)).All(q => q.Second.X - (q.First.XEnd ?? q.First.X) <= 1.0 + 1e-9);
            if (points.All(x => x.High is not null) && contiguous)
            {
                var xs = new List<double>(); var lo = new List<double>(); var hi = new List<double>();
                foreach (var x in points)
                    foreach (var at in x.XEnd is { } end ? new[] { x.X, end } : [x.X]) { xs.Add(at); lo.Add(x.Value); hi.Add(x.High!.Value); }
                map[group.Key] = new(label, source, xs.ToArray(), lo.ToArray(), hi.ToArray());
            }
            else
            {
                var drawn = points.SelectMany(x => x.High is { } h ? new[] { (At(x), x.Value), (At(x), h) } : [(At(x), x.Value)]).ToList();
                map[group.Key] = new(label, source, drawn.Select(x => x.Item1).ToArray(), drawn.Select(x => x.Item2).ToArray());
            }
        }
        return map;
    }
}
