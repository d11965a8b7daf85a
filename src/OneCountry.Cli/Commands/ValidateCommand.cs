using OneCountry.Model.Engine;
using System.ComponentModel;
using OneCountry.Experiments;
using OneCountry.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class ValidateCommand(IAnsiConsole console) : AsyncCommand<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SCENARIO>")]
        [Description("A scenario file, or the name of a shipped scenario.")]
        public string Scenario { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var s = ScenarioCatalog.Load(settings.Scenario);
            console.MarkupLineInterpolated($"[green]ok:[/] {s.SourcePath}: '{s.Name}', {s.Start} to {s.End}, seed {s.Seed}, scale {s.Scale}, {s.Policy.Changes.Count} lever changes, {s.Events.Count} events, {s.ParameterOverrides.Count} parameter overrides");
            foreach (var o in s.Overrides)
                console.MarkupLineInterpolated($"[blue]replaces:[/] {o.ToString()}");
            foreach (var w in s.Warnings)
                console.MarkupLineInterpolated($"[yellow]warning:[/] {w.ToString()}");
            return Task.FromResult(ExitCodes.Success);
        }
        catch (ScenarioException e)
        {
            return Task.FromResult(ScenarioErrors.Report(console, e));
        }
    }
}
