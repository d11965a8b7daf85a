using OneCountry.Model.Engine;
using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Country;

namespace OneCountry.Experiments;

/// <summary>A yearly series across an ensemble: the median and the 5% and 95% quantiles of the runs, per year.</summary>
public sealed record Band(string Variable, string Unit, int[] Years, double[] Median, double[] Low, double[] High)
{
    /// <summary>Where each value sits in time (fractional years): mid-year for sums and means, the
    /// end of the year for stocks read in December, the middle of the month for monthly bands.</summary>
    public double[] X { get; init; } = Years.Select(y => y + 0.5).ToArray();

    /// <summary>How many runs the band is taken over.</summary>
    public int Runs { get; init; } = 1;
}

/// <summary>
/// Ensemble statistics of the USSR series (issue: ensembles): each variable aggregated to calendar
/// years in every run by its declared rule (sum, mean or last), then the median and the 5–95% band
/// across runs (nearest rank, <see cref="Ensemble.Band"/>). Only whole years inside the run.
/// </summary>
public static class EnsembleSeries
{
    public static Band Yearly(IReadOnlyList<SimulationResult> runs, string variable, double scale = 1)
    {
        int v = Variables.IndexOf(variable);
        var spec = Variables.All[v];
        var first = runs[0];
        var years = Enumerable.Range(0, first.Months).GroupBy(t => first.MonthAt(t).Year)
            .Where(g => g.Count() == 12).Select(g => g.Key).ToArray();
        var median = new double[years.Length];
        var low = new double[years.Length];
        var high = new double[years.Length];
        for (int i = 0; i < years.Length; i++)
        {
            int year = years[i];
            var values = runs.Select(r => Aggregate(r, year, v, spec.Yearly) * scale);
            (median[i], low[i], high[i]) = Ensemble.Band(values);
        }
        return new Band(variable, spec.Unit, years, median, low, high)
        {
            X = years.Select(y => y + (spec.Yearly == Aggregation.Last ? 11.5 / 12 : 0.5)).ToArray(),
            Runs = runs.Count,
        };
    }

    /// <summary>A monthly band (for series whose data are dated by month).</summary>
    public static Band Monthly(IReadOnlyList<SimulationResult> runs, string variable, double scale = 1)
    {
        int v = Variables.IndexOf(variable);
        var first = runs[0];
        int n = runs.Min(r => r.Months);
        var median = new double[n];
        var low = new double[n];
        var high = new double[n];
        for (int t = 0; t < n; t++) (median[t], low[t], high[t]) = Ensemble.Band(runs.Select(r => r[t, v] * scale));
        var x = Enumerable.Range(0, n).Select(t => { var m = first.MonthAt(t); return m.Year + (m.CalendarMonth - 0.5) / 12.0; }).ToArray();
        return new Band(variable, Variables.All[v].Unit, Enumerable.Range(0, n).Select(t => first.MonthAt(t).Year).ToArray(), median, low, high) { X = x, Runs = runs.Count };
    }

    /// <summary>The paired difference <paramref name="b"/> − <paramref name="a"/>, run i against run i
    /// (the same seed), each year by the variable's yearly rule (or each month), then its median and
    /// 5–95% band across the pairs: what the scenarios change, not luck.</summary>
    public static Band Difference(IReadOnlyList<SimulationResult> a, IReadOnlyList<SimulationResult> b, string variable, double scale = 1, bool monthly = false)
    {
        int v = Variables.IndexOf(variable);
        var spec = Variables.All[v];
        int pairs = Math.Min(a.Count, b.Count);
        var template = monthly ? Monthly(a, variable, scale) : Yearly(a, variable, scale);
        int n = template.X.Length;
        var median = new double[n];
        var low = new double[n];
        var high = new double[n];
        for (int i = 0; i < n; i++)
        {
            int t = i, year = template.Years[i];
            // A month outside either run (a scenario that ends earlier) has no difference: NaN, as the measures give.
            var values = Enumerable.Range(0, pairs).Select(k => (monthly ? (t < a[k].Months && t < b[k].Months ? b[k][t, v] - a[k][t, v] : double.NaN)
                : Aggregate(b[k], year, v, spec.Yearly) - Aggregate(a[k], year, v, spec.Yearly)) * scale);
            (median[i], low[i], high[i]) = Ensemble.Band(values);
        }
        return template with { Median = median, Low = low, High = high, Runs = pairs };
    }

    public static double Aggregate(SimulationResult r, int year, int v, Aggregation how)
    {
        var months = Enumerable.Range(1, 12).Select(m => Month.Of(year, m) - r.Start).Where(t => t >= 0 && t < r.Months).ToList();
        if (months.Count == 0) return double.NaN;
        return how switch
        {
            Aggregation.Sum => months.Sum(t => r[t, v]),
            Aggregation.Mean => months.Average(t => r[t, v]),
            _ => r[months[^1], v],
        };
    }

    /// <summary>Every variable's yearly band — the USSR's and each country's — as tidy rows (for ensemble_yearly.csv).</summary>
    public static IEnumerable<(string Year, string Country, string Variable, string Unit, double Median, double Low, double High)> All(IReadOnlyList<SimulationResult> runs)
    {
        foreach (var spec in Variables.All)
        {
            var b = Yearly(runs, spec.Name);
            for (int i = 0; i < b.Years.Length; i++)
                yield return (b.Years[i].ToString(CultureInfo.InvariantCulture), "USSR", spec.Name, Codebook.AggregatedUnit(spec), b.Median[i], b.Low[i], b.High[i]);
        }
        var first = runs[0];
        var cvars = Model.World.WorldSystem.CountryVariables;
        var years = Enumerable.Range(0, first.Months).GroupBy(t => first.MonthAt(t).Year).Where(g => g.Count() == 12).Select(g => (Year: g.Key, Months: g.ToArray())).ToList();
        for (int c = 0; c < first.Countries.Count; c++)
            for (int v = 0; v < cvars.Count; v++)
                foreach (var (year, months) in years)
                {
                    var (m, lo, hi) = Ensemble.Band(runs.Select(r => cvars[v].Yearly == Aggregation.Last ? r.Country(months[^1], c, v) : months.Average(t => r.Country(t, c, v))));
                    yield return (year.ToString(CultureInfo.InvariantCulture), first.Countries[c], cvars[v].Name, Codebook.AggregatedUnit(cvars[v]), m, lo, hi);
                }
    }

    /// <summary>
    /// The median run of an ensemble: the run nearest the middle on every measure at once — for each
    /// measure the runs are ranked (ties and NaN by run index, NaN last) and the run whose summed
    /// distance of its ranks from the middle rank is smallest is chosen (the lowest index on a tie).
    /// Reports show its event log where one history must stand for the ensemble, instead of the
    /// first seed's. With one or two runs it is the first.
    /// </summary>
    public static int MedianRun(IReadOnlyList<SimulationResult> runs, IReadOnlyList<ComparedMeasure> measures)
    {
        int n = runs.Count;
        if (n <= 2) return 0;
        var distance = new double[n];
        double middle = (n - 1) / 2.0;
        foreach (var m in measures)
        {
            var values = runs.Select(m.Measure).ToArray();
            var order = Enumerable.Range(0, n).OrderBy(i => double.IsNaN(values[i]) ? 1 : 0).ThenBy(i => double.IsNaN(values[i]) ? 0 : values[i]).ThenBy(i => i).ToArray();
            for (int rank = 0; rank < n; rank++) distance[order[rank]] += Math.Abs(rank - middle);
        }
        int best = 0;
        for (int i = 1; i < n; i++) if (distance[i] < distance[best]) best = i;
        return best;
    }

    /// <summary>The median run by the comparison's headline measures (<see cref="Comparison.Headline"/>).</summary>
    public static int MedianRun(IReadOnlyList<SimulationResult> runs) => MedianRun(runs, Comparison.Headline);

    /// <summary>Share of runs in which a window ended each way, with Wilson 95% intervals.</summary>
    public static IReadOnlyList<WindowOdds> Windows(IReadOnlyList<SimulationResult> runs)
    {
        var list = new List<WindowOdds>();
        var first = runs[0];
        for (int w = 0; w < first.Windows.Count; w++)
        {
            foreach (var outcome in new[] { Model.World.WindowOutcome.Victory, Model.World.WindowOutcome.Defeat, Model.World.WindowOutcome.FascistVictory, Model.World.WindowOutcome.Overtaken })
            {
                int k = runs.Count(r => r.Outcomes.Count > w && r.Outcomes[w] == outcome);
                var (lo, hi) = Wilson(k, runs.Count);
                list.Add(new WindowOdds(first.Windows[w].Name, Model.World.Comintern.Name(outcome), k, runs.Count, k / (double)runs.Count, lo, hi));
            }
        }
        return list;
    }

    /// <summary>Wilson score interval for k successes in n trials, 95%.</summary>
    public static (double Low, double High) Wilson(int k, int n)
    {
        if (n == 0) return (double.NaN, double.NaN);
        const double z = 1.959963984540054;
        double p = k / (double)n, z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}

/// <summary>How often a window ended one way in an ensemble, with its Wilson 95% interval.</summary>
public sealed record WindowOdds(string Window, string Outcome, int Count, int Runs, double Share, double Low, double High);
