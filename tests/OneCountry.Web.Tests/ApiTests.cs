using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneCountry.Model;
using OneCountry.Scenarios;

namespace OneCountry.Web.Tests;

/// <summary>The classroom's calls as the page makes them, on a real server.</summary>
[Collection("server")]
public sealed class ApiTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_catalog_gives_the_levers_and_parameters_of_the_registries()
    {
        using var client = fixture.Student();
        var catalog = JsonDocument.Parse(await client.GetStringAsync("/api/catalog")).RootElement;
        var levers = catalog.GetProperty("levers").EnumerateArray().ToList();
        Assert.Equal(LeverRegistry.All.Count, levers.Count);
        var drive = levers.Single(l => l.GetProperty("name").GetString() == "collectivization_drive");
        var spec = LeverRegistry.All[LeverRegistry.Index("collectivization_drive")];
        Assert.Equal(spec.Min, drive.GetProperty("min").GetDouble());
        Assert.Equal(spec.Max, drive.GetProperty("max").GetDouble());
        Assert.Equal(spec.Unit, drive.GetProperty("unit").GetString());
        Assert.Equal(ParameterRegistry.All.Count, catalog.GetProperty("parameters").GetArrayLength());
        Assert.Contains(catalog.GetProperty("scenarios").EnumerateArray(), s => s.GetProperty("name").GetString() == "german-october");
        // The page and its vendored chart library are served by the server itself.
        Assert.Contains("uPlot", await client.GetStringAsync("/"));
        var uplot = await client.GetAsync("/vendor/uPlot.iife.min.js");
        Assert.Equal(HttpStatusCode.OK, uplot.StatusCode);
        Assert.Contains("uPlot", await uplot.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_slower_collectivization_from_1929_is_compared_with_history_and_explained()
    {
        using var client = fixture.Student();
        var status = await ServerFixture.RunToEnd(client, ServerFixture.CollectivizationFrom1929());
        Assert.Equal("done", status.GetProperty("state").GetString());
        var result = status.GetProperty("result");
        Assert.Equal("historical", result.GetProperty("history").GetString());
        Assert.Equal(ServerFixture.Runs, result.GetProperty("runs").GetInt32());

        // The collectivized share of 1937 is lower without the drive, in every paired run.
        var collectivized = result.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "collectivized share 1937");
        Assert.True(collectivized.GetProperty("differenceHigh").GetDouble() < 0, collectivized.ToString());

        // The first cause is the student's decision, and there are at least three.
        var why = result.GetProperty("why");
        var causes = why.GetProperty("causes").EnumerateArray().ToList();
        Assert.True(causes.Count >= 3, why.ToString());
        Assert.Equal("The first decision that differs", causes[0].GetProperty("title").GetString());
        Assert.Contains("collectivization_drive", causes[0].GetProperty("text").GetString());
        Assert.Contains(why.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("title").GetString()!.Contains("collectivization_drive"));
        Assert.NotEmpty(why.GetProperty("timeline").EnumerateArray());

        // Charts: history, yours and the difference on one x, with the data drawn over the model.
        var gdp = result.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("variable").GetString() == "gdp_per_capita");
        int n = gdp.GetProperty("x").GetArrayLength();
        Assert.True(n >= 19);
        Assert.Equal(n, gdp.GetProperty("difference").GetProperty("median").GetArrayLength());
        Assert.True(gdp.GetProperty("data").GetProperty("values").GetArrayLength() > 0);
        var coll = result.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("variable").GetString() == "collectivized_share");
        var diff1935 = coll.GetProperty("difference").GetProperty("median").EnumerateArray().Zip(coll.GetProperty("x").EnumerateArray())
            .First(p => p.Second.GetDouble() >= 1935).First.GetDouble();
        Assert.True(diff1935 < 0);
        Assert.Equal(6, result.GetProperty("verdict").GetArrayLength());
    }

    [Fact]
    public async Task History_against_itself_differs_by_nothing()
    {
        using var client = fixture.Student();
        var status = await ServerFixture.RunToEnd(client, new { history = new { @base = "historical" }, runs = ServerFixture.Runs, scale = ServerFixture.Scale });
        var result = status.GetProperty("result");
        foreach (var m in result.GetProperty("measures").EnumerateArray())
            if (m.GetProperty("difference").ValueKind == JsonValueKind.Number) Assert.Equal(0.0, m.GetProperty("difference").GetDouble());
        Assert.Empty(result.GetProperty("why").GetProperty("timeline").EnumerateArray());
        Assert.Equal("No difference", result.GetProperty("why").GetProperty("causes")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_student_may_have_one_run_going_at_a_time()
    {
        using var client = fixture.Student();
        var first = await client.PostAsJsonAsync("/api/runs", ServerFixture.CollectivizationFrom1929("0.002"), ServerFixture.Json);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var second = await client.PostAsJsonAsync("/api/runs", ServerFixture.CollectivizationFrom1929("0.003"), ServerFixture.Json);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Contains("at a time", await second.Content.ReadAsStringAsync());
        // Another student is not held up by this one's limit.
        using var other = fixture.Student();
        var theirs = await ServerFixture.RunToEnd(other, ServerFixture.CollectivizationFrom1929("0.004"));
        Assert.Equal("done", theirs.GetProperty("state").GetString());
        // A run is visible only to the browser that started it.
        string id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/runs/{id}")).StatusCode);
        while (JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id}")).RootElement.GetProperty("state").GetString() is "queued" or "running") await Task.Delay(250);
    }

    [Fact]
    public async Task A_built_history_downloads_as_yaml_that_loads_back_into_the_builder()
    {
        using var client = fixture.Student();
        var spec = new HistorySpec
        {
            Base = "right", Name = "my \"right\" history",
            Levers = [new LeverEdit("1930-01", "industrial_investment_share", "0.1"), new LeverEdit("1930-01", "rationing", "on")],
            Windows = [new WindowEdit("germany_1923", "victory", "1923-10")],
            Parameters = new Dictionary<string, double> { [ParameterRegistry.All[0].Name] = ParameterRegistry.All[0].Max },
        };
        var built = await client.PostAsJsonAsync("/api/history", spec, ServerFixture.Json);
        var builtBody = JsonDocument.Parse(await built.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, built.StatusCode);
        string yaml = builtBody.GetProperty("yaml").GetString()!;
        Assert.Contains("extends: \"right\"", yaml);

        var up = await client.PostAsync("/api/upload?filename=mine.yaml", new StringContent(yaml, Encoding.UTF8, "text/plain"));
        var upBody = JsonDocument.Parse(await up.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        var back = upBody.GetProperty("spec").Deserialize<HistorySpec>(ServerFixture.Json)!;
        Assert.Equal(spec.Base, back.Base);
        Assert.Equal(spec.Name, back.Name);
        Assert.Equal(spec.Levers.Select(l => (l.Date, l.Lever, l.Value)), back.Levers.Select(l => (l.Date, l.Lever, l.Value)));
        Assert.Equal(spec.Windows, back.Windows);
        Assert.Equal(spec.Parameters, back.Parameters);
        // And the same text regenerates from the state read back.
        Assert.Equal(yaml, Histories.ToYaml(back));
    }

    [Fact]
    public async Task An_uploaded_scenario_gets_the_loaders_messages_with_line_and_column()
    {
        using var client = fixture.Student();
        string yaml = "name: bad\nextends: historical\npolicy:\n  - date: 1929-06\n    set:\n      collectivisation_drive: 0\n";
        var r = await client.PostAsync("/api/upload?filename=../../etc/bad.yaml", new StringContent(yaml, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        var e = body.GetProperty("errors")[0];
        // The same message as onecountry validate gives for the file (the name is the upload's last segment, for messages only).
        string expected;
        string path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, yaml);
            var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
            expected = ex.Errors[0].Message;
            Assert.Equal(ex.Errors[0].Line, e.GetProperty("line").GetInt32());
            Assert.Equal(ex.Errors[0].Column, e.GetProperty("column").GetInt32());
        }
        finally { File.Delete(path); }
        Assert.Equal(expected, e.GetProperty("message").GetString());
        Assert.Equal("bad.yaml", e.GetProperty("file").GetString());
        Assert.Contains("collectivization_drive", expected); // the loader suggests the right name
    }

    [Fact]
    public async Task Lessons_are_served_and_each_starts_a_valid_history()
    {
        using var client = fixture.Student();
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/lessons")).RootElement.EnumerateArray().ToList();
        Assert.True(list.Count >= 3);
        foreach (var l in list)
        {
            var lesson = JsonDocument.Parse(await client.GetStringAsync($"/api/lessons/{l.GetProperty("id").GetString()}")).RootElement;
            Assert.NotEmpty(lesson.GetProperty("predict").EnumerateArray());
            Assert.NotEmpty(lesson.GetProperty("explain").EnumerateArray());
            Assert.NotEmpty(lesson.GetProperty("charts").EnumerateArray());
        }
    }
}
