using System.Net;
using System.Net.Sockets;

namespace OneCountry.Cli.Tests;

/// <summary><c>onecountry serve</c>: its options are checked before anything starts (the server itself is tested in OneCountry.Web.Tests).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--port", "70000", "--port must be from 0 to 65535")]
    [InlineData("--host", "../etc/passwd", "--host must be an IP address")]
    [InlineData("--workers", "0", "--workers must be from 1 to 64")]
    [InlineData("--lessons", "/no/such/lessons/folder", "--lessons: no folder")]
    public async Task A_bad_option_is_an_error_naming_it_with_exit_code_2(string option, string value, string says)
    {
        var (code, output) = await CliFixture.Run("serve", option, value);
        Assert.True(code == 2, output);
        Assert.Contains(says, output);
    }

    [Fact]
    public async Task A_port_already_in_use_is_an_error_with_exit_code_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (code, output) = await CliFixture.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 2, output);
        Assert.Contains("cannot listen on 127.0.0.1:" + port, output);
    }
}
