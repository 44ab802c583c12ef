using CutoverBot.Cli;

namespace CutoverBot.Tests.Cli;

/// <summary>The command line's help lists what it can do, and each verb's own --help answers.</summary>
public sealed class CliUsageTests
{
    [Theory]
    [InlineData("export", "export --practice")]
    [InlineData("audit", "audit --practice")]
    [InlineData("rotate-key", "rotate-key [--database FILE]")]
    [InlineData("teams-package", "teams-package --bot-id")]
    [InlineData("seed-demo", "seed-demo [--database FILE]")]
    [InlineData("check-backup", "check-backup --database FILE")]
    [InlineData("check-storage", "check-storage [--connection")]
    [InlineData("migrate-storage", "migrate-storage --to postgresql")]
    public async Task Help_EveryVerb_IsListedAndAnswersItsOwnHelp(string verb, string usage)
    {
        var (all, own) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, await CliRunner.TryRunAsync(["--help"], TextWriter.Null, all));
        Assert.Equal(0, await CliRunner.TryRunAsync([verb, "--help"], TextWriter.Null, own));

        Assert.Contains("-- " + usage, all.ToString(), StringComparison.Ordinal);
        Assert.Contains(usage, own.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_SharedConfiguration_NamesTheVerbsThatReadIt()
    {
        // It once said "Both read ..." after listing three commands.
        Assert.Contains("export, audit, rotate-key and seed-demo read the same configuration as the bot", CliUsage.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("Both read", CliUsage.Text, StringComparison.Ordinal);
    }
}
