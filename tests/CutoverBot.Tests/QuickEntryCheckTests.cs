using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests;

/// <summary>
/// What staff see, through the real host, when a message names no kind, carries a date of birth that cannot be one,
/// or an NHS number already logged under another name: the entry is kept, and the reply says so without putting a
/// patient detail in the channel.
/// </summary>
public abstract class QuickEntryCheckTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private IEntryStore Entries => bot.Service<IEntryStore>();

    private static bool InChannel(ConnectorCall call, string teamId) => call.ConversationId?.StartsWith(teamId, StringComparison.Ordinal) == true;

    private static bool InPersonalChat(ConnectorCall call, FakeMember member) =>
        call.ConversationId is { } id && (id == "a:personal-" + member.Id || id == "a:chat-with-" + member.Id);

    [Fact]
    public async Task ChannelEntry_ImpossibleDateOfBirthInTeamsHtml_SavedWithoutItAndTheChannelToldItIsStillNeeded()
    {
        const string teamId = "19:dob-impossible@thread.tacv2";
        var sam = new FakeMember("29:dob-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Impossible Surgery", sam);
        var activity = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "new reg Tariq Aziz 31/02/2020");
        activity["textFormat"] = "xml";
        activity["text"] = "<p><at>CutoverBot</at>&nbsp;new reg Tariq&nbsp;Aziz <b>31/02/2020</b></p>";
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Equal("Tariq Aziz", entry.Patient.Name);
        Assert.Null(entry.Patient.DateOfBirth);
        var channel = bot.CallsSince(before).Where(c => InChannel(c, teamId)).ToList();
        var told = Assert.Single(channel, c => c.Text?.Contains("couldn't be a real date of birth", StringComparison.Ordinal) == true);
        Assert.Contains("the date of birth is still needed", told.Text);
        Assert.Contains("edit " + entry.Reference, told.Text);
        Assert.All(channel, c =>
        {
            Assert.DoesNotContain("Tariq", c.Everything, StringComparison.Ordinal);
            Assert.DoesNotContain("Aziz", c.Everything, StringComparison.Ordinal);
            Assert.DoesNotContain("31/02", c.Everything, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task PersonalMessage_NoStartWordButPatientDetails_SavedAndToldTheKindIsAGuessEvenWhenRedelivered()
    {
        const string teamId = "19:guess-kind@thread.tacv2";
        var jo = new FakeMember("29:guess-jo", "Jo Nurse");
        await PracticeSetup.InstallAsync(bot, teamId, "Guessing Surgery", jo);
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, jo, "Mrs Eva Lind 07/03/1955 home visit please, housebound");
        var before = bot.Connector.Calls.Count;

        var first = await bot.SendAsync(message);
        var again = await bot.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Equal(EntryCategory.HomeVisit, entry.Category);
        Assert.Equal("Eva Lind", entry.Patient.Name);
        Assert.Equal(new DateOnly(1955, 3, 7), entry.Patient.DateOfBirth);
        var replies = bot.CallsSince(before).Where(c => InPersonalChat(c, jo)).ToList();
        Assert.Single(replies, c => c.Text?.Contains("best guess", StringComparison.Ordinal) == true);
        Assert.Contains(replies, c => c.Card is not null && c.Everything.Contains("\"category\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelEntry_NhsNumberLoggedUnderAnotherName_WarningGoesOnlyToTheAuthorsPersonalChat()
    {
        const string teamId = "19:nhs-clash@thread.tacv2";
        var sam = new FakeMember("29:clash-sam", "Sam Reception");
        var alex = new FakeMember("29:clash-alex", "Alex Admin");
        await PracticeSetup.InstallAsync(bot, teamId, "Clash Surgery", sam, alex);
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, alex, "log call Margaret Evans 14/02/1948 943 476 5919"));
        var first = Assert.Single(Entries.ForPractice(teamId));
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "rx req Peter Howell 1/1/1990 943 476 5919 inhaler"));

        var calls = bot.CallsSince(before);
        Assert.All(calls.Where(c => InChannel(c, teamId)), c =>
        {
            Assert.DoesNotContain("Margaret", c.Everything, StringComparison.Ordinal);
            Assert.DoesNotContain("already logged", c.Everything, StringComparison.Ordinal);
        });
        var warning = Assert.Single(calls, c => c.Text?.Contains("already logged", StringComparison.Ordinal) == true);
        Assert.True(InPersonalChat(warning, sam), $"the warning went to {warning.ConversationId}");
        Assert.Contains($"{first.Reference} (Margaret Evans)", warning.Text);
        Assert.DoesNotContain(calls, c => InPersonalChat(c, alex));
    }
}

public sealed class QuickEntryCheckTestsOnLiteDb(BotFixture bot) : QuickEntryCheckTests<BotFixture>(bot);

public sealed class QuickEntryCheckTestsOnPostgreSql(PostgresBotFixture bot) : QuickEntryCheckTests<PostgresBotFixture>(bot);
