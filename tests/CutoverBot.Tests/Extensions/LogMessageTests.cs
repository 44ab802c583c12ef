using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.MessageActions;
using CutoverBot.Tests.Infrastructure;
using static CutoverBot.Tests.Extensions.ExtensionCards;

namespace CutoverBot.Tests.Extensions;

/// <summary>"Log for re-entry" on a Teams message, replayed as Teams sends the fetchTask and submitAction invokes.</summary>
public abstract class LogMessageTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string GpMessage = "<p><at id=\"0\">Sam Reception</at>&nbsp;Mrs Margaret Evans 14/2/48 rang yesterday, wants her bloods,<br>told her Friday</p>";

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task FetchTask_ChannelMessageWithHtmlAndMention_FormFilledByTheParser()
    {
        var (sam, channel) = await PracticeAsync("prefill");
        var before = bot.Connector.Calls.Count;

        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, Payload(GpMessage)));

        Assert.Equal(HttpStatusCode.OK, status);
        var inputs = Inputs(Card(body));
        Assert.Equal("call", inputs["category"]);
        Assert.Equal("Margaret Evans", inputs["patientName"]);
        Assert.Equal("1948-02-14", inputs["dateOfBirth"]);
        Assert.Equal("2026-03-09", inputs["occurredOn"]);
        Assert.Contains("told her Friday", inputs["details"], StringComparison.Ordinal);
        Assert.DoesNotContain("<", inputs["details"], StringComparison.Ordinal);
        Assert.DoesNotContain("&nbsp;", inputs["details"], StringComparison.Ordinal);
        Assert.DoesNotContain(bot.CallsSince(before), c => c.IsNewPost || c.IsUpdate);
        Assert.Null(Entries.LastByAuthor(sam.Id));
    }

    [Fact]
    public async Task FetchTask_MessageWithoutADate_DatedTheDayItWasSent()
    {
        var (_, channel) = await PracticeAsync("sent-day");

        var (_, body) = await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel,
            Payload("<div>log call Tomasz Nowak wants a sick note</div>", createdDateTime: "2026-03-06T15:40:00.000Z")));

        Assert.Equal("2026-03-06", Inputs(Card(body))["occurredOn"]);
    }

    [Fact]
    public async Task SubmitAction_ChannelForm_SavedOnceWithItsSourceAndConfirmedOnlyInTheTaskModule()
    {
        var (sam, channel) = await PracticeAsync("save");
        var payload = Payload(GpMessage);
        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, payload))).Body);
        var before = bot.Connector.Calls.Count;

        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(form, d => d["nhsNumber"] = "943 476 5919")));

        Assert.Equal(HttpStatusCode.OK, status);
        var entry = Entries.LastByAuthor(sam.Id)!;
        Assert.Equal("CALL-0001", entry.Reference);
        Assert.Equal("Margaret Evans", entry.Patient.Name);
        Assert.Equal("9434765919", entry.Patient.NhsNumber);
        Assert.Equal(new DateOnly(2026, 3, 9), entry.OccurredOn);
        var confirmation = Json(Card(body));
        Assert.Contains("Saved CALL-0001", confirmation, StringComparison.Ordinal);
        Assert.Contains("Nothing was posted to the conversation", confirmation, StringComparison.Ordinal);
        var source = bot.Service<IMessageSourceStore>().ForEntry(entry.Id)!;
        Assert.Equal(payload["linkToMessage"]!.GetValue<string>(), source.Link);
        Assert.Equal(payload["id"]!.GetValue<string>(), source.MessageId);
        Assert.DoesNotContain(bot.CallsSince(before), c => c.IsNewPost || c.IsUpdate);
        Assert.Contains(bot.Service<IAuditStore>().ForEntry(entry.Id), a => a.Action == AuditAction.Created);
    }

    [Fact]
    public async Task SubmitAction_SameMessageTwice_SaysAlreadyLoggedAndOpensThatEntryInstead()
    {
        var (sam, channel) = await PracticeAsync("twice");
        var payload = Payload(GpMessage);
        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, payload))).Body);
        await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(form)));

        var again = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(form)))).Body);
        var refetched = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, payload))).Body);

        Assert.Equal(1, Entries.CountByAuthor(channel["channelData"]!["team"]!["id"]!.GetValue<string>(), sam.Id));
        foreach (var card in new[] { again, refetched })
        {
            Assert.Contains("already logged as CALL-0001", Json(card), StringComparison.Ordinal);
            Assert.DoesNotContain("Margaret", Json(card), StringComparison.Ordinal);
        }
        var opened = Json(Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(again)))).Body));
        Assert.Contains("CALL-0001", opened, StringComparison.Ordinal);
        Assert.Contains("Margaret Evans", opened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAction_ConcurrentSavesOfOneMessage_OneEntry()
    {
        var (sam, channel) = await PracticeAsync("concurrent");
        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, Payload(GpMessage)))).Body);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(form)))));

        Assert.Equal(1, Entries.CountByAuthor(channel["channelData"]!["team"]!["id"]!.GetValue<string>(), sam.Id));
    }

    [Fact]
    public async Task SubmitAction_NhsNumberFailsItsCheck_FormAgainWithTheReasonAndNothingSaved()
    {
        var (sam, channel) = await PracticeAsync("bad-nhs");
        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, Payload(GpMessage)))).Body);

        var answer = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(form, d => d["nhsNumber"] = "943 476 5918")))).Body);

        Assert.Contains("does not pass the NHS number check", Json(answer), StringComparison.Ordinal);
        Assert.Equal("Margaret Evans", Inputs(answer)["patientName"]);
        Assert.Null(Entries.LastByAuthor(sam.Id));
    }

    private async Task<(FakeMember Sam, JsonObject Channel)> PracticeAsync(string name)
    {
        var sam = new FakeMember($"29:ext-{name}-sam", "Sam Reception");
        var teamId = $"19:ext-{name}@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, teamId, "Riverside Surgery", sam);
        return (sam, TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "help"));
    }

    private static JsonObject Payload(string html, string createdDateTime = "2026-03-10T08:15:00.000Z")
    {
        PatientValues.RegisterMessage(Core.Parsing.TextNormaliser.Normalise(html));
        return ExtensionInvokes.Payload(html, createdDateTime: createdDateTime);
    }
}

public sealed class LogMessageTestsOnLiteDb(BotFixture bot) : LogMessageTests<BotFixture>(bot);

public sealed class LogMessageTestsOnPostgreSql(PostgresBotFixture bot) : LogMessageTests<PostgresBotFixture>(bot);
