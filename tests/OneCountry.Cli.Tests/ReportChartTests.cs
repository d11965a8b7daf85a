using System.Text.RegularExpressions;
using System.Xml.Linq;
using OneCountry.Experiments;
using OneCountry.Model.Engine;
using OneCountry.Reporting;

namespace OneCountry.Cli.Tests;

/// <summary>Issue 11, item 18: the report's charts scale to the window, and a band drawn from too few runs says so.</summary>
public class ReportChartTests
{
    private static Band Banded(int runs) => new("gdp_per_capita", "2011 int. $", [1921, 1922, 1923], [1.0, 2, 3], [0.5, 1.5, 2.5], [1.5, 2.5, 3.5]) { Runs = runs };

    private static XElement[] InlineSvgs(string folder) =>
        XDocument.Parse(File.ReadAllText(Path.Combine(folder, HtmlReport.FileName)).Replace("<!DOCTYPE html>", ""))
            .Descendants().Where(e => e.Name.LocalName == "figure").Select(f => f.Elements().First(e => e.Name.LocalName == "svg")).ToArray();

    [Fact]
    public void Inline_charts_have_a_viewBox_and_the_figure_s_width_and_chart_files_keep_their_size()
    {
        var folder = CliFixture.TempDir();
        var wide = Charts.Timeline("timeline", [("a", [new LoggedEvent(Month.Of(1923, 10), "Germany", "window_opens", "germany_1923", "opens", 0.3, 0)])]);
        var fan = Charts.Fan("fan", "GDP", "2011 $", [new ChartSeries("a", Banded(30))], null, "test");
        Assert.True(wide.Width > 920, "a chart wider than the page");
        HtmlReport.Write(folder, "t", [], [new ReportSection("s", "", [fan, wide])]);
        var svgs = InlineSvgs(folder);
        Assert.Equal(2, svgs.Length);
        foreach (var (svg, chart) in svgs.Zip(new[] { fan, wide }))
        {
            Assert.Equal($"0 0 {chart.Width} {chart.Height}", (string?)svg.Attribute("viewBox"));
            Assert.Equal("100%", (string?)svg.Attribute("width"));
            Assert.Null(svg.Attribute("height"));
            Assert.Equal($"max-width:{chart.Width}px;height:auto", (string?)svg.Attribute("style"));
            var file = XDocument.Load(Path.Combine(folder, "charts", chart.Id + ".svg")).Root!;
            Assert.Equal($"0 0 {chart.Width} {chart.Height}", (string?)file.Attribute("viewBox"));
            Assert.Equal(chart.Width.ToString(), (string?)file.Attribute("width"));
        }
        // Nothing in the page's style holds a chart to a fixed width.
        var style = Regex.Match(File.ReadAllText(Path.Combine(folder, HtmlReport.FileName)), "<style>(.*?)</style>").Groups[1].Value;
        Assert.Contains("svg{max-width:100%;height:auto}", style);
        Assert.DoesNotContain("min-width", style);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(19, true)]
    [InlineData(20, false)]
    [InlineData(200, false)]
    public void A_band_from_fewer_than_20_runs_carries_a_warning(int runs, bool warned)
    {
        var chart = Charts.Fan("fan", "GDP", "2011 $", [new ChartSeries("a", Banded(runs))], null, "test");
        Assert.Equal(warned, chart.Warning is not null);
        if (warned) Assert.Contains($"only {runs} runs", chart.Warning);
        var folder = CliFixture.TempDir();
        HtmlReport.Write(folder, "t", [], [new ReportSection("s", "", [chart])]);
        string html = File.ReadAllText(Path.Combine(folder, HtmlReport.FileName));
        Assert.Equal(warned, html.Contains($"Warning: the 5-95% band is drawn from only {runs} runs"));
        Assert.Equal(warned, File.ReadAllText(Path.Combine(folder, "charts", "fan.svg")).Contains("Warning"));
    }

    [Fact]
    public void A_line_without_a_band_and_a_tornado_of_many_seeds_are_not_warned_a_tornado_of_few_is()
    {
        var flat = new Band("x", "t", [1921, 1922], [1.0, 2], [1.0, 2], [1.0, 2]) { Runs = 3 };
        Assert.Null(Charts.Fan("one", "x", "t", [new ChartSeries("a", flat)], null, "one run").Warning);
        var effects = new[] { new SensitivityEffect("p", "g", 0, 1, "m", "t", 1, 0.5, 1.5, 1, 0.8, 1.2) };
        Assert.Contains("only 5 runs", Charts.Tornado("t1", "m", "t", effects, 5).Warning);
        Assert.Null(Charts.Tornado("t2", "m", "t", effects, 20).Warning);
    }
}
