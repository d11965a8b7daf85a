using System.Globalization;
using OneCountry.Experiments;
using Parquet;
using Parquet.Schema;

namespace OneCountry.Reporting;

/// <summary>What a calibration found: its priors and settings, every generation, and the posterior predictive.</summary>
public sealed record CalibrationReport(string Scenario, IReadOnlyList<AbcPrior> Priors, AbcSettings Settings, AbcResult Result, Predictive Predictive,
    IReadOnlyList<ValidationPattern> Targets, double Scale, string World);

/// <summary>
/// Writes a calibration's files: each generation as it finishes (<c>generation-NN.csv</c>, read
/// back by <see cref="ReadGeneration"/> to resume), and at the end <c>generations.csv</c> (every
/// generation's particles), <c>posterior.csv</c> and <c>posterior.parquet</c> (the final
/// generation: values, weight, distance, seed), <c>posterior_summary.csv</c> (weighted mean, sd and
/// quantiles per parameter, beside its prior), <c>patterns.csv</c> (every target and check at the
/// posterior: pass rate, median and 5–95%), <c>predictive.csv</c> (the target series' posterior
/// predictive bands) and the report. Numbers are written round-trip ("R"), so a generation read
/// back is the generation written.
/// </summary>
public static class CalibrationWriter
{
    public static string GenerationFile(int index) => $"generation-{index:D2}.csv";

    private static string Header(IReadOnlyList<AbcPrior> priors) =>
        "generation,tolerance,simulations,particle," + string.Join(",", priors.Select(p => p.Name)) + ",weight,distance,seed";

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static void Rows(CsvWriter w, AbcGeneration g)
    {
        for (int i = 0; i < g.Particles.Count; i++)
        {
            var p = g.Particles[i];
            w.Row($"{g.Index},{R(g.Tolerance)},{g.Simulations},{i},{string.Join(",", p.Theta.Select(R))},{R(p.Weight)},{R(p.Distance)},{p.Seed}");
        }
    }

    /// <summary>One finished generation, atomically.</summary>
    public static void WriteGeneration(string path, AbcGeneration g, IReadOnlyList<AbcPrior> priors) =>
        CsvWriter.Write(path, Header(priors), w => Rows(w, g));

    /// <summary>A generation written by <see cref="WriteGeneration"/>.</summary>
    /// <exception cref="InvalidDataException">the file is not a generation of these parameters.</exception>
    public static AbcGeneration ReadGeneration(string path, IReadOnlyList<AbcPrior> priors)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length < 2 || lines[0] != Header(priors)) throw new InvalidDataException($"{path}: not a generation of these parameters (header {lines.FirstOrDefault()})");
        int k = priors.Count, index = -1;
        double tolerance = double.NaN;
        long simulations = 0;
        var particles = new List<AbcParticle>();
        for (int l = 1; l < lines.Length; l++)
        {
            var f = lines[l].Split(',');
            if (f.Length != 4 + k + 3) throw new InvalidDataException($"{path}:{l + 1}: {f.Length} fields, expected {4 + k + 3}");
            double D(int i) => double.Parse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            index = int.Parse(f[0], CultureInfo.InvariantCulture);
            tolerance = D(1);
            simulations = long.Parse(f[2], CultureInfo.InvariantCulture);
            particles.Add(new AbcParticle(Enumerable.Range(0, k).Select(j => D(4 + j)).ToArray(), D(4 + k), D(5 + k), ulong.Parse(f[6 + k], CultureInfo.InvariantCulture)));
        }
        return new AbcGeneration(index, tolerance, particles, simulations);
    }

    public static IReadOnlyList<string> Write(CalibrationReport report, string folder, bool withReport)
    {
        var files = new List<string>();
        var priors = report.Priors;
        var final = report.Result.Final;
        CsvWriter.Write(Path.Combine(folder, "generations.csv"), Header(priors), w => { foreach (var g in report.Result.Generations) Rows(w, g); });
        CsvWriter.Write(Path.Combine(folder, "posterior.csv"), string.Join(",", priors.Select(p => p.Name)) + ",weight,distance,seed", w =>
        {
            foreach (var p in final.Particles) w.Row($"{string.Join(",", p.Theta.Select(R))},{R(p.Weight)},{R(p.Distance)},{p.Seed}");
        });
        WritePosteriorParquet(Path.Combine(folder, "posterior.parquet"), priors, final);
        var summary = AbcSmc.Summarise(final, priors);
        CsvWriter.Write(Path.Combine(folder, "posterior_summary.csv"), "parameter,prior,prior_low,prior_high,prior_sd,mean,sd,q05,q25,q50,q75,q95", w =>
        {
            foreach (var (s, p) in summary.Zip(priors))
                w.Row(string.Join(",", CsvWriter.Field(s.Name), CsvWriter.Field(p.Kind), CsvWriter.Number(p.Low), CsvWriter.Number(p.High), CsvWriter.Number(PriorSd(p)),
                    CsvWriter.Number(s.Mean), CsvWriter.Number(s.Sd), CsvWriter.Number(s.Q05), CsvWriter.Number(s.Q25), CsvWriter.Number(s.Q50), CsvWriter.Number(s.Q75), CsvWriter.Number(s.Q95)));
        });
        CsvWriter.Write(Path.Combine(folder, "patterns.csv"), "pattern,role,in_fit,data,tolerance,unit,pass_rate,median,low_5,high_95,runs", w =>
        {
            foreach (var p in report.Predictive.Patterns)
                w.Row(string.Join(",", CsvWriter.Field(p.Pattern.Name), p.Pattern.RoleName, report.Targets.Any(t => t.Name == p.Pattern.Name) ? "yes" : "no", CsvWriter.Field(p.Pattern.Data),
                    CsvWriter.Field(p.Pattern.Tolerance), CsvWriter.Field(p.Pattern.Unit), CsvWriter.Number(p.PassRate), CsvWriter.Number(p.Median), CsvWriter.Number(p.Low), CsvWriter.Number(p.High), CsvWriter.Number(p.Runs)));
        });
        CsvWriter.Write(Path.Combine(folder, "predictive.csv"), "variable,unit,year,median,low_5,high_95,runs", w =>
        {
            foreach (var b in report.Predictive.Bands)
                for (int y = 0; y < b.Years.Length; y++)
                    w.Row(string.Join(",", b.Variable, CsvWriter.Field(b.Unit), CsvWriter.Number(b.Years[y]), CsvWriter.Number(b.Median[y]), CsvWriter.Number(b.Low[y]), CsvWriter.Number(b.High[y]), CsvWriter.Number(report.Predictive.Runs)));
        });
        files.AddRange(["generations.csv", "posterior.csv", "posterior.parquet", "posterior_summary.csv", "patterns.csv", "predictive.csv"]);
        if (withReport) files.AddRange(Html(report, summary, folder));
        return files;
    }

    /// <summary>The prior's sd (of the uniform, or of the normal before truncation).</summary>
    public static double PriorSd(AbcPrior p) => p.IsNormal ? p.Sd!.Value : (p.High - p.Low) / Math.Sqrt(12);

    private static void WritePosteriorParquet(string path, IReadOnlyList<AbcPrior> priors, AbcGeneration g) =>
        AtomicFile.WriteAsync(path, async stream =>
        {
            var fields = priors.Select(p => new DataField<double>(p.Name)).ToList();
            var weight = new DataField<double>("weight");
            var distance = new DataField<double>("distance");
            var seed = new DataField<ulong>("seed");
            var all = fields.Cast<Field>().Concat([weight, distance, seed]).ToArray();
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(all), stream);
            using var group = writer.CreateRowGroup();
            for (int j = 0; j < fields.Count; j++) await group.WriteAsync<double>(fields[j], g.Particles.Select(p => p.Theta[j]).ToArray().AsMemory());
            await group.WriteAsync<double>(weight, g.Particles.Select(p => p.Weight).ToArray().AsMemory());
            await group.WriteAsync<double>(distance, g.Particles.Select(p => p.Distance).ToArray().AsMemory());
            await group.WriteAsync<ulong>(seed, g.Particles.Select(p => p.Seed).ToArray().AsMemory());
        }).GetAwaiter().GetResult();

    private static IReadOnlyList<string> Html(CalibrationReport report, IReadOnlyList<AbcSummary> summary, string folder)
    {
        static string F(double v) => HtmlReport.F(v);
        var r = report.Result;
        var sections = new List<ReportSection>
        {
            new("Generations", HtmlReport.Table(["generation", "tolerance", "simulations", "acceptance", "effective sample size"],
                r.Generations.Select(g => (IReadOnlyList<string>)[g.Index.ToString(CultureInfo.InvariantCulture), double.IsInfinity(g.Tolerance) ? "∞ (the prior)" : F(g.Tolerance),
                    g.Simulations.ToString(CultureInfo.InvariantCulture), g.AcceptanceRate.ToString("P1", CultureInfo.InvariantCulture), F(g.EffectiveSize)])), []),
            new("Posterior", HtmlReport.Paragraph("Weighted over the final generation's particles; the prior's sd beside the posterior's says how much the targets taught.")
                + HtmlReport.Table(["parameter", "prior", "prior range", "prior sd", "mean", "sd", "5%", "median", "95%"],
                    summary.Zip(report.Priors).Select(x => (IReadOnlyList<string>)[x.First.Name, x.Second.Kind, $"{F(x.Second.Low)} – {F(x.Second.High)}", F(PriorSd(x.Second)),
                        F(x.First.Mean), F(x.First.Sd), F(x.First.Q05), F(x.First.Q50), F(x.First.Q95)])), []),
        };
        foreach (var role in new[] { PatternRole.Check, PatternRole.Target })
        {
            var rows = report.Predictive.Patterns.Where(p => p.Pattern.Role == role).ToList();
            string heading = role == PatternRole.Check
                ? $"Checks at the posterior (not in the fit): {rows.Count(p => p.PassRate >= 0.5)} of {rows.Count} pass in at least half the predictive runs"
                : $"Targets at the posterior (the fit): {rows.Count(p => p.PassRate >= 0.5)} of {rows.Count} pass in at least half the predictive runs";
            sections.Add(new(heading, HtmlReport.Table(["pattern", "data", "tolerance", "posterior median (5-95%)", "pass rate"],
                rows.Select(p => (IReadOnlyList<string>)[p.Pattern.Name, p.Pattern.Data, p.Pattern.Tolerance, p.Runs == 0 ? "not measured" : $"{F(p.Median)} ({F(p.Low)} – {F(p.High)})",
                    double.IsNaN(p.PassRate) ? "-" : p.PassRate.ToString("P0", CultureInfo.InvariantCulture)])), []));
        }
        var data = ReferenceData.For(report.Targets);
        var charts = new List<Chart>();
        foreach (var b in report.Predictive.Bands)
        {
            var spec = ReferenceData.Charts.FirstOrDefault(c => c.Variable == b.Variable);
            double scale = spec?.Scale ?? 1;
            var band = new Band(b.Variable, b.Unit, b.Years, b.Median.Select(v => v * scale).ToArray(), b.Low.Select(v => v * scale).ToArray(), b.High.Select(v => v * scale).ToArray())
                { Runs = report.Predictive.Runs };
            charts.Add(Charts.Fan("predictive-" + b.Variable, (spec?.Title ?? b.Variable) + ": posterior predictive", spec?.YLabel ?? b.Unit,
                [new ChartSeries("posterior predictive", band)], data.GetValueOrDefault(b.Variable), $"one run per particle of the final generation, weighted (yearly, {report.Predictive.Runs} runs)"));
        }
        sections.Add(new("Posterior predictive of the target series", HtmlReport.Paragraph("Per year the weighted median and 5-95% of one fresh run per particle (its own seed), with the targets' data."), charts));
        var facts = new List<(string, string)>
        {
            ("Scenario", report.Scenario),
            ("Method", $"ABC-SMC: population {report.Settings.Population}, tolerance each generation the {report.Settings.Quantile:0.##} quantile of the last one's distances, Gaussian kernel of twice the weighted covariance (Beaumont et al. 2009)"),
            ("Distance", $"root mean square of the misses of the {report.Targets.Count} targets (1 = at the edge of each tolerance)"),
            ("Stopped", $"{r.Stop} after generation {r.Final.Index}: tolerance {F(r.Final.Tolerance)}, {r.Simulations} simulations"),
            ("Scale", report.Scale.ToString(CultureInfo.InvariantCulture)),
            ("World", report.World),
        };
        return HtmlReport.Write(folder, $"Calibration of {report.Scenario} by ABC-SMC", facts, sections);
    }
}
