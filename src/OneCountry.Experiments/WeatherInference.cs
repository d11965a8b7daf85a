using System.Globalization;
using System.Text;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Model.Countryside;
using OneCountry.Model.Engine;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Experiments;

/// <summary>A crop year's recorded harvest: the range of the estimates and the figure the
/// inference aims at, their geometric mean (the middle of the range on a log scale, so that
/// neither the official nor the lower series is preferred). In million tonnes, or - for a year
/// whose harvest is not recorded but its yield is (<see cref="IsYield"/>) - in centners per hectare.</summary>
public sealed record HarvestRecord(int Year, double LowMt, double HighMt, string Source)
{
    public double TargetMt => Math.Sqrt(LowMt * HighMt);

    /// <summary>The record is a yield (centners per hectare harvested), not a harvest.</summary>
    public bool IsYield { get; init; }

    public string Unit => IsYield ? "c/ha" : "Mt";

    /// <summary>The run's figure to compare with the record: the harvest of August (Mt), or its yield (c/ha).</summary>
    public double Measure(SimulationResult r)
    {
        var m = Month.Of(Year, 8);
        double harvest = r.Get(m, "grain_harvest");
        return IsYield ? harvest / Math.Max(1, r.Get(m, "sown_area_harvested")) * 10 : harvest / 1e6;
    }
}

/// <summary>Which zones the sources say a crop year's drought or harvest failure hit (empty: none).</summary>
public sealed record DroughtYear(int Year, IReadOnlyList<int> Zones, string Source, string Note)
{
    /// <summary>The zones the sources put at the drought's core (empty: every drought zone alike);
    /// the others of <see cref="Zones"/> lose half as much of their harvest's weather.</summary>
    public IReadOnlyList<int> Core { get; init; } = [];

    /// <summary>The weather of zone <paramref name="z"/> when the core's factor is <paramref name="s"/>.</summary>
    public double Factor(int z, double s) =>
        !Zones.Contains(z) ? 1.0 : Core.Count == 0 || Core.Contains(z) ? s : 1 - (1 - s) / 2;
}

/// <summary>The inferred weather of one crop year: a factor per zone, with the record it was
/// inferred from and the harvest (ensemble mean, million tonnes) the inference reached.</summary>
public sealed record InferredYear(int Year, double[] Factors, HarvestRecord Record, double InferredMt, DroughtYear? Drought);

/// <summary>
/// Infers the recorded weather from the recorded harvests (the abduction step of the recorded
/// world, World/RecordedWorld): crop year by crop year from the first, the weather of year y is
/// the factor that makes the scenario's harvest of August y - the mean over an ensemble of seeds,
/// with the weather of the years before y already inferred - equal the record's
/// <see cref="HarvestRecord.TargetMt"/>. Where the sources name the zones of a drought, those
/// zones share one factor and the others keep a normal year (1); else all zones share one. The
/// harvest rises with the factor, so a secant search on it converges in a few steps; each step is
/// a run of the ensemble from the scenario's start to August y. Nothing is set by hand: what is
/// fixed this way are the harvests, which therefore become validation targets, not checks.
/// </summary>
public static class WeatherInference
{
    public const double MinFactor = RecordedWeatherFile.MinFactor, MaxFactor = RecordedWeatherFile.MaxFactor;

    /// <summary>Relative harvest error at which a year is accepted.</summary>
    public const double Tolerance = 0.002;

    public const int MaxSteps = 12;

    /// <summary>The recorded harvests 1921-1940 in the data: for each year the smallest and largest
    /// of the estimates there (grain_harvest_revised_soviet_estimate, grain_harvest_western_low_estimate,
    /// grain_harvest_soviet_estimate_1930s, grain_harvest, and the estimates made at the time,
    /// grain_harvest_contemporary_estimate[_low|_high]; a figure in billion or million poods is converted).</summary>
    public static IReadOnlyList<HarvestRecord> Records(HistoricalData data, int first = 1921, int last = 1940)
    {
        string[] series = ["grain_harvest_revised_soviet_estimate", "grain_harvest_western_low_estimate", "grain_harvest_soviet_estimate_1930s", "grain_harvest",
            "grain_harvest_contemporary_estimate", "grain_harvest_contemporary_estimate_low", "grain_harvest_contemporary_estimate_high"];
        var list = new List<HarvestRecord>();
        for (int y = first; y <= last; y++)
        {
            string year = y.ToString(CultureInfo.InvariantCulture);
            var found = data.Rows.Where(o => o.Country == "USSR" && (o.Period == year || o.Period == $"{y}/{(y + 1) % 100:00}") && series.Contains(o.Variable))
                .Select(o => (Mt: ToMillionTonnes(o), o.Source, o.Variable))
                .Where(o => o.Mt is > 10 and < 200)
                .ToList();
            // The 1930s estimates of biological yield (1933-39) are not harvests: used only where nothing else is given.
            var harvests = found.Where(o => o.Variable != "grain_harvest_soviet_estimate_1930s" || y < 1933).ToList();
            if (harvests.Count == 0) harvests = found;
            if (harvests.Count == 0)
            {
                // No harvest recorded: the yield, where it is (grain_yield, centners per hectare).
                var yields = data.Rows.Where(o => o.Country == "USSR" && o.Period == year && o.Variable == "grain_yield" && o.Unit == "centners per hectare").ToList();
                if (yields.Count > 0)
                    list.Add(new HarvestRecord(y, yields.Min(o => o.Value), yields.Max(o => o.Value),
                        string.Join("; ", yields.Select(o => $"grain_yield {o.Value.ToString("0.#", CultureInfo.InvariantCulture)} c/ha ({o.Source})"))) { IsYield = true });
                continue;
            }
            list.Add(new HarvestRecord(y, harvests.Min(o => o.Mt!.Value), harvests.Max(o => o.Mt!.Value),
                string.Join("; ", harvests.Select(o => $"{o.Variable} {o.Mt!.Value.ToString("0.#", CultureInfo.InvariantCulture)} ({o.Source})").Distinct())));
        }
        return list;
    }

    private static double? ToMillionTonnes(Observation o) => o.Unit switch
    {
        "million tonnes" => o.Value,
        "billion poods" => o.Value * 16.38,
        "million poods" => o.Value * 16.38e-3,
        _ => null,
    };

    /// <summary>The drought geography (<c>data/drought_geography_1921_1940.csv</c>: crop_year,
    /// drought_zones as zone names joined by '+' or 'none', core_zones - the zones the sources put
    /// at the drought's core, or 'all' -, quality - drought, normal or good -, source_id, note):
    /// the years whose quality is drought. Outside the core a drought zone loses half as much of
    /// its weather (an assumption: the sources name a core and a fringe, not their depths).</summary>
    public static IReadOnlyList<DroughtYear> Droughts(string path)
    {
        var list = new List<DroughtYear>();
        foreach (var r in HistoricalData.ReadCsv(path, ["crop_year", "drought_zones", "core_zones", "quality", "source_id", "note"]))
        {
            // Only a drought places the year's weather by zone; a local shortfall in a normal or good year does not.
            if (r["quality"].Trim() != "drought") continue;
            if (!int.TryParse(r["crop_year"], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                throw new InvalidDataException($"{path}:{r["#line"]}: column 'crop_year': '{r["crop_year"]}' is not a year");
            var zones = new List<int>();
            if (r["drought_zones"].Trim() != "none")
                foreach (var name in r["drought_zones"].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    zones.Add(Zones.IndexOf(name) is var z and >= 0 ? z : throw new InvalidDataException($"{path}:{r["#line"]}: column 'drought_zones': unknown zone '{name}'"));
            var core = new List<int>();
            if (r["core_zones"].Trim() != "all")
                foreach (var name in r["core_zones"].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    core.Add(Zones.IndexOf(name) is var z and >= 0 && zones.Contains(z) ? z
                        : throw new InvalidDataException($"{path}:{r["#line"]}: column 'core_zones': '{name}' is not one of the year's drought zones"));
            list.Add(new DroughtYear(year, zones, r["source_id"], r["note"]) { Core = core });
        }
        return list;
    }

    /// <summary>Infers the weather of every recorded crop year, in order; <paramref name="progress"/>
    /// hears each year as it is settled.</summary>
    public static IReadOnlyList<InferredYear> Infer(Scenario scenario, IReadOnlyList<HarvestRecord> records, IReadOnlyList<DroughtYear> droughts,
        int runs, RunPlan plan, Action<InferredYear, int>? progress = null)
    {
        var weather = new Dictionary<(int, int), double>();
        var result = new List<InferredYear>();
        foreach (var record in records.OrderBy(r => r.Year))
        {
            if (Month.Of(record.Year, 8) > scenario.End || Month.Of(record.Year, 8) < scenario.Start) continue;
            var drought = droughts.FirstOrDefault(d => d.Year == record.Year && d.Zones.Count > 0);
            double[] Factors(double s)
            {
                var f = new double[Zones.Count];
                for (int z = 0; z < Zones.Count; z++) f[z] = drought is null ? s : drought.Factor(z, s);
                return f;
            }
            double Harvest(double s)
            {
                var trial = new Dictionary<(int, int), double>(weather);
                var f = Factors(s);
                for (int z = 0; z < Zones.Count; z++) trial[(record.Year, z)] = f[z];
                return MeanMeasure(scenario, record, trial, runs, plan);
            }
            double target = record.TargetMt;
            // Secant on the factor, from a normal year and the proportional guess.
            double s0 = 1, h0 = Harvest(s0);
            double s1 = Math.Clamp(s0 * target / h0, MinFactor, MaxFactor), h1 = Harvest(s1);
            int steps = 2;
            while (Math.Abs(h1 / target - 1) > Tolerance && steps < MaxSteps && h1 != h0)
            {
                double s2 = Math.Clamp(s1 + (target - h1) * (s1 - s0) / (h1 - h0), MinFactor, MaxFactor);
                (s0, h0) = (s1, h1);
                (s1, h1) = (s2, Harvest(s2));
                steps++;
                if (s1 == s0) break;
            }
            var factors = Factors(s1);
            for (int z = 0; z < Zones.Count; z++) weather[(record.Year, z)] = factors[z];
            var year = new InferredYear(record.Year, factors, record, h1, drought);
            result.Add(year);
            progress?.Invoke(year, steps);
        }
        return result;
    }

    /// <summary>The ensemble's mean of the record's measure (<see cref="HarvestRecord.Measure"/>) under
    /// <paramref name="weather"/>; the scenario's scripted weather of the years inferred is left out.</summary>
    public static double MeanMeasure(Scenario scenario, HarvestRecord record, IReadOnlyDictionary<(int, int), double> weather, int runs, RunPlan plan)
    {
        int year = record.Year;
        var harvests = new double[runs];
        var recorded = scenario.Recorded with { Weather = new RecordedWeather(weather, "inference") };
        var years = weather.Keys.Select(k => k.Item1).ToHashSet();
        var events = scenario.Events.Where(e => !(e.Kind == EventKind.Drought && years.Contains(e.Month.Year))).ToList();
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = plan.Threads }, i =>
        {
            var config = plan.Member(scenario, i) with { End = Month.Of(year, 8), Recorded = recorded, Events = events };
            var r = new Simulation(config).Run();
            harvests[i] = record.Measure(r);
        });
        return harvests.Average();
    }

    /// <summary>How unusual a year's inferred weather is as weather: the largest |z| over its zones of
    /// z = (ln f + σ²/2)/σ, σ the zone's spread times <c>weather_sd</c> - the standard normal that the
    /// drawn weather (Countryside/Weather) would need to give the factor.</summary>
    public static double WeatherZ(InferredYear y, Parameters p)
    {
        double worst = 0;
        for (int z = 0; z < Zones.Count; z++)
        {
            if (y.Drought is not null && !y.Drought.Zones.Contains(z)) continue;
            double sigma = Zones.All[z].WeatherSd * p.WeatherSd;
            double score = (Math.Log(y.Factors[z]) + 0.5 * sigma * sigma) / sigma;
            if (Math.Abs(score) > Math.Abs(worst)) worst = score;
        }
        return worst;
    }

    /// <summary>What the inference says about the model when a year's weather does not look like
    /// weather: a drought zone above normal (the model's harvest is below the record even without
    /// the drought), or a factor the drawn weather gives less than once in a hundred years (|z| &gt; 2.33):
    /// the model's harvest or its weather's spread is off, not necessarily the weather.</summary>
    public static string Warning(InferredYear y, Parameters p)
    {
        double f = y.Drought is null ? y.Factors[0] : y.Factors[y.Drought.Core.Count > 0 ? y.Drought.Core[0] : y.Drought.Zones[0]];
        if (y.Drought is not null && f > 1) return "WARNING: the drought zones come out above normal - the model's harvest is below the record without the drought";
        double z = WeatherZ(y, p);
        if (Math.Abs(z) > 2.33) return FormattableString.Invariant($"WARNING: z = {z:0.0}, weather the model's draws give less than once in a hundred years - the model's harvest or the spread of its weather is off");
        return "";
    }

    /// <summary>The inferred weather as the scenario's recorded-weather CSV (RecordedWeatherFile), with the method in its comment lines.</summary>
    public static string ToCsv(IReadOnlyList<InferredYear> years, string scenarioName, int runs, RunPlan plan, Parameters parameters)
    {
        static string N(double v, string f = "0.####") => v.ToString(f, CultureInfo.InvariantCulture);
        static string Q(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        var sb = new StringBuilder();
        sb.Append("# The recorded harvest weather, inferred from the recorded harvests by `onecountry infer-weather` (Experiments/WeatherInference).\n");
        sb.Append($"# Method: crop year by crop year, the yield factor that makes the mean harvest of August of {runs} runs of '{scenarioName}'\n");
        sb.Append($"# (seeds {plan.FirstSeed} to {plan.FirstSeed + (ulong)runs - 1}, scale {N(plan.Scale)}, model {RunManifest.ModelVersion}), the years before already inferred, equal target_mt,\n");
        sb.Append("# the geometric mean of the lowest and highest estimate in data/ (record_low_mt, record_high_mt; sources in 'source');\n");
        sb.Append("# for a year whose harvest is not recorded but its yield is, the yield (record_unit c/ha: the harvest over the area harvested).\n");
        sb.Append("# In a year whose drought the sources place (drought_zones; data/drought_geography_1921_1940.csv) those zones share one factor\n");
        sb.Append("# (where the sources name a core, core_zones, the core has the factor f and the other drought zones 1 - (1 - f)/2)\n");
        sb.Append("# and the others keep a normal year (1); else every zone shares one. Re-run the command after a change of the model's harvest.\n");
        sb.Append("# weather_z: the standard normal the drawn weather would need to give the year (its most extreme zone); |z| > 2.33 is flagged in 'note'\n");
        sb.Append("# as weather the model's draws give less than once in a hundred years: the model's harvest, or the spread of its weather, is off.\n");
        sb.Append($"{RecordedWeatherFile.YearColumn},{string.Join(",", Zones.All.Select(z => z.Name))},record_low_mt,record_high_mt,target_mt,inferred_mt,record_unit,weather_z,drought_zones,source,note\n");
        foreach (var y in years)
        {
            sb.Append(y.Year.ToString(CultureInfo.InvariantCulture));
            foreach (var f in y.Factors) sb.Append(',').Append(N(f, "0.######"));
            sb.Append(',').Append(N(y.Record.LowMt, "0.##")).Append(',').Append(N(y.Record.HighMt, "0.##")).Append(',').Append(N(y.Record.TargetMt, "0.##"))
              .Append(',').Append(N(y.InferredMt, "0.##")).Append(',').Append(y.Record.Unit).Append(',').Append(N(WeatherZ(y, parameters), "0.##"))
              .Append(',').Append(y.Drought is null ? "none" : string.Join("+", y.Drought.Zones.Select(z => Zones.All[z].Name)))
              .Append(',').Append(Q(y.Record.Source + (y.Drought is null ? "" : $"; drought: {y.Drought.Source}")))
              .Append(',').Append(Q(string.Join("; ", new[] { y.Drought?.Note ?? "", Warning(y, parameters) }.Where(t => t.Length > 0)))).Append('\n');
        }
        return sb.ToString();
    }
}
