using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace OneCountry.Web.Tests;

/// <summary>
/// 30 students at once on loopback, each with a history of their own (the drive from 1929 at a
/// different pace). Every run must complete and the server must answer a health request while
/// loaded. The times are measured and written out (TestResults/e2e/load-test.txt), never asserted.
/// ONECOUNTRY_LOAD_RUNS and ONECOUNTRY_LOAD_SCALE set the work per student (default: 2 runs at
/// scale 50,000 in CI; the closing figures are at the server's defaults, 4 runs at 20,000).
/// </summary>
[Collection("server")]
public sealed class LoadTests(ServerFixture fixture, ITestOutputHelper output)
{
    public const int Students = 30;

    [Fact]
    public async Task Thirty_students_running_at_once_all_get_their_comparison_and_the_server_stays_responsive()
    {
        int runs = int.TryParse(Environment.GetEnvironmentVariable("ONECOUNTRY_LOAD_RUNS"), out var r) ? r : ServerFixture.Runs;
        double scale = double.TryParse(Environment.GetEnvironmentVariable("ONECOUNTRY_LOAD_SCALE"), CultureInfo.InvariantCulture, out var s) ? s : ServerFixture.Scale;
        var clock = Stopwatch.StartNew();
        var healthTimes = new List<double>();
        using var cancel = new CancellationTokenSource();
        using var monitor = fixture.Student();
        var health = Task.Run(async () =>
        {
            while (!cancel.IsCancellationRequested)
            {
                var t = Stopwatch.StartNew();
                var h = await monitor.GetAsync("/api/health");
                Assert.Equal(HttpStatusCode.OK, h.StatusCode);
                lock (healthTimes) healthTimes.Add(t.Elapsed.TotalMilliseconds);
                await Task.Delay(200);
            }
        });
        var students = Enumerable.Range(0, Students).Select(async i =>
        {
            using var client = fixture.Student();
            var t = Stopwatch.StartNew();
            string value = (0.001 * (i + 1)).ToString("0.###", CultureInfo.InvariantCulture);
            var status = await ServerFixture.RunToEnd(client, ServerFixture.CollectivizationFrom1929(value, runs, scale));
            return (State: status.GetProperty("state").GetString(), Seconds: t.Elapsed.TotalSeconds, Error: status.TryGetProperty("error", out var e) ? e.ToString() : "");
        }).ToList();
        var results = await Task.WhenAll(students);
        cancel.Cancel();
        await health;
        clock.Stop();

        var times = results.Select(x => x.Seconds).Order().ToArray();
        double Q(double q) => times[(int)Math.Ceiling(q * times.Length) - 1];
        string report = string.Create(CultureInfo.InvariantCulture,
            $"{Students} students at once, {runs} runs each at scale {scale} ({Environment.ProcessorCount} cores): {results.Count(x => x.State == "done")} of {Students} completed in {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"time to result: median {Q(0.5):0.0} s, 95th percentile {Q(0.95):0.0} s, max {times[^1]:0.0} s; "
            + $"health requests while loaded: {healthTimes.Count}, median {healthTimes.Order().ElementAt(healthTimes.Count / 2):0} ms, max {healthTimes.Max():0} ms\n");
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(BrowserTests.Artifacts(), "load-test.txt"), report);
        Assert.All(results, x => Assert.True(x.State == "done", x.Error));
        Assert.True(healthTimes.Count > 0);
    }
}
