using CutoverBot.Tests.Cli;

namespace CutoverBot.Tests.Hosting;

/// <summary>The bot process refused by its settings: every setting to fix in plain lines, no stack trace, exit code 78.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Start_InProductionWithoutKeyOrAppId_ListsBothAndExits78WithoutAStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("cutoverbot-refusal-").FullName;

        var (code, stdout, stderr) = await CliProcess.RunAsync(folder, [], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Storage__DatabasePath"] = Path.Combine(folder, "cutover.db"),
        });

        Assert.Equal(78, code);
        Assert.StartsWith("CutoverBot cannot start because its settings need attention:", stderr, StringComparison.Ordinal);
        Assert.Contains(" - Storage:EncryptionKey is not set.", stderr, StringComparison.Ordinal);
        Assert.Contains(" - MicrosoftAppId is not set.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", stdout, StringComparison.Ordinal);
    }
}
