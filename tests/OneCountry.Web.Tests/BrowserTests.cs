using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OneCountry.Web.Tests;

/// <summary>
/// The classroom as a student uses it, in Debian's Chromium driven by Playwright (headless,
/// <c>--no-sandbox</c>; the browser is the system's, never one Playwright downloads: .ci/run
/// installs the chromium package). Screenshots go to <c>TestResults/e2e/</c> of this project.
/// </summary>
[Collection("server")]
public sealed class BrowserTests(ServerFixture fixture, ITestOutputHelper output)
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Where the screenshots and the downloaded scenario are kept (test artifacts).</summary>
    public static string Artifacts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OneCountry.Web.Tests.csproj"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "e2e");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<(IPlaywright, IBrowser)> Launch()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        return (playwright, browser);
    }

    [Fact]
    public async Task A_student_changes_the_collectivization_drive_runs_it_and_reads_why_then_downloads_and_loads_it_back()
    {
        string artifacts = Artifacts();
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);

        await page.GotoAsync(fixture.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        // Change a lever on the timeline: the collectivization drive from June 1929, off.
        await page.SelectOptionAsync("#lever", "collectivization_drive");
        await page.FillAsync("#lever-date", "1929-06");
        await page.Locator("#lever-date").DispatchEventAsync("change");
        Assert.Contains("In historical in 1929-06", await page.TextContentAsync("#lever-was"));
        await page.FillAsync("#lever-number", "0");
        await page.ClickAsync("#add-lever");
        await page.WaitForFunctionAsync("() => document.getElementById('yaml').textContent.includes('collectivization_drive: 0')");
        Assert.Contains("collectivization_drive = 0", await page.TextContentAsync("#changes"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "1-built.png"), FullPage = true });

        // Run, at the server's defaults, and wait for the comparison and the explanation.
        var clock = Stopwatch.StartNew();
        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#causes li.cause').length >= 3 && document.querySelector('#chart-gdp_per_capita canvas')",
            null, new PageWaitForFunctionOptions { Timeout = 180_000 });
        clock.Stop();
        output.WriteLine($"time from pressing run to the comparison and its causes: {clock.Elapsed.TotalSeconds:0.0} s");
        File.WriteAllText(Path.Combine(artifacts, "time-to-result.txt"), $"{clock.Elapsed.TotalSeconds:0.00} s from pressing run to the comparison and the first three causes\n");
        var causes = await page.Locator("#causes li.cause").AllTextContentsAsync();
        Assert.Contains("collectivization_drive", causes[0]);
        Assert.Contains("collectivization_drive", await page.TextContentAsync("#why-summary"));
        Assert.True(await page.Locator("#chart-collectivized_share canvas").CountAsync() >= 3); // history, yours, difference
        Assert.Contains("famine deaths", await page.TextContentAsync("#measures"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "2-compared.png"), FullPage = true });
        await page.Locator("#why").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(artifacts, "2a-why.png") });
        await page.Locator("#chart-collectivized_share").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(artifacts, "2b-chart.png") });

        // A click on the timeline marks the month on the charts.
        await page.Locator("#timeline li").First.ClickAsync();
        Assert.Equal(1, await page.Locator("#timeline li.selected").CountAsync());

        // Download the scenario, start again, and load it back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        string saved = Path.Combine(artifacts, "my-history.yaml");
        await download.SaveAsAsync(saved);
        string yaml = File.ReadAllText(saved);
        Assert.Contains("extends: \"historical\"", yaml);
        Assert.Contains("collectivization_drive: 0", yaml);
        await page.ClickAsync("#reset");
        await page.WaitForFunctionAsync("() => !document.getElementById('yaml').textContent.includes('collectivization_drive: 0')");
        await page.SetInputFilesAsync("#upload", saved);
        await page.WaitForFunctionAsync("() => document.getElementById('changes').textContent.includes('collectivization_drive = 0') && document.getElementById('yaml').textContent.includes('collectivization_drive: 0')");
        Assert.Equal(yaml, await page.TextContentAsync("#yaml"));

        // A bad file gets the loader's message with line and column, and the builder keeps its state.
        string bad = Path.Combine(artifacts, "bad.yaml");
        File.WriteAllText(bad, "name: bad\nextends: historical\npolicy:\n  - date: 1929-06\n    set:\n      collectivisation_drive: 0\n");
        await page.SetInputFilesAsync("#upload", bad);
        await page.WaitForSelectorAsync("#history-error:not([hidden])");
        Assert.Contains("bad.yaml:6:", await page.TextContentAsync("#history-error"));

        // A lesson: predict, run, explain.
        await page.ClickAsync("#lessons-nav button[data-lesson='2-german-october']");
        await page.WaitForSelectorAsync("#lesson:not([hidden])");
        Assert.Contains("Predict", await page.TextContentAsync("#lesson"));
        await page.WaitForFunctionAsync("() => document.getElementById('changes').textContent.includes('germany_1923')");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "3-lesson.png"), FullPage = true });

        // The page's only errors are the refused bad file's (400).
        Assert.True(problems.All(p => p.Contains("status of 400")), string.Join("\n", problems));
    }
}
