using CutoverBot.Cli;

namespace CutoverBot.Tests.Cli;

public sealed class CliRunnerUsageTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    [Theory]
    [InlineData()]
    [InlineData("--urls", "http://localhost:3978")]
    [InlineData("--environment", "Development")]
    [InlineData("exports")]
    public async Task TryRunAsync_NotACliVerb_ReturnsNullSoTheWebHostStarts(params string[] args)
    {
        Assert.Null(await CliRunner.TryRunAsync(args, _out, _err));
        Assert.Equal("", _out.ToString() + _err.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("export", "--help")]
    [InlineData("export", "--practice", "F81001", "-h")]
    public async Task TryRunAsync_Help_PrintsUsageToStderrAndExits0(params string[] args)
    {
        Assert.Equal(0, await CliRunner.TryRunAsync(args, _out, _err));
        Assert.Contains("export --practice", _err.ToString());
        Assert.Equal("", _out.ToString());
    }

    [Theory]
    [InlineData("The format 'xlsx' is not supported", "export", "--practice", "F81001", "--format", "xlsx")]
    [InlineData("--practice is required", "export", "--format", "csv")]
    [InlineData("--format is required", "export", "--practice", "F81001")]
    [InlineData("--practice needs a value", "export", "--practice", "--format", "csv")]
    [InlineData("--out needs a value", "export", "--practice", "F81001", "--format", "csv", "--out")]
    [InlineData("Unknown option '--team'", "export", "--team", "F81001", "--format", "csv")]
    [InlineData("Unknown option 'F81001'", "export", "F81001", "--format", "csv")]
    [InlineData("--practice was given more than once", "export", "-p", "A", "--practice", "B", "--format", "csv")]
    public async Task Export_BadArguments_Exits2WithMessageAndUsage(string message, params string[] args)
    {
        var code = await CliRunner.TryRunAsync(args, _out, _err);

        Assert.Equal(2, code);
        var err = _err.ToString();
        Assert.Contains(message, err);
        Assert.Contains("Usage:", err);
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void Parse_InlineValuesAndShortNames_AreAccepted()
    {
        var options = ExportArgumentParser.Parse(["-p", "Riverside Surgery", "--format=CSV", "--out=x.csv"], out var error, out _);

        Assert.Null(error);
        Assert.Equal(new ExportOptions("Riverside Surgery", "csv", "x.csv", null), options);
    }
}
