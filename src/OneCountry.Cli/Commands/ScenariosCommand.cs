using OneCountry.Model.Engine;
using OneCountry.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class ScenariosCommand(IAnsiConsole console) : AsyncCommand
{
    public override Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var shipped = ScenarioCatalog.Shipped();
        if (shipped.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no scenarios folder found (looked in the working directory, its parents, and beside the program)");
            return Task.FromResult(ExitCodes.RunFailure);
        }
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("name", "span", "description", "file");
        foreach (var s in shipped)
            table.AddRow(Markup.Escape(s.Name), Markup.Escape(s.Span), Markup.Escape(s.Description), Markup.Escape(s.File));
        console.Write(table);
        return Task.FromResult(ExitCodes.Success);
    }
}
