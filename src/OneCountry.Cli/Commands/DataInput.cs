using OneCountry.Experiments;
using Spectre.Console;

namespace OneCountry.Cli.Commands;

/// <summary>The historical data folder of the commands that need it (validate-history, infer-weather).</summary>
internal static class DataInput
{
    /// <summary>Finds and reads <c>data/</c>; on failure says why and gives the exit code (else null).</summary>
    public static int? TryLoad(IAnsiConsole console, out string folder, out HistoricalData data)
    {
        data = null!;
        folder = HistoricalData.FindFolder() ?? "";
        if (folder.Length == 0)
        {
            console.MarkupLine("[red]error:[/] data folder with ussr_economy_1913_1941.csv not found (looked beside the program and in the working folder)");
            return ExitCodes.InvalidInput;
        }
        try { data = HistoricalData.Load(folder); }
        catch (Exception e) when (e is IOException or InvalidDataException or KeyNotFoundException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }
        return null;
    }
}
