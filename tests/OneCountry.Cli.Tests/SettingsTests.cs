using OneCountry.Cli.Commands;

namespace OneCountry.Cli.Tests;

/// <summary>The options shared through SimulationSettings keep each command's defaults and messages.</summary>
public class SettingsTests
{
    [Fact]
    public void Each_command_keeps_its_defaults()
    {
        Assert.Equal((1, (double?)null), (new RunCommand.Settings().Runs, new RunCommand.Settings().Scale));
        Assert.Equal((20, (double?)5000), (new CompareCommand.Settings().Runs, new CompareCommand.Settings().Scale));
        Assert.Equal((10, (double?)5000), (new SensitivityCommand.Settings().Runs, new SensitivityCommand.Settings().Scale));
        Assert.Equal((20, (double?)null), (new ValidateHistoryCommand.Settings().Runs, new ValidateHistoryCommand.Settings().Scale));
    }

    [Theory]
    [InlineData("run", "--threads", "0", "--threads must be from 1 to 1024, not 0")]
    [InlineData("compare", "--threads", "0", "--threads must be from 1 to 1024, not 0")]
    [InlineData("sensitivity", "--threads", "0", "--threads must be from 1 to 1024, not 0")]
    [InlineData("validate-history", "--threads", "0", "--threads must be from 1 to 1024, not 0")]
    [InlineData("run", "--runs", "0", "--runs must be from 1 to 100000, not 0")]
    [InlineData("compare", "--runs", "100001", "--runs must be from 1 to 100000, not 100001")]
    [InlineData("sensitivity", "--runs", "0", "--runs must be from 1 to 100000, not 0")]
    [InlineData("validate-history", "--runs", "0", "--runs must be from 1 to 100000, not 0")]
    [InlineData("run", "--scale", "0.5", "--scale must be from 1 to 1000000, not 0.5")]
    [InlineData("compare", "--scale", "0.5", "--scale must be from 1 to 1000000")]
    [InlineData("sensitivity", "--scale", "2000000", "--scale must be from 1 to 1000000")]
    [InlineData("validate-history", "--scale", "0.5", "--scale must be from 1 to 1000000")]
    public async Task The_shared_range_checks_give_the_same_messages_and_exit_code(string command, string option, string value, string message)
    {
        string[] args = command switch
        {
            "compare" => [command, "historical", "right", option, value],
            "validate-history" => [command, option, value],
            _ => [command, "historical", option, value],
        };
        var (code, output) = await CliFixture.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("error: " + message, output.Replace("\n", " ").Replace("  ", " "));
        if (command != "run" && option == "--scale") Assert.DoesNotContain(message + ", not", output);
    }
}
