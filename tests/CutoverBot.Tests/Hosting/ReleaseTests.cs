using System.Text.RegularExpressions;
using System.Xml.Linq;
using CutoverBot.Core.Status;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Hosting;

/// <summary>The version the bot reports, the build's version and the changelog's newest release are one and the same.</summary>
public sealed partial class ReleaseTests
{
    private static readonly string Changelog = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Changelog_NewestRelease_IsTheVersionTheBotReports()
    {
        var newest = Release().Match(Changelog);
        var built = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

        Assert.True(newest.Success, "CHANGELOG.md has no '## [x.y.z] - date' heading");
        Assert.Equal(built, newest.Groups["version"].Value);
        Assert.Equal(built, BotVersion.Number);
    }

    [Fact]
    public void Changelog_EveryRelease_SaysWhatUpgradingDoesToTheDatabase()
    {
        var releases = Release().Matches(Changelog).Select(m => m.Index).Append(Changelog.Length).ToList();

        Assert.NotEmpty(releases.SkipLast(1));
        for (var i = 0; i < releases.Count - 1; i++)
        {
            var section = Changelog[releases[i]..releases[i + 1]];
            var upgrading = section.IndexOf("### Upgrading", StringComparison.Ordinal);
            Assert.True(upgrading >= 0, "no '### Upgrading' in: " + section.Split('\n')[0]);
            Assert.Contains("Database:", section[upgrading..], StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^## \[(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?)\] - (\d{4}-\d{2}-\d{2}|unreleased)$", RegexOptions.Multiline)]
    private static partial Regex Release();
}
