using System.ComponentModel;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OneCountry.Scenarios;
using OneCountry.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary><c>onecountry serve</c>: the classroom web app (OneCountry.Web) on this machine or a class server.</summary>
public sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <N>")]
        [Description("The port to listen on (default 5021).")]
        public int Port { get; init; } = 5021;

        [CommandOption("--host <H>")]
        [Description("The address to listen on: 127.0.0.1 (default, this machine only), localhost, or 0.0.0.0 for a class server reached by the students' browsers.")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--lessons <DIR>")]
        [Description("A folder of a teacher's lesson files (docs/classroom.md), besides the shipped lessons.")]
        public string? Lessons { get; init; }

        [CommandOption("--workers <N>")]
        [Description("Runs computed at once (default 1; each uses every core).")]
        public int Workers { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (Port is < 0 or > 65535) return ValidationResult.Error($"--port must be from 0 to 65535 (given: {Port})");
            if (Host != "localhost" && !IPAddress.TryParse(Host, out _)) return ValidationResult.Error($"--host must be an IP address (127.0.0.1, 0.0.0.0, …) or localhost (given: {Host})");
            if (Workers is < 1 or > 64) return ValidationResult.Error($"--workers must be from 1 to 64 (given: {Workers})");
            if (Lessons is { } l && !Directory.Exists(l)) return ValidationResult.Error($"--lessons: no folder '{l}'");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ClassroomServer server;
        try
        {
            server = ClassroomServer.Create(new ClassroomOptions
            {
                Host = settings.Host, Port = settings.Port, LessonsFolder = settings.Lessons, Workers = settings.Workers,
                ThreadsPerJob = Math.Max(1, Environment.ProcessorCount / settings.Workers),
            });
        }
        catch (ScenarioException e) { return ScenarioErrors.Report(console, e); }
        await using (server)
        {
            try { await server.StartAsync(cancellationToken); }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                console.MarkupLineInterpolated($"[red]error:[/] cannot listen on {settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}: {e.Message} (another program may use the port; try --port)");
                return ExitCodes.InvalidInput;
            }
            console.MarkupLineInterpolated($"The OneCountry classroom is at [bold]{server.Address}[/] ({server.Lessons.Count} lessons); open it in a browser. Ctrl+C stops it.");
            if (settings.Host is "0.0.0.0" or "::") console.MarkupLine("Listening on every address of this machine: students open http://<this machine's address>:" + settings.Port.ToString(CultureInfo.InvariantCulture) + "/");
            try { await server.WaitForShutdownAsync(cancellationToken); }
            catch (OperationCanceledException) { }
        }
        return ExitCodes.Success;
    }
}
