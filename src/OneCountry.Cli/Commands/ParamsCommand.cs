using OneCountry.Model.Engine;
using System.ComponentModel;
using System.Globalization;
using OneCountry.Model;
using OneCountry.Model.Country;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

public sealed class ParamsCommand(IAnsiConsole console) : AsyncCommand<ParamsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        /// <summary>Every group of the registry, in its order (a test keeps this in step with ParameterRegistry).</summary>
        public const string Groups = "initial, farm, livestock, differentiation, demography, weather, market, industry, trade, labour, society, accounts, defence, collectivization, politics, world";

        [CommandOption("--format <FORMAT>")]
        [Description("table (default), csv or markdown.")]
        public string Format { get; init; } = "table";

        [CommandOption("--group <GROUP>")]
        [Description("Only parameters of this group: " + Groups + ".")]
        public string? Group { get; init; }

        public override ValidationResult Validate() =>
            Format is "table" or "csv" or "markdown" ? ValidationResult.Success() : ValidationResult.Error($"--format must be table, csv or markdown, not '{Format}'");
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var list = ParameterRegistry.All.Where(p => settings.Group is null || p.Group == settings.Group).ToList();
        if (list.Count == 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] no parameters in group '{settings.Group}'; groups: {string.Join(", ", ParameterRegistry.All.Select(p => p.Group).Distinct())}");
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        static string N(double v) => v.ToString("G10", CultureInfo.InvariantCulture);
        if (settings.Format is "csv" or "markdown") console.Profile.Width = 100_000; // one record a line, never wrapped
        switch (settings.Format)
        {
            case "csv":
                console.WriteLine("name,group,unit,default,min,max,meaning,source");
                foreach (var p in list)
                    console.WriteLine(string.Join(",", p.Name, p.Group, Q(p.Unit), N(p.Default), N(p.Min), N(p.Max), Q(p.Meaning), Q(p.Source)));
                break;
            case "markdown":
                console.WriteLine("| name | group | unit | default | range | meaning | source |");
                console.WriteLine("|---|---|---|---|---|---|---|");
                foreach (var p in list)
                    console.WriteLine($"| `{p.Name}` | {p.Group} | {p.Unit} | {N(p.Default)} | {N(p.Min)} – {N(p.Max)} | {p.Meaning} | {p.Source} |");
                break;
            default:
                var table = new Table().Border(TableBorder.Simple).Expand();
                table.AddColumns("name", "unit", "default", "range", "meaning", "source");
                foreach (var p in list)
                    table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Unit), N(p.Default), $"{N(p.Min)} – {N(p.Max)}", Markup.Escape(p.Meaning), Markup.Escape(p.Source));
                console.Write(table);
                console.MarkupLineInterpolated($"{list.Count} parameters. Source ids refer to data/SOURCES.md.");
                break;
        }
        return Task.FromResult(ExitCodes.Success);

        static string Q(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
    }
}
