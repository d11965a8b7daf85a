using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneCountry.Web;

namespace OneCountry.Web.Tests;

/// <summary>One classroom server on a loopback port for the tests of a collection (a real Kestrel, as a browser sees it).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    /// <summary>The coarse settings the API tests run at (the browser test uses the server's defaults).</summary>
    public const int Runs = 2;
    public const double Scale = 50000;

    public ClassroomServer Server { get; private set; } = null!;
    public Uri Address => Server.Address!;

    public async Task InitializeAsync()
    {
        Server = ClassroomServer.Create(new ClassroomOptions { Port = 0, MaxJobsPerClientPerHour = 1000 });
        await Server.StartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A client with its own cookie: one student.</summary>
    public HttpClient Student() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Submits a run and polls until it is done or failed; returns the final status document.</summary>
    public static async Task<JsonElement> RunToEnd(HttpClient client, object request)
    {
        var submit = await client.PostAsJsonAsync("/api/runs", request, Json);
        var body = await submit.Content.ReadAsStringAsync();
        Assert.True(submit.StatusCode == HttpStatusCode.Accepted, $"submit answered {(int)submit.StatusCode}: {body}");
        string id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        for (int i = 0; i < 2400; i++)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id}")).RootElement;
            string state = status.GetProperty("state").GetString()!;
            if (state is "done" or "failed") return status.Clone();
            await Task.Delay(250);
        }
        throw new TimeoutException("the run did not finish in 10 minutes");
    }

    public static object CollectivizationFrom1929(string value = "0", int runs = Runs, double scale = Scale) => new
    {
        history = new { @base = "historical", name = "slow-collectivization", levers = new[] { new { date = "1929-06", lever = "collectivization_drive", value } } },
        runs,
        scale,
    };
}

[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
