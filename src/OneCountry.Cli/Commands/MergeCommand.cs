using System.ComponentModel;
using OneCountry.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OneCountry.Cli.Commands;

/// <summary><c>onecountry merge OUT SHARD_DIR...</c>: joins the output folders of the shards of one
/// command (run with <c>--shard i/n</c>, or in a Slurm job array or a Kubernetes Indexed Job) into
/// exactly the files one machine writes for the whole plan.</summary>
public sealed class MergeCommand(IAnsiConsole console) : Command<MergeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OUT>")]
        [Description("The output folder: new, empty or an earlier output of onecountry (it is replaced whole).")]
        public string Out { get; init; } = "";

        [CommandArgument(1, "<SHARD_DIRS>")]
        [Description("The output folders of all the shards, in any order (each holds shard.json).")]
        public string[] Shards { get; init; } = [];

        public override ValidationResult Validate()
        {
            if (Out.Trim().Length == 0) return ValidationResult.Error("merge needs an output folder, not ''");
            if (Shards.Append(Out).Any(s => s.Contains('\0'))) return ValidationResult.Error("a folder name must not hold a NUL character");
            if (Shards.Length == 0) return ValidationResult.Error("merge needs the shard folders: onecountry merge OUT SHARD_DIR...");
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Out));
            if (Shards.Any(s => Path.TrimEndingDirectorySeparator(Path.GetFullPath(s)) == full))
                return ValidationResult.Error($"the output folder {Out} is one of the shard folders: give a new folder");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Every folder is checked before the output folder is touched.
        try { foreach (var s in settings.Shards) ShardFolder.Read(s); }
        catch (ShardFolderException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }
        using var output = StagedOutput.Open(console, settings.Out);
        if (output is null) return ExitCodes.InvalidInput;
        try
        {
            var (plan, files) = ShardFolder.Merge(settings.Shards, output.Folder);
            output.Commit();
            console.MarkupLineInterpolated($"Merged the {plan.Shards} shard(s) of the {plan.Kind} (plan {plan.PlanSha256[..12]}, {plan.Runs} runs) into {settings.Out}: {string.Join(", ", files)}");
            return ExitCodes.Success;
        }
        catch (ShardFolderException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]merge failed:[/] {e.Message}");
            return ExitCodes.RunFailure;
        }
    }
}
