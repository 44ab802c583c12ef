using System.Net;
using System.Text.RegularExpressions;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.MultiInstance;

/// <summary>
/// What staff and Teams do to two instances at once: entries spread over both, the same message delivered to both,
/// both install events landing on different instances. Everything is saved once and numbered without a gap.
/// </summary>
public sealed partial class TwoInstanceMessageTests : IAsyncLifetime
{
    private static readonly FakeMember Manager = new("29:two-manager", "Priya Shah");
    private static readonly FakeMember[] Staff =
        [Manager, new("29:two-reception", "Tom Green"), new("29:two-nurse", "Jo Black"), new("29:two-admin", "Sam Reed")];

    private readonly TwoInstances _bots = new();

    public Task InitializeAsync() => _bots.InitializeAsync();

    public Task DisposeAsync() => _bots.DisposeAsync();

    [Fact]
    public async Task QuickEntries_SentAlternatelyToBothInstances_EachSavedOnceAndNumberedWithoutGaps()
    {
        const string teamId = "19:two-entries@thread.tacv2";
        await InstallAsync(teamId, 0);

        var answers = new HttpStatusCode[60];
        await Parallel.ForAsync(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            // Names are read as letters, so each message's surname is its number in letters.
            var text = $"log call Ann {Letters(n)} 14/02/1948 wants to know if her bloods are back";
            answers[n] = (await _bots.SendAsync(n % 2, TeamsActivities.ChannelMessage(_bots.ServiceUrl, teamId, Staff[n % Staff.Length], text, "Two Surgery"))).StatusCode;
        });

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        var entries = _bots.Service<IEntryStore>(1).ForPractice(teamId);
        Assert.Equal(60, entries.Count);
        Assert.Equal(Enumerable.Range(1, 60), entries.Select(e => Number(e.Reference)).Order());
        Assert.Equal(60, entries.Select(e => e.Patient.Name).Distinct().Count());
    }

    [Fact]
    public async Task SameMessage_DeliveredToBothInstancesAtOnce_SavedOnceAndBothAnswered()
    {
        const string teamId = "19:two-redelivery@thread.tacv2";
        await InstallAsync(teamId, 1);
        for (var round = 0; round < 10; round++)
        {
            var message = TeamsActivities.ChannelMessage(_bots.ServiceUrl, teamId, Staff[1], $"log call Bob {Letters(round)} 01/01/1950 repeat request", "Two Surgery");

            var answers = await Task.WhenAll(_bots.SendAsync(0, message.DeepClone()), _bots.SendAsync(1, message.DeepClone()));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        }

        var entries = _bots.Service<IEntryStore>(0).ForPractice(teamId);
        Assert.Equal(10, entries.Count);
        Assert.Equal(Enumerable.Range(1, 10), entries.Select(e => Number(e.Reference)).Order());
    }

    [Fact]
    public async Task BothInstallEvents_OnDifferentInstancesAtOnce_OneWelcomeInTheChannel()
    {
        for (var round = 0; round < 5; round++)
        {
            var teamId = $"19:two-install-{round}@thread.tacv2";
            _bots.Connector.SetRoster(teamId, Staff);
            var before = _bots.Connector.Calls.Count;

            var answers = await Task.WhenAll(
                _bots.SendAsync(round % 2, TeamsActivities.InstallInTeam(_bots.ServiceUrl, teamId, "Two Surgery", Manager)),
                _bots.SendAsync((round + 1) % 2, TeamsActivities.TeamMembersChanged(_bots.ServiceUrl, teamId, "Two Surgery", Manager, added: [TeamsActivities.Bot()])));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            var inChannel = _bots.Connector.Calls.Skip(before).Where(c => c.IsNewPost && c.ConversationId == teamId).ToList();
            Assert.Single(inChannel, c => c.Text is not null && c.Text.Contains("CutoverBot", StringComparison.Ordinal));
            Assert.Single(inChannel, c => c.Card is not null);
        }
    }

    private async Task InstallAsync(string teamId, int instance)
    {
        _bots.Connector.SetRoster(teamId, Staff);
        (await _bots.SendAsync(instance, TeamsActivities.InstallInTeam(_bots.ServiceUrl, teamId, "Two Surgery", Manager))).EnsureSuccessStatusCode();
    }

    private static string Letters(int n) => "Q" + (char)('a' + n / 26) + (char)('a' + n % 26) + "son";

    private static int Number(string reference) => int.Parse(TrailingNumber().Match(reference).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+$")]
    private static partial Regex TrailingNumber();
}
