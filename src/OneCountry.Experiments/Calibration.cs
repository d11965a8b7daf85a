using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OneCountry.Model;
using OneCountry.Model.Country;
using OneCountry.Scenarios;
using YamlDotNet.RepresentationModel;

namespace OneCountry.Experiments;

/// <summary>A calibration as a YAML file names it: the scenario, the parameters with their priors,
/// and the ABC-SMC settings (each may be given on the command line instead).</summary>
public sealed record CalibrationSpec(string File, string Sha256, string? Scenario, IReadOnlyList<AbcPrior> Priors,
    int? Population = null, int? Generations = null, double? Quantile = null, double? FinalTolerance = null, long? Budget = null, ulong? Seed = null, double? Scale = null);

/// <summary>Reads calibration files:
/// <code>
/// scenario: historical
/// population: 60          # particles a generation
/// generations: 3          # after the prior's
/// quantile: 0.5           # each tolerance: this quantile of the last generation's distances
/// final_tolerance: 0.5    # optional: stop once reached
/// budget: 2000            # optional: at most this many simulations
/// seed: 1
/// scale: 5000
/// parameters:
///   base_yield: {}                         # uniform over the registry's range
///   famine_mortality: {range: [0.3, 0.7]}  # uniform over a part of it
///   migration_rate: {normal: [0.02, 0.005]} # normal (mean, sd) truncated to the range
/// </code>
/// Errors name the file, line and column and the field (<see cref="DesignException"/>).</summary>
public static class CalibrationSpecs
{
    public const int MaxParameters = 30;
    private static readonly string[] TopKeys = ["scenario", "population", "generations", "quantile", "final_tolerance", "budget", "seed", "scale", "parameters"];
    private static readonly string[] PriorKeys = ["range", "normal"];

    public static CalibrationSpec Load(string path)
    {
        byte[] bytes;
        try { bytes = System.IO.File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DesignException(path, "1:1", "file", $"cannot be read: {e.Message}");
        }
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".yaml" or ".yml")) throw new DesignException(path, "1:1", "file", $"'{ext}' is not a calibration: give a .yaml file");
        return Parse(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), Encoding.UTF8.GetString(bytes));
    }

    public static CalibrationSpec Parse(string file, string sha, string text)
    {
        var (root, f) = YamlMapping.Read(file, text, TopKeys, "calibration", "expected a mapping with parameters");
        static string At(YamlNode n) => YamlMapping.At(n);
        string Scalar(string key) => f[key] is YamlScalarNode { Value: { } s } ? s : throw new DesignException(file, At(f[key]), key, "expected a single value");
        T? Whole<T>(string key, T min, T max, string what) where T : struct, System.Numerics.IBinaryInteger<T>
        {
            if (!f.ContainsKey(key)) return null;
            return T.TryParse(Scalar(key), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v
                : throw new DesignException(file, At(f[key]), key, $"'{Clip(Scalar(key))}' is not {what} from {min} to {max}");
        }
        double? Real(string key, Func<double, bool> ok, string what)
        {
            if (!f.ContainsKey(key)) return null;
            return double.TryParse(Scalar(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && ok(v) ? v
                : throw new DesignException(file, At(f[key]), key, $"'{Clip(Scalar(key))}' is not {what}");
        }
        var spec = new CalibrationSpec(file, sha, f.ContainsKey("scenario") ? Scalar("scenario") : null, [],
            Population: Whole("population", 2, 1_000_000, "a number of particles"),
            Generations: Whole("generations", 0, 1000, "a number of generations"),
            Quantile: Real("quantile", q => q > 0 && q < 1, "a quantile between 0 and 1"),
            FinalTolerance: Real("final_tolerance", e => e >= 0 && double.IsFinite(e), "a tolerance of 0 or more"),
            Budget: Whole("budget", 2L, 1_000_000_000L, "a number of simulations"),
            Seed: Whole("seed", 0UL, ulong.MaxValue, "a seed"),
            Scale: Real("scale", RunPlan.IsScale, $"a scale from {RunPlan.MinScale} to {RunPlan.MaxScale}"));

        if (!f.TryGetValue("parameters", out var pn) || pn is not YamlMappingNode map || map.Children.Count == 0)
            throw new DesignException(file, At(f.GetValueOrDefault("parameters") ?? root), "parameters", "missing or empty: a mapping of parameter names to {} (uniform over the registry's range), {range: [low, high]} or {normal: [mean, sd]}");
        if (map.Children.Count > MaxParameters) throw new DesignException(file, At(pn), "parameters", $"{map.Children.Count} parameters; at most {MaxParameters}");
        var priors = new List<AbcPrior>();
        foreach (var (k, v) in map.Children)
        {
            string name = (k as YamlScalarNode)?.Value ?? "";
            string field = $"parameters.{Clip(name)}";
            if (!ParameterRegistry.TryIndex(name, out int index)) throw new DesignException(file, At(k), field, "unknown parameter (onecountry params lists them)");
            if (priors.Any(p => p.Name == name)) throw new DesignException(file, At(k), field, "given twice");
            var reg = ParameterRegistry.All[index];
            if (v is not YamlMappingNode pm) throw new DesignException(file, At(v), field, "expected {}, {range: [low, high]} or {normal: [mean, sd]}");
            double low = reg.Min, high = reg.Max;
            double? mean = null, sd = null;
            foreach (var (sk, sv) in pm.Children)
            {
                string key = (sk as YamlScalarNode)?.Value ?? "";
                if (!PriorKeys.Contains(key)) throw new DesignException(file, At(sk), $"{field}.{Clip(key)}", $"unknown key; allowed: {string.Join(", ", PriorKeys)}");
                if (sv is not YamlSequenceNode seq || seq.Children.Count != 2) throw new DesignException(file, At(sv), $"{field}.{key}", key == "range" ? "expected [low, high]" : "expected [mean, sd]");
                double Number(int i) => seq.Children[i] is YamlScalarNode { Value: { } t } && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x
                    : throw new DesignException(file, At(seq.Children[i]), $"{field}.{key}[{i}]", "expected a number");
                if (key == "range")
                {
                    (low, high) = (Number(0), Number(1));
                    if (!(low < high)) throw new DesignException(file, At(sv), $"{field}.range", $"the low end {low} must be below the high end {high}");
                    if (low < reg.Min || high > reg.Max) throw new DesignException(file, At(sv), $"{field}.range", $"[{low}, {high}] leaves the parameter's registry range [{reg.Min}, {reg.Max}]");
                }
                else
                {
                    (mean, sd) = (Number(0), Number(1));
                    if (!(sd > 0)) throw new DesignException(file, At(sv), $"{field}.normal", $"the sd must be above 0, not {sd}");
                }
            }
            if (mean is { } m && (m < low || m > high)) throw new DesignException(file, At(k), field, $"the normal prior's mean {m} is outside [{low}, {high}]");
            priors.Add(new AbcPrior(name, low, high, mean, sd));
        }
        return spec with { Priors = priors };
    }

    private static string Clip(string s) => YamlMapping.Clip(s);
}

/// <summary>A validation pattern at the posterior: measured on one predictive run per particle of
/// the final generation, with the particles' weights.</summary>
/// <param name="PassRate">The weighted share of the predictive runs in which the pattern passes.</param>
/// <param name="Median">The weighted median of the pattern's value (and its 5–95% quantiles).</param>
public sealed record PosteriorPattern(ValidationPattern Pattern, double PassRate, double Median, double Low, double High, int Runs);

/// <summary>A yearly series at the posterior: per year the weighted median and 5–95% quantiles of the predictive runs.</summary>
public sealed record PredictiveBand(string Variable, string Unit, int[] Years, double[] Median, double[] Low, double[] High);

/// <summary>The posterior predictive of a calibration: the target and check patterns and the target series.</summary>
public sealed record Predictive(IReadOnlyList<PosteriorPattern> Patterns, IReadOnlyList<PredictiveBand> Bands, int Runs);

/// <summary>
/// Calibration of the model by ABC-SMC (<see cref="AbcSmc"/>) against the validation patterns
/// tagged target (<see cref="HistoryValidation"/>). A particle is one run on its own seed with the
/// particle's parameter values over the scenario's; its distance is the root mean square of the
/// targets' misses (<see cref="ValidationPattern.Miss"/>: at most 1 where a target passes), so a
/// tolerance of 1 means "every target within its tolerance on average". The checks never enter the
/// fit: they are measured afterwards on the posterior predictive, a fresh run per particle of the
/// final generation (with the comparison checks' counterfactual scenarios on the same seed and
/// parameters), and reported apart.
/// </summary>
public static class ModelCalibration
{
    /// <summary>The targets the distance is made of: every target pattern that is measured on one run.</summary>
    public static IReadOnlyList<ValidationPattern> Targets(HistoricalData data) =>
        HistoryValidation.Patterns(data).Where(p => p.Role == PatternRole.Target && p.Measure is not null).ToList();

    /// <summary>The distance of a run from the targets: √(mean of the squared misses); infinite when one cannot be measured.</summary>
    public static double Distance(IReadOnlyList<ValidationPattern> targets, SimulationResult r)
    {
        double sum = 0;
        foreach (var t in targets)
        {
            double miss;
            try { miss = t.Miss!(t.Measure!(r)); }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException) { return double.PositiveInfinity; }
            if (!double.IsFinite(miss)) return double.PositiveInfinity;
            sum += miss * miss;
        }
        return Math.Sqrt(sum / targets.Count);
    }

    /// <summary>The configuration of a particle: the scenario on the seed, single-threaded, with the particle's values.</summary>
    public static SimulationConfig Config(Scenario scenario, RunPlan plan, IReadOnlyList<AbcPrior> priors, double[] theta, ulong seed)
    {
        var config = plan.OnSeed(scenario, seed);
        var spec = priors.Select(p => ParameterRegistry.Get(p.Name)).ToList();
        return config with { Parameters = config.Parameters.With(priors.Select((p, i) => new KeyValuePair<string, double>(p.Name, Math.Clamp(theta[i], spec[i].Min, spec[i].Max)))) };
    }

    /// <summary>The simulator the ABC core calls: one run of the particle, its distance from the targets.</summary>
    public static Func<double[], ulong, double> Simulator(Scenario scenario, RunPlan plan, IReadOnlyList<AbcPrior> priors, IReadOnlyList<ValidationPattern> targets)
    {
        if (targets.FirstOrDefault(t => t.Miss is null) is { } bare) throw new ArgumentException($"target '{bare.Name}' has no miss", nameof(targets));
        return (theta, seed) => Distance(targets, new Simulation(Config(scenario, plan, priors, theta, seed)).Run());
    }

    /// <summary>The seed of particle i's predictive run.</summary>
    public static ulong PredictiveSeed(ulong seed, int particle)
    {
        var rng = new SplitMix64(seed ^ 0xA5A5_5A5A_C3C3_3C3CUL);
        for (int i = 0; i <= particle % 7; i++) rng.Next();
        return (rng.Next() ^ ((ulong)particle * 0x9E3779B97F4A7C15UL)) >> 1;
    }

    /// <summary>The posterior predictive: a run per particle of <paramref name="final"/> on its own
    /// seed (and, for the historical scenario, each comparison check's counterfactual on the same
    /// seed and values), every pattern measured, weighted by the particles' weights.</summary>
    public static Predictive Predict(Scenario scenario, HistoricalData data, RunPlan plan, IReadOnlyList<AbcPrior> priors, AbcGeneration final, ulong seed,
        IReadOnlyList<InputAssignment> inputs, Action<int, int>? progress = null)
    {
        var patterns = HistoryValidation.Patterns(data);
        var others = scenario.Name == HistoryValidation.HistoricalName
            ? patterns.Where(p => p.Against is not null).Select(p => p.Against!.Scenario).Distinct().ToList() : [];
        var scenarios = new List<Scenario> { scenario };
        scenarios.AddRange(others.Select(n => InputAssignments.Apply(HistoryValidation.Counterfactual(scenario, n), inputs)));
        int n = final.Particles.Count;
        var runs = Ensemble.RunJobs(n * scenarios.Count, plan.Threads, job =>
        {
            int i = job / scenarios.Count, s = job % scenarios.Count;
            return new Simulation(Config(scenarios[s], plan, priors, final.Particles[i].Theta, PredictiveSeed(seed, i))).Run();
        }, progress);
        var weights = final.Particles.Select(p => p.Weight).ToArray();
        SimulationResult Run(int particle, int s) => runs[particle * scenarios.Count + s];

        var results = new List<PosteriorPattern>();
        foreach (var p in patterns)
        {
            if (!p.Modelled || (p.Against is { } a && !others.Contains(a.Scenario)))
            {
                results.Add(new PosteriorPattern(p, double.NaN, double.NaN, double.NaN, double.NaN, 0));
                continue;
            }
            var values = new double[n];
            for (int i = 0; i < n; i++)
            {
                try { values[i] = p.Against is { } against ? against.Measure(Run(i, 0), Run(i, 1 + others.IndexOf(against.Scenario))) : p.Measure!(Run(i, 0)); }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException) { values[i] = double.NaN; }
            }
            double pass = 0, total = 0;
            var pairs = new List<(double, double)>();
            for (int i = 0; i < n; i++)
            {
                if (!double.IsFinite(values[i])) continue;
                total += weights[i];
                if (p.Passes(values[i])) pass += weights[i];
                pairs.Add((values[i], weights[i]));
            }
            results.Add(new PosteriorPattern(p, total > 0 ? pass / total : double.NaN, AbcSmc.WeightedQuantile(pairs, 0.5), AbcSmc.WeightedQuantile(pairs, 0.05), AbcSmc.WeightedQuantile(pairs, 0.95), pairs.Count));
        }

        // The series the targets are read from, by year.
        var variables = patterns.Where(p => p.Role == PatternRole.Target).SelectMany(p => p.Points).Select(d => d.Variable).Distinct().ToList();
        var bands = new List<PredictiveBand>();
        var first = Run(0, 0);
        var years = Enumerable.Range(0, first.Months).GroupBy(t => first.MonthAt(t).Year).Where(g => g.Count() == 12).Select(g => g.Key).ToArray();
        foreach (var name in variables)
        {
            int v = Variables.IndexOf(name);
            var spec = Variables.All[v];
            var median = new double[years.Length];
            var low = new double[years.Length];
            var high = new double[years.Length];
            for (int y = 0; y < years.Length; y++)
            {
                var pairs = Enumerable.Range(0, n).Select(i => (EnsembleSeries.Aggregate(Run(i, 0), years[y], v, spec.Yearly), weights[i])).Where(x => double.IsFinite(x.Item1)).ToList();
                (median[y], low[y], high[y]) = (AbcSmc.WeightedQuantile(pairs, 0.5), AbcSmc.WeightedQuantile(pairs, 0.05), AbcSmc.WeightedQuantile(pairs, 0.95));
            }
            bands.Add(new PredictiveBand(name, spec.Unit, years, median, low, high));
        }
        return new Predictive(results, bands, n);
    }
}
