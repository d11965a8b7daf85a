using OneCountry.Model.Engine;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Experiments;

/// <summary>One row of a tidy long table: a period label, the country, a variable, its value and its unit (the unit alone, <see cref="Codebook"/>).</summary>
public readonly record struct SeriesRow(string Period, string Country, string Variable, double Value, string Unit);

/// <summary>The run's series in tidy long form: monthly, by calendar year and by crop year (July–June).</summary>
public sealed record SeriesTables(IReadOnlyList<SeriesRow> Monthly, IReadOnlyList<SeriesRow> Yearly, IReadOnlyList<SeriesRow> CropYears)
{
    /// <summary>
    /// Aggregates the monthly series. Calendar years: each variable by its declared rule (sum of
    /// flows, mean of prices and shares, last value of stocks) over the months of the year inside
    /// the run — the first and last years may be partial. Crop years (July–June): only variables
    /// declared as agricultural flows or stocks, and only crop years wholly inside the run.
    /// </summary>
    public static SeriesTables From(SimulationResult result, string country = "USSR")
    {
        var vars = Variables.All;
        // The unit column holds the unit alone (Codebook): a monthly value's, and a year's or crop year's.
        var units = vars.Select(Codebook.Unit).ToArray();
        var yearlyUnits = vars.Select(Codebook.AggregatedUnit).ToArray();
        var monthly = new List<SeriesRow>(result.Months * vars.Count);
        for (int t = 0; t < result.Months; t++)
        {
            string label = result.MonthAt(t).ToString();
            for (int v = 0; v < vars.Count; v++)
                monthly.Add(new SeriesRow(label, country, vars[v].Name, result[t, v], units[v]));
        }

        var yearly = new List<SeriesRow>();
        foreach (var group in Enumerable.Range(0, result.Months).GroupBy(t => result.MonthAt(t).Year))
            for (int v = 0; v < vars.Count; v++)
                yearly.Add(new SeriesRow(group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), country, vars[v].Name,
                    Aggregate(result, group.ToList(), v, vars[v].Yearly), yearlyUnits[v]));

        var crop = new List<SeriesRow>();
        foreach (var group in Enumerable.Range(0, result.Months).GroupBy(t => result.MonthAt(t).CropYear))
        {
            var months = group.ToList();
            if (months.Count != 12) continue;
            for (int v = 0; v < vars.Count; v++)
                if (vars[v].ByCropYear)
                    crop.Add(new SeriesRow(Month.CropYearLabel(group.Key), country, vars[v].Name,
                        Aggregate(result, months, v, vars[v].Yearly), yearlyUnits[v]));
        }
        // The capitalist countries (World/WorldSystem): monthly and by calendar year.
        var cvars = Model.World.WorldSystem.CountryVariables;
        for (int c = 0; c < result.Countries.Count; c++)
        {
            string name = result.Countries[c];
            for (int t = 0; t < result.Months; t++)
            {
                string label = result.MonthAt(t).ToString();
                for (int v = 0; v < cvars.Count; v++)
                    monthly.Add(new SeriesRow(label, name, cvars[v].Name, result.Country(t, c, v), Codebook.Unit(cvars[v])));
            }
            foreach (var group in Enumerable.Range(0, result.Months).GroupBy(t => result.MonthAt(t).Year))
            {
                var months = group.ToList();
                for (int v = 0; v < cvars.Count; v++)
                {
                    double value = cvars[v].Yearly == Aggregation.Last ? result.Country(months[^1], c, v) : months.Average(t => result.Country(t, c, v));
                    yearly.Add(new SeriesRow(group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), name, cvars[v].Name, value, Codebook.AggregatedUnit(cvars[v])));
                }
            }
        }
        return new SeriesTables(monthly, yearly, crop);
    }

    private static double Aggregate(SimulationResult r, List<int> months, int v, Aggregation how)
    {
        switch (how)
        {
            case Aggregation.Sum:
                double s = 0;
                foreach (var t in months) s += r[t, v];
                return s;
            case Aggregation.Mean:
                double m = 0;
                foreach (var t in months) m += r[t, v];
                return m / months.Count;
            default:
                return r[months[^1], v];
        }
    }

    public double Find(IReadOnlyList<SeriesRow> table, string period, string variable, string country = "USSR") =>
        table.First(r => r.Period == period && r.Variable == variable && r.Country == country).Value;
}
