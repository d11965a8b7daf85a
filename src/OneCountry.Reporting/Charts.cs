using OneCountry.Model.Engine;
using System.Globalization;
using OneCountry.Experiments;
using ScottPlot;

namespace OneCountry.Reporting;

/// <summary>A chart of a report: its file name, title, a caption naming the model's source and the
/// data's, and the ScottPlot plot. Every chart has a title, axis labels with units and a legend.</summary>
public sealed record Chart(string Id, string Title, string Caption, Plot Plot, int Width = 900, int Height = 480)
{
    /// <summary>What the reader must know before trusting the chart (a band drawn from too few runs), or null.</summary>
    public string? Warning { get; init; }
}

/// <summary>A model series to chart: one scenario's yearly band (or one run's line when the band is flat).</summary>
public sealed record ChartSeries(string Label, Band Band);

/// <summary>
/// The report charts, drawn with ScottPlot 5 (headless, PNG and SVG): fan charts of ensemble bands
/// with the data drawn over them, scenarios overlaid, the windows' outcome frequencies and the
/// event timeline with probabilities.
/// </summary>
public static class Charts
{
    static Charts() => Fonts.Default = "DejaVu Sans";

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#9467bd"),
        Color.FromHex("#ff7f0e"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
    ];

    public static Color ColorOf(int i) => Palette[i % Palette.Length];

    /// <summary>The fewest runs a 5-95% band is drawn from without a warning: with fewer, the band's
    /// edges (nearest rank) are the lowest and highest run or next to them, not estimates of the
    /// 5th and 95th percentiles.</summary>
    public const int MinBandRuns = 20;

    /// <summary>The warning for a 5-95% band drawn from <paramref name="runs"/> runs, or null when they are enough.</summary>
    public static string? ThinBand(int runs) => runs is > 1 and < MinBandRuns
        ? $"the 5-95% band is drawn from only {runs} runs; with fewer than {MinBandRuns} its edges are the extreme runs, not the 5th and 95th percentiles. Use --runs {MinBandRuns} or more."
        : null;

    /// <summary>The warning on the chart itself too, so that its PNG and SVG files carry it.</summary>
    private static Chart Warn(Chart chart, string? warning)
    {
        if (warning is null) return chart;
        var note = chart.Plot.Add.Annotation("Warning: " + warning.Split(';')[0], Alignment.LowerRight);
        note.LabelFontSize = 11;
        note.LabelBackgroundColor = Color.FromHex("#fff4d6");
        return chart with { Warning = warning };
    }

    /// <summary>Median lines with 5–95% bands for each series, and the data (points, or a band) drawn over them.</summary>
    public static Chart Fan(string id, string title, string yLabel, IReadOnlyList<ChartSeries> series, ReferenceSeries? data, string modelSource)
    {
        var plot = new Plot();
        int fewest = int.MaxValue;
        for (int i = 0; i < series.Count; i++)
        {
            var b = series[i].Band;
            double[] x = b.X;
            var color = ColorOf(i);
            if (b.Low.Zip(b.High).Any(p => p.Second > p.First))
            {
                var fill = plot.Add.FillY(x, b.Low, b.High);
                fill.FillColor = color.WithAlpha(0.18);
                fill.LineWidth = 0;
                fill.LegendText = "";
                fewest = Math.Min(fewest, b.Runs);
            }
            var line = plot.Add.ScatterLine(x, b.Median, color);
            line.LineWidth = 2;
            line.LegendText = series[i].Label + (b.Low.Zip(b.High).Any(p => p.Second > p.First) ? " (median, 5-95%)" : "");
        }
        string caption = $"Model: {modelSource}.";
        if (data is not null && data.Years.Length > 0)
        {
            var black = Colors.Black;
            if (data.High is { } high)
            {
                var band = plot.Add.FillY(data.Years, data.Values, high);
                band.FillColor = Colors.Gray.WithAlpha(0.25);
                band.LineColor = Colors.Gray;
                band.LegendText = data.Label;
            }
            else
            {
                var m = plot.Add.Markers(data.Years, data.Values, MarkerShape.FilledDiamond, 9, black);
                m.LegendText = data.Label;
            }
            caption += $" Data: {data.Label} ({data.Source}; see data/SOURCES.md).";
        }
        plot.Title(title);
        plot.XLabel("year");
        plot.YLabel(yLabel);
        YearAxis(plot);
        plot.ShowLegend(Alignment.UpperLeft);
        return Warn(new Chart(id, title, caption, plot), ThinBand(fewest));
    }

    /// <summary>Stacked bars: for each window and scenario, the share of runs ending in victory, defeat,
    /// fascist victory, or overtaken (an earlier victory in the same country).</summary>
    public static Chart WindowOutcomes(string id, IReadOnlyList<(string Scenario, IReadOnlyList<WindowOdds> Odds)> scenarios, int runs)
    {
        var plot = new Plot();
        var windows = scenarios.SelectMany(s => s.Odds).Select(o => o.Window).Distinct().ToList();
        string[] outcomes = ["victory", "defeat", "fascist_victory", "overtaken"];
        Color[] colors = [Color.FromHex("#2ca02c"), Color.FromHex("#7f7f7f"), Color.FromHex("#d62728"), Color.FromHex("#c5b0d5")];
        var ticks = new List<Tick>();
        var bars = new List<Bar>();
        double position = 0;
        foreach (var w in windows)
        {
            foreach (var (scenario, odds) in scenarios)
            {
                double bottom = 0;
                for (int o = 0; o < outcomes.Length; o++)
                {
                    double share = odds.FirstOrDefault(x => x.Window == w && x.Outcome == outcomes[o])?.Share ?? 0;
                    if (share <= 0) continue;
                    bars.Add(new Bar { Position = position, ValueBase = bottom, Value = bottom + share, FillColor = colors[o], Size = 0.8 });
                    bottom += share;
                }
                ticks.Add(new Tick(position, scenarios.Count > 1 ? $"{w} / {scenario}" : w));
                position += 1;
            }
            position += 0.6;
        }
        plot.Add.Bars(bars.ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 60;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 190;
        plot.Axes.Margins(bottom: 0);
        var legend = outcomes.Select((o, i) => new LegendItem { LabelText = o.Replace('_', ' '), FillColor = colors[i] }).ToList();
        plot.ShowLegend(Edge.Right);
        plot.Legend.ManualItems.AddRange(legend);
        plot.Title("Revolutionary windows: how the runs ended");
        plot.XLabel("window / scenario");
        plot.YLabel("share of runs");
        return new Chart(id, "Revolutionary windows: how the runs ended",
            $"Model: share of {runs} runs per scenario ending in each outcome (hazard model, World/RevolutionaryWindows.cs); overtaken = the country was already a workers' state.",
            plot, Math.Max(900, 40 * ticks.Count + 200), 620);
    }

    /// <summary>The event timeline of one run per scenario: window openings (with the probability of
    /// victory), outcomes, the Centre's turn, expulsions, wars and the platform or policy changes
    /// that distinguish the scenario.</summary>
    public static Chart Timeline(string id, IReadOnlyList<(string Scenario, IReadOnlyList<LoggedEvent> Events)> rows)
    {
        var plot = new Plot();
        var kinds = new (string Kind, string Label, Color Color, MarkerShape Shape)[]
        {
            ("window_opens", "window opens (P victory)", Color.FromHex("#1f77b4"), MarkerShape.OpenCircle),
            ("victory", "victory", Color.FromHex("#2ca02c"), MarkerShape.FilledCircle),
            ("defeat", "defeat", Color.FromHex("#7f7f7f"), MarkerShape.FilledCircle),
            ("fascist", "fascist victory", Color.FromHex("#d62728"), MarkerShape.FilledCircle),
            ("centre_turn", "the Centre's turn", Color.FromHex("#ff7f0e"), MarkerShape.FilledSquare),
            ("expulsion", "expulsion", Color.FromHex("#8c564b"), MarkerShape.FilledTriangleUp),
            ("war", "war", Color.FromHex("#000000"), MarkerShape.Cross),
        };
        var ticks = new List<Tick>();
        int labels = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            double y = rows.Count - 1 - r;
            ticks.Add(new Tick(y, rows[r].Scenario));
            foreach (var e in rows[r].Events)
            {
                string? kind = e.Kind switch
                {
                    "window_opens" => "window_opens",
                    "window_outcome" => e.Value switch { 1 => "victory", 3 => "fascist", _ => "defeat" },
                    "centre_turn" => "centre_turn",
                    "expulsion" => "expulsion",
                    "war" when e.Country == "USSR" || e.Subject == "Germany" => "war",
                    _ => null,
                };
                if (kind is null) continue;
                var k = kinds.First(x => x.Kind == kind);
                double x = e.Month.Year + (e.Month.CalendarMonth - 0.5) / 12.0;
                plot.Add.Marker(x, y, k.Shape, 10, k.Color);
                if (kind == "window_opens")
                {
                    // Alternate label heights so that neighbouring windows stay readable.
                    double dy = (labels++ % 2 == 0) ? 0.12 : -0.3;
                    var t = plot.Add.Text($"{e.Subject} P(victory) {e.Probability.ToString("0.00", CultureInfo.InvariantCulture)}", x, y + dy);
                    t.LabelFontSize = 9;
                    t.LabelRotation = -20;
                }
            }
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.2);
        plot.ShowLegend(Edge.Right);
        plot.Legend.ManualItems.AddRange(kinds.Select(k => new LegendItem { LabelText = k.Label, MarkerShape = k.Shape, MarkerFillColor = k.Color, MarkerLineColor = k.Color, MarkerSize = 9 }));
        plot.Title("Event timeline (first seed of each scenario)");
        plot.XLabel("year");
        YearAxis(plot);
        plot.YLabel("scenario");
        return new Chart(id, "Event timeline (first seed of each scenario)",
            "Model: the event log of each scenario's first run (seeds are shared). Labels give each window's probability of victory over the window at its opening.",
            plot, 1200, 160 + 110 * Math.Max(2, rows.Count));
    }

    /// <summary>Years on the x axis as plain integers (1928, not 1,928).</summary>
    private static void YearAxis(Plot plot) =>
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture),
        };

    /// <summary>A tornado chart of a sensitivity sweep for one outcome: per parameter (largest first)
    /// a bar from zero to the median paired effect of moving it from the low to the high end of its
    /// range, and a line over the 5–95% band of that effect across seeds.</summary>
    public static Chart Tornado(string id, string measure, string unit, IReadOnlyList<SensitivityEffect> ranked, int runs)
    {
        var plot = new Plot();
        var ticks = new List<Tick>();
        var bars = new List<Bar>();
        for (int i = 0; i < ranked.Count; i++)
        {
            var e = ranked[i];
            double effect = double.IsNaN(e.EffectMedian) ? 0 : e.EffectMedian;
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = effect, FillColor = effect >= 0 ? Palette[0] : Palette[1], Size = 0.7 });
            ticks.Add(new Tick(i, $"{e.Parameter} ({F(e.Low)}-{F(e.High)})"));
        }
        plot.Add.Bars(bars.ToArray());
        for (int i = 0; i < ranked.Count; i++)
        {
            // The band over the bars, so that it shows where it runs inside them.
            if (double.IsNaN(ranked[i].EffectLow) || double.IsNaN(ranked[i].EffectHigh)) continue;
            var band = plot.Add.Line(i, ranked[i].EffectLow, i, ranked[i].EffectHigh);
            band.LineWidth = 2;
            band.Color = Colors.Black;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 60;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 230;
        plot.ShowLegend(Edge.Right);
        plot.Legend.ManualItems.AddRange([
            new LegendItem { LabelText = "raises it (median)", FillColor = Palette[0] },
            new LegendItem { LabelText = "lowers it (median)", FillColor = Palette[1] },
            new LegendItem { LabelText = "5-95% of seeds", LineColor = Colors.Black, LineWidth = 2 },
        ]);
        string title = $"What moves {measure}";
        plot.Title(title);
        plot.XLabel("parameter (low - high end of its range)");
        plot.YLabel($"change, high end - low end ({unit})");
        bool banded = ranked.Any(e => !double.IsNaN(e.EffectLow) && !double.IsNaN(e.EffectHigh) && e.EffectHigh > e.EffectLow);
        return Warn(new Chart(id, title,
            $"Model: the paired difference, seed by seed over {runs} seeds, between runs with the parameter at the high and at the low end of its registry range, the others at the scenario's values (Experiments/Sensitivity.cs; ranges: docs/parameters.md).",
            plot, Math.Max(900, 60 * ranked.Count + 300), 640), banded ? ThinBand(runs) : null);
    }

    /// <summary>The Morris plane for one outcome: each parameter at (μ*, σ) — right: it matters;
    /// up: its effect depends on the other parameters or is nonlinear — the largest μ* labelled.</summary>
    public static Chart Morris(string id, string measure, string unit, IReadOnlyList<MorrisEffect> ranked, int labelled, int trajectories)
    {
        var plot = new Plot();
        var shown = ranked.Where(e => double.IsFinite(e.MuStar) && double.IsFinite(e.Sigma)).ToList();
        var points = plot.Add.ScatterPoints(shown.Select(e => e.MuStar).ToArray(), shown.Select(e => e.Sigma).ToArray(), Palette[0]);
        points.LegendText = "a parameter";
        points.MarkerSize = 7;
        foreach (var e in shown.Take(labelled))
        {
            var label = plot.Add.Text(e.Parameter, e.MuStar, e.Sigma);
            label.LabelFontSize = 11;
        }
        plot.Axes.Margins(left: 0.05, right: 0.3, bottom: 0.08, top: 0.12); // room for the labels
        string title = $"Morris screening: {measure}";
        plot.Title(title);
        plot.XLabel($"mu*: mean absolute effect per whole range ({unit})");
        plot.YLabel($"sigma: spread of the effects ({unit})");
        plot.ShowLegend(Edge.Right);
        return new Chart(id, title,
            $"Model: elementary effects over {trajectories} trajectories (Morris 1991; mu* after Campolongo et al. 2007), each parameter moved across part of its registry range at many settings of the others (Experiments/MorrisScreening.cs).",
            plot, 1000, 600);
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The SVG with a viewBox of its own size on its root (ScottPlot writes only width and
    /// height), so that it can be drawn at any size without cropping.</summary>
    public static string Scalable(string svg, int width, int height)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0 || svg.IndexOf('>', start) is var end && end < 0) return svg;
        if (svg.AsSpan(start, end - start).Contains("viewBox=", StringComparison.Ordinal)) return svg;
        return svg[..(start + 4)] + $" viewBox=\"0 0 {width} {height}\"" + svg[(start + 4)..];
    }

    /// <summary>Writes the chart as PNG and SVG into <paramref name="folder"/> and returns the SVG markup for inlining.</summary>
    public static string Write(Chart chart, string folder)
    {
        Directory.CreateDirectory(folder);
        string svg = Scalable(HtmlReport.StableIds(chart.Plot.GetSvgXml(chart.Width, chart.Height), chart.Id), chart.Width, chart.Height);
        AtomicFile.Write(Path.Combine(folder, chart.Id + ".svg"), s => { using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true); w.Write(svg); });
        byte[] png = chart.Plot.GetImageBytes(chart.Width, chart.Height, ImageFormat.Png);
        AtomicFile.Write(Path.Combine(folder, chart.Id + ".png"), s => s.Write(png));
        return svg;
    }
}
