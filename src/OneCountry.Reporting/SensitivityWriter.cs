using OneCountry.Scenarios;
using OneCountry.Model.Engine;
using System.Text.Json;
using OneCountry.Experiments;

namespace OneCountry.Reporting;

/// <summary>Writes a sensitivity sweep: <c>sensitivity.csv</c>, one row per parameter and measure
/// (the range swept, the medians at the baseline and at each end, the paired effect and its
/// band), and <c>manifest.json</c> (model version, scenario file and hash, seeds, scale, the
/// parameters swept). Files are written atomically; the manifest goes last.</summary>
public static class SensitivityWriter
{
    private static readonly JsonSerializerOptions Json = TableWriters.ManifestJson;

    public static IReadOnlyList<string> Write(SensitivityReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        static string N(double v) => CsvWriter.Number(v);
        static string Q(string s) => CsvWriter.Field(s);
        CsvWriter.Write(Path.Combine(folder, "sensitivity.csv"), "parameter,group,low,high,measure,unit,baseline_median,low_median,high_median,effect_median,effect_low_5,effect_high_95,runs", w =>
        {
            foreach (var e in report.Effects)
                w.Row(Q(e.Parameter), Q(e.Group), N(e.Low), N(e.High), Q(e.Measure), Q(e.Unit), N(e.BaseMedian), N(e.LowMedian), N(e.HighMedian),
                    N(e.EffectMedian), N(e.EffectLow), N(e.EffectHigh), CsvWriter.Number(report.Runs));
        });
        TableWriters.WriteCodebook(folder, Codebook.Measures(report.Measures));
        var files = new List<string> { "sensitivity.csv", Codebook.FileName, "manifest.json" };
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), stream => JsonSerializer.Serialize(stream, new
        {
            Model = "OneCountry",
            Version = RunManifest.ModelVersion,
            Kind = "sensitivity",
            Scenario = new { report.Scenario.Name, File = Path.GetFileName(report.Scenario.SourcePath), report.Scenario.Sha256, report.Scenario.ParameterOverrides },
            Method = "one at a time: each parameter at the low and the high end of its registry range, the others at the scenario's values; every setting on the same seeds",
            Swept = report.Parameters.Select(p => new { p.Name, p.Group, p.Min, p.Max, p.Default }).ToList(),
            report.Runs,
            report.Scale,
            World = WorldModes.Name(report.World),
            Seeds = $"{report.FirstSeed} to {report.FirstSeed + (ulong)report.Runs - 1} (the same for every setting: common random numbers)",
            Files = files,
        }, Json));
        return files.Select(f => Path.Combine(folder, f)).ToList();
    }

    /// <summary>Writes a Morris screening: <c>morris.csv</c> (per parameter and outcome μ*, μ, σ and
    /// the number of elementary effects) and <c>manifest.json</c> with the design's settings.</summary>
    public static IReadOnlyList<string> WriteMorris(MorrisReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        static string N(double v) => CsvWriter.Number(v);
        static string Q(string s) => CsvWriter.Field(s);
        CsvWriter.Write(Path.Combine(folder, "morris.csv"), "parameter,group,measure,unit,mu_star,mu,sigma,effects,trajectories", w =>
        {
            foreach (var e in report.Effects)
                w.Row(Q(e.Parameter), Q(e.Group), Q(e.Measure), Q(e.Unit), N(e.MuStar), N(e.Mu), N(e.Sigma),
                    CsvWriter.Number(e.Effects), CsvWriter.Number(report.Trajectories));
        });
        CsvWriter.Write(Path.Combine(folder, "morris_ci.csv"), "parameter,group,measure,unit,mu_star,mu_star_low_95,mu_star_high_95,sigma,sigma_low_95,sigma_high_95,effects,trajectories,bootstrap", w =>
        {
            foreach (var e in report.Effects)
                w.Row(Q(e.Parameter), Q(e.Group), Q(e.Measure), Q(e.Unit), N(e.MuStar), N(e.MuStarLow), N(e.MuStarHigh), N(e.Sigma), N(e.SigmaLow), N(e.SigmaHigh),
                    CsvWriter.Number(e.Effects), CsvWriter.Number(report.Trajectories), CsvWriter.Number(report.Resamples));
        });
        TableWriters.WriteCodebook(folder, Codebook.Measures(report.Measures));
        var files = new List<string> { "morris.csv", "morris_ci.csv", Codebook.FileName, "manifest.json" };
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), stream => JsonSerializer.Serialize(stream, new
        {
            Model = "OneCountry",
            Version = RunManifest.ModelVersion,
            Kind = "sensitivity (Morris elementary effects)",
            Scenario = new { report.Scenario.Name, File = Path.GetFileName(report.Scenario.SourcePath), report.Scenario.Sha256, report.Scenario.ParameterOverrides },
            Method = $"Morris (1991) screening, mu* after Campolongo, Cariboni and Saltelli (2007): {report.Trajectories} trajectories on a {report.Levels}-level grid of each parameter's registry range; effects in the outcome's unit per whole range",
            Swept = report.Parameters.Select(p => new { p.Name, p.Group, p.Min, p.Max, p.Default }).ToList(),
            Groups = report.Groups?.Select(g => new { g.Name, Parameters = g.Members.Select(j => report.Parameters[j].Name).ToList() }).ToList(),
            report.Trajectories,
            report.Levels,
            BootstrapResamples = report.Resamples,
            Intervals = "morris_ci.csv: 95% percentile intervals of mu* and sigma over bootstrap resamples of the trajectories (SplitMix64 on the first seed)",
            report.Scale,
            World = WorldModes.Name(report.World),
            Seeds = $"{report.FirstSeed} to {report.FirstSeed + (ulong)report.Trajectories - 1}, one per trajectory (every point of a trajectory runs its seed); the design is drawn from the first seed",
            Files = files,
        }, Json));
        return files.Select(f => Path.Combine(folder, f)).ToList();
    }

    /// <summary>Writes a Sobol analysis: <c>sobol.csv</c> (per outcome and parameter S1 and ST with
    /// their bootstrap intervals at N base rows), <c>sobol_convergence.csv</c> (the same at N/4, N/2
    /// and N) and <c>manifest.json</c> with the design's settings.</summary>
    public static IReadOnlyList<string> WriteSobol(SobolReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        static string N(double v) => CsvWriter.Number(v);
        static string Q(string s) => CsvWriter.Field(s);
        const string columns = "measure,unit,parameter,group,s1,s1_low_95,s1_high_95,st,st_low_95,st_high_95,n";
        void Rows(CsvWriter w, int m, SobolEstimate estimate)
        {
            foreach (var e in estimate.Indices)
            {
                var p = report.Parameters[e.Parameter];
                w.Row(Q(report.Measures[m].Name), Q(report.Measures[m].Unit), Q(p.Name), Q(p.Group), N(e.S1), N(e.S1Low), N(e.S1High), N(e.ST), N(e.STLow), N(e.STHigh), CsvWriter.Number(e.N));
            }
        }
        CsvWriter.Write(Path.Combine(folder, "sobol.csv"), columns + ",replicates", w =>
        {
            for (int m = 0; m < report.Measures.Count; m++)
                foreach (var e in report.Convergence[m][^1].Indices)
                {
                    var p = report.Parameters[e.Parameter];
                    w.Row(Q(report.Measures[m].Name), Q(report.Measures[m].Unit), Q(p.Name), Q(p.Group), N(e.S1), N(e.S1Low), N(e.S1High), N(e.ST), N(e.STLow), N(e.STHigh),
                        CsvWriter.Number(e.N), CsvWriter.Number(report.Replicates));
                }
        });
        CsvWriter.Write(Path.Combine(folder, "sobol_convergence.csv"), columns, w =>
        {
            for (int m = 0; m < report.Measures.Count; m++)
                foreach (var estimate in report.Convergence[m]) Rows(w, m, estimate);
        });
        TableWriters.WriteCodebook(folder, Codebook.Measures(report.Measures));
        var files = new List<string> { "sobol.csv", "sobol_convergence.csv", Codebook.FileName, "manifest.json" };
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), stream => JsonSerializer.Serialize(stream, new
        {
            Model = "OneCountry",
            Version = RunManifest.ModelVersion,
            Kind = "sensitivity (Sobol indices)",
            Scenario = new { report.Scenario.Name, File = Path.GetFileName(report.Scenario.SourcePath), report.Scenario.Sha256, report.Scenario.ParameterOverrides },
            Method = $"Sobol first-order (Saltelli et al. 2010) and total-order (Jansen 1999) indices on a Saltelli design: points {report.BaseRows} to {2 * report.BaseRows - 1} of a Sobol sequence of dimension {2 * report.Parameters.Count} (Joe-Kuo new-joe-kuo-6.21201) as matrices A and B, and A with each column from B; each parameter uniform over its registry range; a row's output is the mean over its replicates; 95% percentile intervals from {report.Resamples} bootstrap resamples of the base rows (SplitMix64 on the first seed); convergence at N/4, N/2 and N base rows",
            Swept = report.Parameters.Select(p => new { p.Name, p.Group, p.Min, p.Max, p.Default }).ToList(),
            report.BaseRows,
            DesignRows = report.Rows,
            report.Replicates,
            Runs = report.Rows * report.Replicates,
            BootstrapResamples = report.Resamples,
            report.Scale,
            World = WorldModes.Name(report.World),
            Seeds = $"{report.FirstSeed} to {report.FirstSeed + (ulong)report.Replicates - 1}, the same for every design row (common random numbers); the bootstrap is drawn from the first seed",
            Files = files,
        }, Json));
        return files.Select(f => Path.Combine(folder, f)).ToList();
    }
}
