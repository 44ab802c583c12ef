using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Entries;

/// <summary>
/// The reply the bot posts in the channel for an entry follows the entry: completed or corrected in personal chat, it
/// stops asking for what is now there; undone or deleted, it says so, and the author's own card loses its buttons.
/// </summary>
public abstract class EntryChannelReplyTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string NoDateOfBirth = "log call Margaret Evans wants to know if her bloods are back";

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task Complete_InPersonalChatAfterLoggingInChannel_UpdatesTheChannelReplyWithoutPatientDetails()
    {
        var p = await LogInChannelAsync("complete");
        Assert.Contains("Still needed: date of birth", p.ChannelReply.Everything, StringComparison.Ordinal);

        var calls = await SendAsync(TeamsActivities.ExecuteAction(p.Personal, "entry.complete", new JsonObject
        {
            ["entryId"] = p.Entry.Id.ToString("D"),
            ["patientName"] = "Margaret Evans",
            ["dateOfBirth"] = "1948-02-14",
            ["nhsNumber"] = "943 476 5919",
        }));

        Assert.Equal(new DateOnly(1948, 2, 14), Entries.Find(p.Entry.Id)!.Patient.DateOfBirth);
        var put = Assert.Single(calls, c => c.IsUpdate);
        Assert.Equal(p.ChannelThread, put.ConversationId);
        Assert.Equal(p.ChannelReplyId, put.ActivityId);
        Assert.Contains(p.Entry.Reference, put.Everything, StringComparison.Ordinal);
        Assert.Contains(EntryCards.CompleteText, put.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Still needed", put.Everything, StringComparison.Ordinal);
        AssertNoPatientDetails(put.Everything);
    }

    [Fact]
    public async Task Undo_TypedInPersonalChat_MarksChannelReplyAndAuthorsCardRemovedWithNoButtons()
    {
        var p = await LogInChannelAsync("undo");

        var calls = await SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, p.Sam, "undo"));

        Assert.True(Entries.Find(p.Entry.Id)!.Deleted);
        var channel = Assert.Single(calls, c => c.IsUpdate && c.ConversationId == p.ChannelThread);
        Assert.Contains($"{p.Entry.Reference} was removed (undone) by its author", channel.Everything, StringComparison.Ordinal);
        Assert.Null(channel.Card!["actions"]);
        AssertNoPatientDetails(channel.Everything);
        var own = Assert.Single(calls, c => c.IsUpdate && c.ConversationId == p.PersonalChat);
        Assert.Equal(p.PersonalCardId, own.ActivityId);
        Assert.DoesNotContain("Action.Execute", own.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("entry.complete", own.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteButton_OnTheAuthorsCard_AnswersTheRemovedCardAndMarksTheChannelReply()
    {
        var p = await LogInChannelAsync("delete-button");
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(p.Personal, "entry.delete",
            new JsonObject { ["entryId"] = p.Entry.Id.ToString("D") }, p.PersonalCardId));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Contains("was removed (deleted) by its author", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        var channel = Assert.Single(bot.CallsSince(before), c => c.IsUpdate && c.ConversationId == p.ChannelThread);
        Assert.Contains("was removed (deleted)", channel.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_TypedByTheManagerInChannel_ChannelReplyNamesWhoRemovedIt()
    {
        var p = await LogInChannelAsync("manager-delete");

        var calls = await SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, p.TeamId, p.Maria, "delete " + p.Entry.Reference));

        var channel = Assert.Single(calls, c => c.IsUpdate && c.ConversationId == p.ChannelThread);
        Assert.Contains($"{p.Entry.Reference} was removed (deleted) by Maria Manager", channel.Everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(503)]
    public async Task Complete_ConnectorRefusesTheUpdate_UserStillGetsTheirCardAndTheEntryIsSaved(int status)
    {
        var p = await LogInChannelAsync("refused-" + status);
        bot.Connector.Script.Rule = call => call.IsUpdate ? new ScriptedReply(status, ErrorCode: status == 404 ? "ActivityNotFoundInConversation" : "ServiceUnavailable") : null;
        try
        {
            var response = await bot.SendAsync(TeamsActivities.ExecuteAction(p.Personal, "entry.complete",
                new JsonObject { ["entryId"] = p.Entry.Id.ToString("D"), ["dateOfBirth"] = "1948-02-14" }));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(200, body["statusCode"]!.GetValue<int>());
            Assert.Contains("Updated " + p.Entry.Reference, body["value"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(new DateOnly(1948, 2, 14), Entries.Find(p.Entry.Id)!.Patient.DateOfBirth);
        }
        finally
        {
            bot.Connector.Script.Rule = null;
        }
    }

    [Fact]
    public async Task Complete_EntryLoggedInPersonalChat_PutsNothingInAnyChannel()
    {
        var sam = new FakeMember("29:replies-personal-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, "19:replies-personal@thread.tacv2", "Riverside Surgery", sam);
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, NoDateOfBirth);
        await bot.SendAsync(message);
        var entry = Entries.LastByAuthor(sam.Id)!;

        var calls = await SendAsync(TeamsActivities.ExecuteAction(message, "entry.complete",
            new JsonObject { ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "1948-02-14" }));

        // The card clicked is the only copy, and the invoke answer already replaced it.
        Assert.DoesNotContain(calls, c => c.IsUpdate);
    }

    private async Task<IReadOnlyList<ConnectorCall>> SendAsync(JsonObject activity)
    {
        var before = bot.Connector.Calls.Count;
        var response = await bot.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return bot.CallsSince(before);
    }

    private async Task<LoggedInChannel> LogInChannelAsync(string name)
    {
        var teamId = $"19:replies-{name}@thread.tacv2";
        var sam = new FakeMember($"29:replies-{name}-sam", "Sam Reception");
        var maria = new FakeMember($"29:replies-{name}-maria", "Maria Manager");
        await PracticeSetup.InstallAsync(bot, teamId, "Riverside Surgery", maria, sam);
        var practices = bot.Service<IPracticeStore>();
        var practice = practices.Find(teamId)!;
        practice.ManagerUserId = maria.Id;
        practices.Upsert(practice);

        var message = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, NoDateOfBirth);
        var calls = await SendAsync(message);
        var entry = Entries.LastByAuthor(sam.Id)!;
        var thread = message["conversation"]!["id"]!.GetValue<string>();
        var reply = Assert.Single(calls, c => c.IsNewPost && c.ConversationId == thread);
        var posts = bot.Service<IEntryPostStore>().ForEntry(entry.Id);
        var personalChat = practices.FindUser(sam.Id)!.PersonalConversationId!;
        return new LoggedInChannel(teamId, sam, maria, entry, thread, reply,
            Assert.Single(posts, x => x.Shared).ActivityId, personalChat, Assert.Single(posts, x => !x.Shared).ActivityId,
            TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, ""));
    }

    private static void AssertNoPatientDetails(string sent)
    {
        foreach (var value in new[] { "Margaret", "Evans", "1948", "943 476 5919", "9434765919", "bloods" })
            Assert.DoesNotContain(value, sent, StringComparison.Ordinal);
    }

    private sealed record LoggedInChannel(
        string TeamId, FakeMember Sam, FakeMember Maria, Entry Entry, string ChannelThread, ConnectorCall ChannelReply, string ChannelReplyId,
        string PersonalChat, string PersonalCardId, JsonObject Personal);
}

public sealed class EntryChannelReplyTestsOnLiteDb(BotFixture bot) : EntryChannelReplyTests<BotFixture>(bot);

public sealed class EntryChannelReplyTestsOnPostgreSql(PostgresBotFixture bot) : EntryChannelReplyTests<PostgresBotFixture>(bot);
