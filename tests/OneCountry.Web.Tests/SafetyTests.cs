using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneCountry.Scenarios;

namespace OneCountry.Web.Tests;

/// <summary>The server as a class server: bad requests get a 4xx with a message and change nothing on disk.</summary>
[Collection("server")]
public sealed class SafetyTests(ServerFixture fixture)
{
    /// <summary>Every file under the folders the server could touch (its own and the working folder), with size and time.</summary>
    private static SortedDictionary<string, (long, DateTime)> Snapshot()
    {
        var map = new SortedDictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var root in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }.Distinct())
            foreach (var f in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 4 }))
            {
                var i = new FileInfo(f);
                map[f] = (i.Length, i.LastWriteTimeUtc);
            }
        return map;
    }

    public static TheoryData<string, string, string, int, string> BadRequests() => new()
    {
        // name, method+path, body, status, what the message says
        { "a path as the base scenario", "POST /api/runs", """{"history":{"base":"../../../etc/passwd"},"runs":1,"scale":50000}""", 400, "not a shipped scenario" },
        { "a path in extends", "POST /api/runs", """{"yaml":"name: x\nextends: ../../../../etc/hosts\n","runs":1,"scale":50000}""", 400, "may extend only a shipped scenario" },
        { "an absolute path in extends", "POST /api/upload", "name: x\nextends: /etc/hosts.yaml\n", 400, "may extend only a shipped scenario" },
        { "a file for the recorded weather", "POST /api/upload", "name: x\nstart: 1921-03\nend: 1941-06\nrecorded_weather: /etc/passwd\n", 400, "may not read files" },
        { "an oversized scale (too fine: too many households)", "POST /api/runs", """{"history":{"base":"historical"},"runs":1,"scale":10}""", 400, "scale must be from 5000" },
        { "a scale that is not a number", "POST /api/runs", """{"history":{"base":"historical"},"runs":1,"scale":"huge"}""", 400, "not valid JSON" },
        { "too many runs", "POST /api/runs", """{"history":{"base":"historical"},"runs":500,"scale":50000}""", 400, "runs must be from 1 to 8" },
        { "malformed YAML", "POST /api/upload", "name: [unclosed\nextends: historical\n", 400, "upload.yaml:" },
        { "a YAML list, not a scenario", "POST /api/upload", "- 1\n- 2\n", 400, "upload.yaml" },
        { "an unknown lever", "POST /api/history", """{"base":"historical","levers":[{"date":"1929-06","lever":"abolish_money","value":"1"}]}""", 400, "abolish_money" },
        { "a lever value out of range", "POST /api/history", """{"base":"historical","levers":[{"date":"1929-06","lever":"collectivization_drive","value":"7"}]}""", 400, "collectivization_drive" },
        { "a date outside the span", "POST /api/history", """{"base":"historical","levers":[{"date":"1950-13","lever":"collectivization_drive","value":"0"}]}""", 400, "1950-13" },
        { "a span other than history's", "POST /api/upload", "name: x\nextends: historical\nend: 1930-12\n", 400, "must run from 1921-03 to 1941-06" },
        { "malformed JSON", "POST /api/runs", "{not json", 400, "not valid JSON" },
        { "both a history and a YAML", "POST /api/runs", """{"history":{"base":"historical"},"yaml":"name: x","runs":1,"scale":50000}""", 400, "not both" },
        { "a lesson named by a path", "GET /api/lessons/..%2F..%2Fetc%2Fpasswd", "", 404, "no lesson" },
        { "a scenario named by a path", "GET /api/scenarios/..%2Fhistorical", "", 404, "no shipped scenario" },
        { "a page outside the pages", "GET /..%2F..%2F..%2Fetc%2Fpasswd", "", 404, "no such page" },
        { "a page by an encoded path", "GET /vendor/..%2F..%2FOneCountry.Web.dll", "", 404, "no such page" },
        { "an unknown call", "DELETE /api/runs", "", 404, "no such call" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_gets_a_4xx_with_a_message_and_changes_nothing_on_disk(string name, string call, string body, int status, string says)
    {
        using var client = fixture.Student();
        await client.GetAsync("/api/health"); // the cookie first: that is the only thing a request may leave, and only in the browser
        var before = Snapshot();
        var parts = call.Split(' ', 2);
        var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, parts[1].Contains("upload") ? "text/plain" : "application/json");
        var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{name}: {(int)response.StatusCode} {text}");
        var json = JsonDocument.Parse(text).RootElement;
        string all = json.GetProperty("error").GetString() + string.Concat(json.TryGetProperty("errors", out var es) && es.ValueKind == JsonValueKind.Array ? es.EnumerateArray().Select(e => e.GetProperty("text").GetString()) : []);
        Assert.Contains(says, all);
        Assert.DoesNotContain("   at ", all); // never a stack trace
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_refused_with_413()
    {
        using var client = fixture.Student();
        var big = new StringBuilder("name: big\nextends: historical\ndescription: \"");
        big.Append('x', fixture.Server.Options.MaxBodyBytes + 10).Append("\"\n");
        var response = await client.PostAsync("/api/upload", new StringContent(big.ToString(), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_teachers_bad_lesson_is_reported_with_file_line_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("lessons-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad-lesson.yaml"), "title: A lesson\nquestion: Why?\nstart_from: historical\ncharts: [gdp_per_capita, no_such_chart]\npredict: [a]\nrun: go\nexplain: [b]\n");
            var e = Assert.Throws<ScenarioException>(() => ClassroomServer.Create(new ClassroomOptions { Port = 0, LessonsFolder = folder, WarmUp = false }));
            var error = Assert.Single(e.Errors);
            Assert.EndsWith("bad-lesson.yaml", error.File);
            Assert.Equal(4, error.Line);
            Assert.Equal("charts", error.Field);
            Assert.Contains("no_such_chart", error.Message);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public async Task A_teacher_adds_a_lesson_as_a_file()
    {
        var folder = Directory.CreateTempSubdirectory("lessons-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "united-front.yaml"),
                "title: A united front?\nquestion: What if the KPD had made a united front in 1930?\nstart_from: united-front-1930\ncharts: [gdp_per_capita, defence_share]\npredict: [Will Hitler come to power?]\nrun: Press run.\nexplain: [What changed?]\n");
            await using var server = ClassroomServer.Create(new ClassroomOptions { Port = 0, LessonsFolder = folder, WarmUp = false });
            await server.StartAsync();
            using var client = new HttpClient { BaseAddress = server.Address };
            var lesson = JsonDocument.Parse(await client.GetStringAsync("/api/lessons/united-front")).RootElement;
            Assert.Equal("united-front-1930", lesson.GetProperty("start").GetProperty("base").GetString());
            Assert.True(JsonDocument.Parse(await client.GetStringAsync("/api/lessons")).RootElement.GetArrayLength() >= 4);
        }
        finally { Directory.Delete(folder, true); }
    }
}
