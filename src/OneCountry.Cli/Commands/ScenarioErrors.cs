using OneCountry.Model.Engine;
using OneCountry.Scenarios;
using Spectre.Console;

namespace OneCountry.Cli.Commands;

internal static class ScenarioErrors
{
    public static int Report(IAnsiConsole console, ScenarioException e)
    {
        foreach (var error in e.Errors)
            console.MarkupLineInterpolated($"[red]error:[/] {error.ToString()}");
        console.MarkupLineInterpolated($"[red]{e.Errors.Count} problem(s); nothing was run.[/]");
        return ExitCodes.InvalidInput;
    }
}
