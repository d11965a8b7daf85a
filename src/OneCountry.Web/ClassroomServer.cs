using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Hosting;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneCountry.Experiments;
using OneCountry.Model;
using OneCountry.Model.World;
using OneCountry.Scenarios;

namespace OneCountry.Web;

/// <summary>
/// The classroom server (<c>onecountry serve</c>): one process that serves its own pages (embedded,
/// no network at run time) and runs the model for the students' histories in the background
/// (<see cref="JobQueue"/>). It reads only the installation's shipped scenarios, data and lessons
/// (and a teacher's lessons folder if given) and writes no file: scenarios are built, validated,
/// downloaded and uploaded in memory. Every bad request is a 4xx with a message.
/// </summary>
public sealed class ClassroomServer : IAsyncDisposable
{
    public const string ClientCookie = "oc_client";
    private readonly WebApplication _app;
    private readonly JobQueue _jobs;

    public ClassroomOptions Options { get; }
    public IReadOnlyList<Lesson> Lessons { get; }

    /// <summary>The address it listens on, once started (the port chosen when <see cref="ClassroomOptions.Port"/> is 0).</summary>
    public Uri? Address { get; private set; }

    private ClassroomServer(WebApplication app, JobQueue jobs, ClassroomOptions options, IReadOnlyList<Lesson> lessons)
    {
        _app = app;
        _jobs = jobs;
        Options = options;
        Lessons = lessons;
    }

    /// <summary>The folders lessons are read from: the installation's <c>lessons/</c>, then the teacher's.</summary>
    public static IEnumerable<string> LessonFolders(ClassroomOptions options)
    {
        yield return Path.Combine(AppContext.BaseDirectory, "lessons");
        if (options.LessonsFolder is { } extra) yield return Path.GetFullPath(extra);
    }

    /// <summary>Builds the server. Throws <see cref="ScenarioException"/> when a shipped scenario or a lesson is invalid.</summary>
    public static ClassroomServer Create(ClassroomOptions options)
    {
        var baseline = ScenarioCatalog.Load(Histories.Baseline);
        var shipped = ScenarioCatalog.Shipped().Where(s => !s.Description.StartsWith("INVALID", StringComparison.Ordinal)).ToList();
        var histories = new Histories(shipped.Select(s => s.Name), baseline);
        var lessons = Web.Lessons.Load(LessonFolders(options), histories);
        var data = HistoricalData.FindFolder() is { } folder ? HistoricalData.Load(folder) : null;

        // The runs keep thread-pool threads busy; enough threads from the start keep the pages and the progress answering.
        ThreadPool.GetMinThreads(out int minWorkers, out int minIo);
        ThreadPool.SetMinThreads(Math.Max(minWorkers, 32), minIo);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
            if (options.Host is "localhost") k.ListenLocalhost(options.Port);
            else if (IPAddress.TryParse(options.Host, out var ip)) k.Listen(ip, options.Port);
            else throw new ArgumentException($"--host must be an IP address or localhost (given: {options.Host})");
        });
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        var app = builder.Build();
        var jobs = new JobQueue(options, baseline, data);
        var server = new ClassroomServer(app, jobs, options, lessons);
        server.Map(histories, shipped, baseline);
        return server;
    }

    public async Task StartAsync(CancellationToken cancel = default)
    {
        await _app.StartAsync(cancel);
        if (Options.WarmUp) _jobs.WarmUp();
        var address = _app.Urls.First();
        Address = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    public Task WaitForShutdownAsync(CancellationToken cancel = default) => _app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _jobs.Dispose();
        await _app.DisposeAsync();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static IResult Error(int status, string message, IReadOnlyList<ScenarioError>? errors = null) =>
        Results.Json(new { error = message, errors = errors?.Select(e => new { file = e.File, line = e.Line, column = e.Column, field = e.Field, message = e.Message, text = e.ToString() }) }, Json, statusCode: status);

    private static IResult Invalid(ScenarioException e) =>
        Error(400, e.Errors.Count == 1 ? e.Errors[0].ToString() : $"{e.Errors.Count} problems: {e.Errors[0]} …", e.Errors);

    private static string Client(HttpContext c) => (string)c.Items[ClientCookie]!;

    private static async Task<(string? Text, IResult? Error)> ReadBody(HttpContext c, int limit)
    {
        try
        {
            using var reader = new StreamReader(c.Request.Body, new UTF8Encoding(false, true));
            var buffer = new char[8192];
            var text = new StringBuilder();
            int n;
            while ((n = await reader.ReadBlockAsync(buffer, c.RequestAborted)) > 0)
            {
                text.Append(buffer, 0, n);
                if (text.Length > limit) return (null, Error(413, $"the request is larger than {limit / 1024} KiB, the most this server accepts"));
            }
            return (text.ToString(), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { return (null, Error(413, $"the request is larger than {limit / 1024} KiB, the most this server accepts")); }
        catch (DecoderFallbackException) { return (null, Error(400, "the request is not UTF-8 text")); }
    }

    private static async Task<(T? Value, IResult? Error)> ReadJson<T>(HttpContext c, int limit) where T : class
    {
        var (text, error) = await ReadBody(c, limit);
        if (error is not null) return (null, error);
        try
        {
            var value = JsonSerializer.Deserialize<T>(text!, Json);
            return value is null ? (null, Error(400, "the request body is empty; send a JSON object")) : (value, null);
        }
        catch (JsonException e) { return (null, Error(400, $"the request is not valid JSON for this call: {e.Message}")); }
    }

    /// <summary>A run request: a history built in the browser, or scenario YAML (built or uploaded), with runs and scale.</summary>
    public sealed record RunRequest(HistorySpec? History, string? Yaml, string? FileName, int? Runs, double? Scale);

    private void Map(Histories histories, IReadOnlyList<(string Name, string File, string Description, string Span)> shipped, Scenario baseline)
    {
        var app = _app;
        var o = Options;
        // Every browser gets a random id in a cookie: the per-student limits count by it (a class behind one address is many students).
        app.Use(async (c, next) =>
        {
            if (!c.Request.Cookies.TryGetValue(ClientCookie, out var id) || id.Length != 24 || !id.All(char.IsAsciiHexDigitLower))
            {
                id = JobQueue.NewId();
                c.Response.Cookies.Append(ClientCookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Path = "/" });
            }
            c.Items[ClientCookie] = id;
            c.Response.Headers["X-Content-Type-Options"] = "nosniff";
            c.Response.Headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";
            try { await next(); }
            catch (BadHttpRequestException e) when (!c.Response.HasStarted)
            {
                await Error(e.StatusCode, e.Message).ExecuteAsync(c);
            }
            catch (Exception e) when (!c.Response.HasStarted && e is not OperationCanceledException)
            {
                // A fault of the server, not of the request: a message, never a stack trace.
                await Error(500, $"the server could not answer this request: {e.GetType().Name}: {e.Message}").ExecuteAsync(c);
            }
        });

        app.MapGet("/api/health", () => Results.Json(new { status = "ok", queued = _jobs.Queued, running = _jobs.Running }, Json));

        var shippedList = shipped.Select(s => new { name = s.Name, description = s.Description, span = s.Span }).ToList();
        var catalog = new
        {
            scenarios = shippedList,
            start = baseline.Start.ToString(),
            end = baseline.End.ToString(),
            levers = LeverRegistry.All.Select(l => new { name = l.Name, meaning = l.Meaning, unit = l.Unit, @default = l.Default, min = l.Min, max = l.Max, isSwitch = l.IsSwitch, categories = l.Categories }),
            parameters = ParameterRegistry.All.Select(p => new { name = p.Name, meaning = p.Meaning, unit = p.Unit, @default = p.Default, min = p.Min, max = p.Max, group = p.Group, source = p.Source }),
            windows = WindowCatalog.Defaults.Select(w => new { name = w.Name, country = w.Country, start = w.Start.ToString(), end = w.End.ToString(), historical = Comintern.Name(w.Historical), recordedMonth = w.RecordedMonth.ToString() }),
            outcomes = Comintern.OutcomeNames.Append("draw"),
            charts = ComparisonViews.ChartList.Select(c => new { variable = c.Variable, title = c.Title, unit = c.Unit }),
            limits = new { o.DefaultRuns, o.MaxRuns, o.DefaultScale, o.MinScale, o.MaxScale, o.MaxActiveJobsPerClient, o.MaxJobsPerClientPerHour, o.MaxBodyBytes },
        };
        app.MapGet("/api/catalog", () => Results.Json(catalog, Json));

        // The policy timeline of a shipped scenario (the builder shows each lever's value there at any month).
        var timelines = shipped.ToDictionary(s => s.Name, s =>
        {
            var sc = ScenarioCatalog.Load(s.Name);
            return (object)new
            {
                name = s.Name,
                changes = sc.Policy.Changes.Select(ch => new { month = ch.Month.ToString(), lever = ch.Lever, value = ch.Value, note = ch.Note }),
                windows = sc.Windows.Select(w => new { name = w.Name, forced = w.Forced is { } f ? Comintern.Name(f) : null, month = w.ForcedMonth?.ToString() }),
                parameters = sc.ParameterOverrides,
            };
        });
        app.MapGet("/api/scenarios/{name}", (string name) =>
            timelines.TryGetValue(name, out var t) ? Results.Json(t, Json) : Error(404, $"no shipped scenario '{Clip(name)}'; shipped: {string.Join(", ", timelines.Keys.Order())}"));

        app.MapPost("/api/history", async (HttpContext c) =>
        {
            var (spec, error) = await ReadJson<HistorySpec>(c, o.MaxBodyBytes);
            if (error is not null) return error;
            try
            {
                var accepted = histories.Accept(spec!);
                return Results.Json(new { yaml = accepted.Yaml, name = accepted.Scenario.Name, warnings = accepted.Warnings.Select(w => w.ToString()) }, Json);
            }
            catch (ScenarioException e) { return Invalid(e); }
        });

        app.MapPost("/api/upload", async (HttpContext c, string? filename) =>
        {
            var (text, error) = await ReadBody(c, o.MaxBodyBytes);
            if (error is not null) return error;
            try
            {
                var accepted = histories.Accept(text!, filename ?? "upload.yaml");
                return Results.Json(new { yaml = accepted.Yaml, name = accepted.Scenario.Name, spec = accepted.Spec, warnings = accepted.Warnings.Select(w => w.ToString()) }, Json);
            }
            catch (ScenarioException e) { return Invalid(e); }
        });

        app.MapPost("/api/runs", async (HttpContext c) =>
        {
            var (request, error) = await ReadJson<RunRequest>(c, o.MaxBodyBytes);
            if (error is not null) return error;
            int runs = request!.Runs ?? o.DefaultRuns;
            if (runs < 1 || runs > o.MaxRuns) return Error(400, $"runs must be from 1 to {o.MaxRuns} on this server (given: {runs})");
            double scale = request.Scale ?? o.DefaultScale;
            if (!double.IsFinite(scale) || scale < o.MinScale || scale > o.MaxScale)
                return Error(400, $"scale must be from {o.MinScale.ToString(CultureInfo.InvariantCulture)} to {o.MaxScale.ToString(CultureInfo.InvariantCulture)} on this server (given: {scale.ToString(CultureInfo.InvariantCulture)}): a smaller scale simulates more households and takes longer");
            if ((request.History is null) == (request.Yaml is null)) return Error(400, "send either 'history' (the builder's changes) or 'yaml' (a scenario), not both");
            AcceptedHistory accepted;
            try { accepted = request.History is { } h ? histories.Accept(h) : histories.Accept(request.Yaml!, request.FileName ?? "upload.yaml"); }
            catch (ScenarioException e) { return Invalid(e); }
            try
            {
                var job = _jobs.Submit(Client(c), accepted.Scenario, runs, scale);
                return Results.Json(new { id = job.Id, position = _jobs.Position(job) }, Json, statusCode: 202);
            }
            catch (JobRefused e) { return Error(e.Status, e.Message); }
        });

        app.MapGet("/api/runs/{id}", (HttpContext c, string id) =>
        {
            if (_jobs.Find(id) is not { } job || job.Client != Client(c)) return Error(404, "no such run (runs are kept for 30 minutes, and only for the browser that started them)");
            return Results.Json(new
            {
                id = job.Id,
                state = job.State,
                phase = job.Phase,
                done = Volatile.Read(ref job.Done),
                total = job.Total,
                position = _jobs.Position(job),
                seconds = job.Seconds,
                error = job.Error,
                result = job.State == JobState.Done ? job.Result : null,
            }, Json);
        });

        app.MapGet("/api/lessons", () => Results.Json(Lessons.Select(l => new { id = l.Id, title = l.Title, question = l.Question }), Json));
        app.MapGet("/api/lessons/{id}", (string id) =>
            Lessons.FirstOrDefault(l => l.Id == id) is { } lesson ? Results.Json(lesson with { File = lesson.File }, Json) : Error(404, $"no lesson '{Clip(id)}'; lessons: {string.Join(", ", Lessons.Select(l => l.Id))}"));

        app.MapFallback("{**path}", (HttpContext c) =>
        {
            if (c.Request.Path.StartsWithSegments("/api")) return Error(404, $"no such call: {c.Request.Method} {Clip(c.Request.Path.Value)}");
            if (!HttpMethods.IsGet(c.Request.Method) && !HttpMethods.IsHead(c.Request.Method)) return Error(405, "only GET for pages");
            string path = c.Request.Path.Value is null or "/" ? "index.html" : c.Request.Path.Value.TrimStart('/');
            return Assets.TryGetValue(path, out var asset) ? Results.Bytes(asset.Bytes, asset.Type) : Error(404, $"no such page: /{Clip(path)}");
        });
    }

    /// <summary>The pages: the assembly's embedded <c>wwwroot/</c> files, by path. Only these are served; a request names no file.</summary>
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Assets = LoadAssets();

    private static Dictionary<string, (byte[], string)> LoadAssets()
    {
        var assembly = typeof(ClassroomServer).Assembly;
        var map = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var s = assembly.GetManifestResourceStream(name)!;
            using var m = new MemoryStream();
            s.CopyTo(m);
            map[name["wwwroot/".Length..]] = (m.ToArray(), ContentType(name));
        }
        return map;
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".json" => "application/json",
        _ => "text/plain; charset=utf-8",
    };

    private static string Clip(string? s) => s is null ? "" : s.Length > 80 ? s[..80] + "…" : s;
}
