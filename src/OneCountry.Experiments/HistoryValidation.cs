using OneCountry.Model.Engine;
using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>A pattern the historical scenario must reproduce: how to measure it in
/// a run, the data, and the test applied to the ensemble median. <see cref="Measure"/> is null for
/// a pattern whose mechanism is not in the model yet; it then fails, visibly.</summary>
public sealed record ValidationPattern(
    string Name, string Data, string Tolerance, string Source, string Unit,
    Func<SimulationResult, double>? Measure, Func<double, bool> Passes);

/// <summary>The ensemble's figure for one pattern: median and 5–95% band, and whether it passes.
/// <see cref="MedianLow"/>–<see cref="MedianHigh"/> is the 95% confidence interval of the median
/// (<see cref="Ensemble.MedianInterval"/>): where the test gives another verdict somewhere inside
/// it, the verdict is not <see cref="Settled"/> — more runs could turn it.</summary>
public sealed record PatternResult(ValidationPattern Pattern, double Median, double Low, double High, bool Pass)
{
    public double MedianLow { get; init; } = double.NaN;
    public double MedianHigh { get; init; } = double.NaN;
    public bool Modelled => Pattern.Measure is not null;

    /// <summary>The test gives the same verdict at both ends of the median's confidence interval.
    /// Every pattern's pass set is an interval or a half-line, so the two ends decide. False when
    /// the ensemble is too small for an interval.</summary>
    public bool Settled => Modelled && double.IsFinite(MedianLow) && double.IsFinite(MedianHigh)
        && Pattern.Passes(MedianLow) == Pass && Pattern.Passes(MedianHigh) == Pass;

    /// <summary>pass / FAIL, marked when Monte Carlo error could turn it.</summary>
    public string Verdict => (Pass ? "pass" : "FAIL") + (Modelled && !Settled ? " (unsettled)" : "");
}

public sealed record ValidationReport(string Scenario, int Runs, double Scale, IReadOnlyList<PatternResult> Results)
{
    /// <summary>The ensemble's runs (for charts of model against data).</summary>
    public IReadOnlyList<SimulationResult> Simulations { get; init; } = [];
    public bool AllPass => Results.All(r => r.Pass);
    public int Passed => Results.Count(r => r.Pass);
    /// <summary>Patterns whose verdict more runs could turn (see <see cref="PatternResult.Settled"/>).</summary>
    public IEnumerable<PatternResult> Unsettled => Results.Where(r => r.Modelled && !r.Settled);
}

/// <summary>
/// The historical validation: runs the historical scenario as an ensemble and compares the
/// median of each pattern with the data in <c>data/</c>, within the stated tolerance.
/// </summary>
public static class HistoryValidation
{
    public static IReadOnlyList<ValidationPattern> Patterns(HistoricalData d)
    {
        var list = new List<ValidationPattern>();
        static string F(double v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);

        // Scissors.
        double oct23 = d.Value("USSR", "1923-10", "industrial_price_index_1913_100") / d.Value("USSR", "1923-10", "agricultural_price_index_1913_100");
        double apr24 = d.Value("USSR", "1924-04", "industrial_price_index_1913_100") / d.Value("USSR", "1924-04", "agricultural_price_index_1913_100");
        list.Add(Relative("Scissors: industrial/agricultural prices, Oct 1923", oct23, 0.15, "WIKI_SCISSORS", "ratio",
            r => r.Get(Month.Of(1923, 10), "price_ratio_industry_agriculture")));
        list.Add(Relative("Scissors: industrial/agricultural prices, Apr 1924", apr24, 0.15, "WIKI_SCISSORS", "ratio",
            r => r.Get(Month.Of(1924, 4), "price_ratio_industry_agriculture")));

        // Procurement crisis.
        list.Add(new ValidationPattern("Procurement crisis: marketed grain 1927/28 against 1926/27", "falls", "< 0", "docs/model.md §1", "change",
            r => CropYear(r, 1927, "grain_marketed") / CropYear(r, 1926, "grain_marketed") - 1, m => m < 0));
        list.Add(new ValidationPattern("Procurement crisis: harvest 1927/28 against 1926/27", "roughly stable", "within ±10%", "docs/model.md §1", "change",
            r => CropYear(r, 1927, "grain_harvest") / CropYear(r, 1926, "grain_harvest") - 1, m => Math.Abs(m) <= 0.10));

        // Households and towns.
        double farmsLow = d.Value("USSR", "1928", "peasant_farms_low") * 1e6, farmsHigh = d.Value("USSR", "1928", "peasant_farms_high") * 1e6;
        list.Add(new ValidationPattern("Peasant households, May 1928", $"{F(farmsLow / 1e6)}–{F(farmsHigh / 1e6)} million", "inside ±5%", "STALIN1928_GF", "million",
            r => r.Get(Month.Of(1928, 5), "households") / 1e6, m => m >= 0.95 * farmsLow / 1e6 && m <= 1.05 * farmsHigh / 1e6));
        double urbanShare = 1 - d.Value("USSR", "1926", "rural_share") / 100;
        list.Add(new ValidationPattern("Urban share of population, Dec 1926", $"{F(100 * urbanShare, "0.0")}%", "±2 points", "ZEIT1958, STRANA50", "share",
            r => r.Get(Month.Of(1926, 12), "urban_share"), m => Math.Abs(m - urbanShare) <= 0.02));
        // Population at the censuses (Dec 1926; Jan 1939 in the borders before September 1939).
        foreach (var (period, month, source) in new[] { ("1926", Month.Of(1926, 12), "CENSUS1926_SZAO"), ("1939", Month.Of(1939, 1), "LEWIN") })
        {
            double v = d.Value("USSR", period, "population_total");
            var mm = month;
            list.Add(Relative($"Population at the census, {mm} (million)", v, 0.05, source, "M", r => r.Get(mm, "population") / 1e6));
        }

        // Collectivization.
        foreach (var (period, month, source) in new[] { ("1929-10", Month.Of(1929, 10), "WIKI_COLLECT"), ("1930-03-01", Month.Of(1930, 2), "MARTENS"),
                     ("1930-08-01", Month.Of(1930, 7), "MARTENS"), ("1932-mid", Month.Of(1932, 6), "TSYPIN") })
        {
            double v = d.Value("USSR", period, "households_collectivized_share", source) / 100;
            list.Add(new ValidationPattern($"Collectivized households, {period}", $"{F(100 * v, "0.0")}%", "±7.5 points", source, "share",
                r => r.Get(month, "collectivized_share"), m => Math.Abs(m - v) <= 0.075));
        }
        double individual1937 = d.Value("USSR", "1937", "individual_peasant_farms_share") / 100;
        list.Add(new ValidationPattern("Collectivized households, 1937", $"{F(100 * (1 - individual1937), "0")}% (above 90%)", "> 90%", "TSYPIN", "share",
            r => r.Get(Month.Of(1937, 12), "collectivized_share"), m => m > 0.90));

        // Grain harvest inside the Wheatcroft–Davies band.
        for (int y = 1928; y <= 1940; y++)
        {
            string year = y.ToString(CultureInfo.InvariantCulture);
            double a = d.Value("USSR", year, "grain_harvest_revised_soviet_estimate"), b = d.Value("USSR", year, "grain_harvest_western_low_estimate");
            double lo = Math.Min(a, b), hi = Math.Max(a, b);
            int harvestYear = y;
            // The estimates carry uncertainties of 3-10% (WD1994_T54 notes); the band is widened by 5% either side.
            list.Add(new ValidationPattern($"Grain harvest {y}", $"{F(lo)}–{F(hi)} Mt", "inside the band ±5%", "WD1994_T54", "Mt",
                r => r.Get(Month.Of(harvestYear, 8), "grain_harvest") / 1e6, m => m >= 0.95 * lo && m <= 1.05 * hi));
        }
        list.Add(new ValidationPattern("Grain harvest falls in 1931–32 below 1930", "falls", "both years below 1930", "WD1994_T54", "Mt",
            r => Math.Max(r.Get(Month.Of(1931, 8), "grain_harvest"), r.Get(Month.Of(1932, 8), "grain_harvest")) / r.Get(Month.Of(1930, 8), "grain_harvest") - 1,
            m => m < 0));

        // Not in the model yet (the Soviet economy, the world, politics): shown and failing.
        // GDP per head (calendar-year mean of the monthly series) against Maddison, and its ratio to
        // the advanced countries (which follow their Maddison paths in the historical scenario).
        foreach (var y in new[] { 1928, 1940 })
        {
            string year = y.ToString(CultureInfo.InvariantCulture);
            double ussr = d.Value("Former USSR", year, "gdp_per_capita", "MPD2020");
            int yy = y;
            list.Add(Relative($"GDP per capita {y} (2011 int. $)", ussr, 0.10, "MPD2020", "$", r => YearMean(r, yy, "gdp_per_capita")));
            foreach (var c in new[] { "Germany", "United Kingdom", "United States" })
            {
                double other = d.Value(c, year, "gdp_per_capita", "MPD2020");
                list.Add(Relative($"GDP per capita ratio to {c}, {y}", ussr / other, 0.15, "MPD2020", "ratio", r => YearMean(r, yy, "gdp_per_capita") / other));
            }
        }
        foreach (var y in new[] { 1925, 1928 })
        {
            int yy = y;
            double v = d.Value("USSR", y.ToString(CultureInfo.InvariantCulture), "state_apparatus_employees") * 1000;
            list.Add(Relative($"State apparatus employees, {y} (million)", v / 1e6, 0.15, "VOLKOV_ELITE", "M", r => YearMean(r, yy, "state_apparatus") / 1e6));
        }
        foreach (var y in new[] { 1928, 1932, 1937, 1940 })
        {
            int yy = y;
            double v = d.Value("USSR", y.ToString(CultureInfo.InvariantCulture), "workers_and_employees");
            list.Add(Relative($"Workers and employees, {y} (million)", v, 0.15, "NKH1972", "M", r => YearMean(r, yy, "workers_and_employees") / 1e6));
        }
        foreach (var y in new[] { 1932, 1937, 1940 })
        {
            int yy = y;
            double v = d.Value("USSR", y.ToString(CultureInfo.InvariantCulture), "employed_industry", "BOFFA");
            list.Add(Relative($"Employed in industry, {y} (million)", v, 0.15, "BOFFA", "M", r => YearMean(r, yy, "industrial_workers") / 1e6));
        }
        // Town and country after collectivization: the flow to the towns under the passports, and
        // the towns at the 1939 census (old borders).
        double migration = d.Value("USSR", "1934-1935", "rural_urban_migration");
        list.Add(Relative("Peasants moving to the towns, 1934-35 (million a year)", migration, 0.20, "BOFFA", "M",
            r => (YearSum(r, 1934, "migrants_to_towns") + YearSum(r, 1935, "migrants_to_towns")) / 2 / 1e6));
        double urban1939 = d.Value("USSR", "1939", "population_urban");
        list.Add(Relative("Urban population at the census, 1939-01 (million)", urban1939, 0.05, "LEWIN", "M", r => r.Get(Month.Of(1939, 1), "urban_population") / 1e6));
        foreach (var y in new[] { 1928, 1940 })
        {
            int yy = y;
            double v = d.Value("USSR", y.ToString(CultureInfo.InvariantCulture), "tractors_in_agriculture");
            list.Add(Relative($"Tractors in agriculture, {y} (thousand)", v / 1e3, 0.2, "EORH_MTS", "k", r => YearMean(r, yy, "tractors") / 1e3));
        }
        // Revolutionary windows: under the historical lines the recorded outcome must be the likeliest.
        // Measure: the probability of the historical outcome over the window, as the event log gives
        // it at the window's opening, less the likeliest other outcome's (> 0 passes; -1 when the
        // window never opened because an earlier victory overtook it).
        foreach (var w in Model.World.WindowCatalog.Defaults)
        {
            string outcome = Model.World.Comintern.Name(w.Historical).Replace('_', ' ');
            list.Add(new ValidationPattern($"Window {w.Name}: P({outcome}) at its opening, less the likeliest other outcome's", outcome, "most likely (> 0)", "docs/model.md §1", "margin",
                r => WindowMargin(r, w.Name, w.Historical), m => m > 0));
        }
        return list;
    }

    public static ValidationReport Run(Scenario scenario, HistoricalData data, int runs, RunPlan plan, Action<int, int>? progress = null)
    {
        var results = Ensemble.Run(scenario, runs, plan, progress);
        var rows = new List<PatternResult>();
        foreach (var p in Patterns(data))
        {
            if (p.Measure is null) { rows.Add(new PatternResult(p, double.NaN, double.NaN, double.NaN, false)); continue; }
            var values = results.Select(p.Measure).ToArray();
            var (median, low, high) = Ensemble.Band(values);
            var (medianLow, medianHigh) = Ensemble.MedianInterval(values);
            rows.Add(new PatternResult(p, median, low, high, double.IsFinite(median) && p.Passes(median)) { MedianLow = medianLow, MedianHigh = medianHigh });
        }
        return new ValidationReport(scenario.Name, runs, plan.Scale, rows) { Simulations = results };
    }

    private static ValidationPattern Relative(string name, double data, double tolerance, string source, string unit, Func<SimulationResult, double> measure) =>
        new(name, data.ToString("0.00", CultureInfo.InvariantCulture), $"±{tolerance:P0}", source, unit, measure, m => Math.Abs(m / data - 1) <= tolerance);

    /// <summary>P(historical outcome) minus the likeliest other outcome's, at the window's opening.</summary>
    public static double WindowMargin(SimulationResult r, string window, Model.World.WindowOutcome historical)
    {
        var opened = r.Events.Entries.FirstOrDefault(e => e.Kind == "window_opens" && e.Subject == window);
        if (opened is null) return -1;
        double victory = opened.Probability, fascist = opened.Value, defeat = 1 - victory - fascist;
        double[] p = [victory, defeat, fascist];
        int h = historical switch { Model.World.WindowOutcome.Victory => 0, Model.World.WindowOutcome.FascistVictory => 2, _ => 1 };
        double other = Enumerable.Range(0, 3).Where(i => i != h).Max(i => p[i]);
        return p[h] - other;
    }

    private static ValidationPattern NotYet(string name, string data, string tolerance, string source) =>
        new(name, data, tolerance, source, "", null, _ => false);

    public static double YearMean(SimulationResult r, int year, string variable) =>
        EnsembleSeries.Aggregate(r, year, Variables.IndexOf(variable), Aggregation.Mean);

    public static double YearSum(SimulationResult r, int year, string variable) =>
        EnsembleSeries.Aggregate(r, year, Variables.IndexOf(variable), Aggregation.Sum);

    public static double CropYear(SimulationResult r, int firstYear, string variable)
    {
        double s = 0;
        for (int m = 0; m < 12; m++) s += r.Get(Month.Of(firstYear, 7).Plus(m), variable);
        return s;
    }
}
