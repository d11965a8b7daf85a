using System.ComponentModel;
using OneCountry.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary>Prints a table of docs/model.md generated from the model's declarations.</summary>
public sealed class DocsCommand(IAnsiConsole console) : Command<DocsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<TABLE>")]
        [Description("schedule (the month's processes), levers or outputs.")]
        public string Table { get; init; } = "";

        public override ValidationResult Validate() =>
            ModelDocs.Tables.Contains(Table) ? ValidationResult.Success()
                : ValidationResult.Error($"TABLE must be one of {string.Join(", ", ModelDocs.Tables)}, not '{Table}'");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        console.Profile.Width = 100_000; // one row a line, never wrapped
        foreach (var line in ModelDocs.Table(settings.Table).Split('\n')) console.WriteLine(line);
        return ExitCodes.Success;
    }
}
