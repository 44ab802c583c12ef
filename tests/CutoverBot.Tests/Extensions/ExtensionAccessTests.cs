using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Infrastructure;
using static CutoverBot.Tests.Extensions.ExtensionCards;

namespace CutoverBot.Tests.Extensions;

/// <summary>Who may log a message, and where it goes: group and personal chats, guests, people on no roster, forged forms.</summary>
public abstract class ExtensionAccessTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string Message = "<p>rx req John Smith 1/1/60 repeat inhaler please</p>";

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task SubmitAction_GroupChatStaffOfTwoPractices_AsksWhichAndFilesItThere()
    {
        var sam = new FakeMember("29:acc-two-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, "19:acc-two-a@thread.tacv2", "Riverside Surgery", sam);
        var hillside = await PracticeSetup.InstallAsync(bot, "19:acc-two-b@thread.tacv2", "Hillside Medical Centre", sam);
        var chat = ExtensionInvokes.GroupChat(bot.ServiceUrl, sam);

        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(chat, Payload(Message)))).Body);
        var unchosen = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(chat, SubmitData(form)))).Body);
        var saved = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(chat, SubmitData(form, d => d["practiceId"] = hillside.Id)))).Body);

        Assert.Contains("Hillside Medical Centre", Json(form), StringComparison.Ordinal);
        Assert.Contains("Riverside Surgery", Json(form), StringComparison.Ordinal);
        Assert.Contains(MessageEntryFeature.ChoosePracticeText, Json(unchosen), StringComparison.Ordinal);
        Assert.Contains("Saved RX-0001", Json(saved), StringComparison.Ordinal);
        var entry = Entries.LastByAuthor(sam.Id)!;
        Assert.Equal(hillside.Id, entry.PracticeId);
        Assert.Equal(EntryCategory.Prescription, entry.Category);
    }

    [Fact]
    public async Task SubmitAction_ForgedPracticeTheUserIsNotStaffOf_RefusedAndNothingSaved()
    {
        var sam = new FakeMember("29:acc-forged-sam", "Sam Reception");
        var other = new FakeMember("29:acc-forged-other", "Olu Manager");
        await PracticeSetup.InstallAsync(bot, "19:acc-forged-a@thread.tacv2", "Riverside Surgery", sam);
        var elsewhere = await PracticeSetup.InstallAsync(bot, "19:acc-forged-b@thread.tacv2", "Hillside Medical Centre", other);
        var personal = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "help");
        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(personal, Payload(Message)))).Body);

        var answer = Said(await InvokeAsync(bot, ExtensionInvokes.SubmitAction(personal, SubmitData(form, d => d["practiceId"] = elsewhere.Id))));

        Assert.Equal(MessageEntryFeature.NotYourEntryText, answer);
        Assert.Null(Entries.LastByAuthor(sam.Id));
        Assert.Empty(Entries.ForPractice(elsewhere.Id));
    }

    [Fact]
    public async Task SubmitAction_OpenForgedWithAnotherPracticesEntry_Refused()
    {
        var sam = new FakeMember("29:acc-open-sam", "Sam Reception");
        var other = new FakeMember("29:acc-open-other", "Olu Reception");
        await PracticeSetup.InstallAsync(bot, "19:acc-open-a@thread.tacv2", "Riverside Surgery", sam);
        await PracticeSetup.InstallAsync(bot, "19:acc-open-b@thread.tacv2", "Hillside Medical Centre", other);
        var theirs = ExtensionInvokes.GroupChat(bot.ServiceUrl, other, "19:acc-open-chat@thread.v2");
        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(theirs, Payload(Message)))).Body);
        await InvokeAsync(bot, ExtensionInvokes.SubmitAction(theirs, SubmitData(form)));
        var entry = Entries.LastByAuthor(other.Id)!;

        var answer = await InvokeAsync(bot, ExtensionInvokes.SubmitAction(ExtensionInvokes.GroupChat(bot.ServiceUrl, sam, "19:acc-open-chat@thread.v2"),
            new JsonObject { ["action"] = "open", ["entryId"] = entry.Id.ToString("D") }));

        Assert.Equal(MessageEntryFeature.NotYourEntryText, Said(answer));
    }

    [Fact]
    public async Task FetchAndSubmit_GuestInThePracticeChannel_RefusedInTheTaskModuleAndNothingSaved()
    {
        var sam = new FakeMember("29:acc-guest-sam", "Sam Reception");
        var guest = new FakeMember("29:acc-guest-icb", "Ivy ICB", UserRole: "guest");
        await PracticeSetup.InstallAsync(bot, "19:acc-guest@thread.tacv2", "Riverside Surgery", sam, guest);
        var channel = TeamsActivities.ChannelMessage(bot.ServiceUrl, "19:acc-guest@thread.tacv2", guest, "help");
        var before = bot.Connector.Calls.Count;

        var fetched = Said(await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, Payload(Message))));
        var submitted = Said(await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel,
            new JsonObject { ["action"] = "save", ["category"] = "call", ["patientName"] = "John Smith", ["details"] = "repeat inhaler please" })));
        var searched = (await InvokeAsync(bot, ExtensionInvokes.Query(channel, "CALL-0001"))).Body!["composeExtension"]!;

        Assert.Contains("guests of this team", fetched, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", submitted, StringComparison.Ordinal);
        Assert.Equal("message", searched["type"]!.GetValue<string>());
        Assert.Null(Entries.LastByAuthor(guest.Id));
        Assert.DoesNotContain(bot.CallsSince(before), c => c.IsNewPost || c.IsUpdate);
    }

    [Fact]
    public async Task FetchAndSubmit_SomeoneOnNoRosterInAGroupChat_ToldWhyAndNothingSaved()
    {
        var stranger = new FakeMember("29:acc-stranger", "Pat Pharmacist");
        var chat = ExtensionInvokes.GroupChat(bot.ServiceUrl, stranger, "19:acc-stranger-chat@thread.v2");

        var fetched = Said(await InvokeAsync(bot, ExtensionInvokes.FetchTask(chat, Payload(Message))));
        var submitted = Said(await InvokeAsync(bot, ExtensionInvokes.SubmitAction(chat,
            new JsonObject { ["action"] = "save", ["category"] = "call", ["details"] = "repeat inhaler please" })));

        Assert.Equal(ExtensionPracticesText, fetched);
        Assert.Equal(ExtensionPracticesText, submitted);
        Assert.Null(Entries.LastByAuthor(stranger.Id));
    }

    [Fact]
    public async Task FetchTask_PersonalChatMessageForwardedFromAnEmail_FormFilledFromItsText()
    {
        var sam = new FakeMember("29:acc-email-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, "19:acc-email@thread.tacv2", "Riverside Surgery", sam);
        const string email = "<div><div>________________________________<br><b>From:</b> Boots Pharmacy &lt;boots.fake@nhs.net&gt;<br>" +
            "<b>Sent:</b> 09 March 2026 16:02<br><b>Subject:</b> Repeat request</div><br><div>Hi, prescription request for John Smith 1/1/60, " +
            "repeat inhaler please.&nbsp; Thanks</div></div>";

        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "help"), Payload(email)))).Body);

        var inputs = Inputs(form);
        Assert.Equal("John Smith", inputs["patientName"]);
        Assert.Equal("1960-01-01", inputs["dateOfBirth"]);
        Assert.Contains("repeat inhaler please", inputs["details"], StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", inputs["details"], StringComparison.Ordinal);
    }

    private static string ExtensionPracticesText =>
        "Only practice staff can log entries with CutoverBot, and you're not on the roster of any practice team I'm in. " +
        "Nothing was saved. Ask your practice manager to add CutoverBot to the practice team.";

    private static string Said((System.Net.HttpStatusCode Status, JsonNode? Body) answer)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        return ExtensionCards.Message(answer.Body);
    }

    private static JsonObject Payload(string html)
    {
        PatientValues.RegisterMessage(Core.Parsing.TextNormaliser.Normalise(html));
        return ExtensionInvokes.Payload(html);
    }
}

public sealed class ExtensionAccessTestsOnLiteDb(BotFixture bot) : ExtensionAccessTests<BotFixture>(bot);

public sealed class ExtensionAccessTestsOnPostgreSql(PostgresBotFixture bot) : ExtensionAccessTests<PostgresBotFixture>(bot);
