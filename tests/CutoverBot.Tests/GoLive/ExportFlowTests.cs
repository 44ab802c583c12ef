using System.Text.Json.Nodes;
using CutoverBot.Bot.Files;
using CutoverBot.Core.Practices;
using CutoverBot.Graph;
using CutoverBot.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CutoverBot.Tests.GoLive;

/// <summary>export without Microsoft Graph: consent cards in the manager's personal chat, the accepted upload, declines and refusals.</summary>
public abstract class ExportFlowTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";
    private const string InfoType = "application/vnd.microsoft.teams.card.file.info";

    [Fact]
    public async Task Export_ManagerAcceptsWorkbook_BytesUploadedAndWorkbookCountsMatchTheCard()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "export");
        await GoLiveScenario.Send(bot, s.Personal(s.Sam, "reentered " + s.EntriesOf(s.Sam)[0].Reference));
        var before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, s.Channel(s.Maria, "summary"));
        var cardProgress = s.ChannelCalls(bot.CallsSince(before)).Single(c => c.Card is not null).Card!.ToJsonString();
        Assert.Contains("1 of 5 re-entered or not needed; 4 still to re-enter.", cardProgress, StringComparison.Ordinal);
        before = bot.Connector.Calls.Count;

        await GoLiveScenario.Send(bot, s.Channel(s.Maria, "export"));

        var calls = bot.CallsSince(before);
        var personal = bot.Service<IPracticeStore>().FindUser(s.Maria.Id)!.PersonalConversationId;
        var consents = calls.Where(c => c.ConversationId == personal && c.Attachment(ConsentType) is not null).Select(c => c.Attachment(ConsentType)!).ToList();
        Assert.Equal(2, consents.Count);
        var workbook = consents.Single(c => c["name"]!.GetValue<string>().EndsWith(".xlsx", StringComparison.Ordinal));
        var context = workbook["content"]!["acceptContext"]!.AsObject();
        Assert.Equal(["fileId"], context.Select(p => p.Key));
        Assert.True(workbook["content"]!["sizeInBytes"]!.GetValue<long>() > 0);
        Assert.DoesNotContain(s.ChannelCalls(calls), c => c.Attachment(ConsentType) is not null);
        Assert.Contains(calls, c => c.ConversationId == personal && (c.Text ?? "").Contains(ChannelFilesCopier.NotSetUp, StringComparison.Ordinal));
        foreach (var call in s.ChannelCalls(bot.Connector.Calls)) GoLiveScenario.AssertNoPatientValues(GoLiveScenario.Visible(call));

        var name = workbook["name"]!.GetValue<string>();
        var accept = TeamsActivities.FileConsent(s.Personal(s.Maria), "accept", context, "consent-card-1", bot.Connector.UploadUrl(name), name);
        before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, accept);

        var upload = bot.Connector.FileCalls.Single(f => f.Path == "/upload/" + name);
        Assert.Equal("PUT", upload.Method);
        Assert.Equal($"bytes 0-{upload.Body.Length - 1}/{upload.Body.Length}", upload.ContentRange);
        Assert.Equal(workbook["content"]!["sizeInBytes"]!.GetValue<long>(), upload.Body.Length);
        var after = bot.CallsSince(before);
        var info = after.Single(c => c.Attachment(InfoType) is not null).Attachment(InfoType)!;
        Assert.Equal(name, info["name"]!.GetValue<string>());
        Assert.Equal("unique-" + name, info["content"]!["uniqueId"]!.GetValue<string>());
        Assert.Equal("xlsx", info["content"]!["fileType"]!.GetValue<string>());
        Assert.Contains(after, c => c.Method == "PUT" && c.ActivityId == "consent-card-1");
        // Total, re-entered, not needed, still to re-enter: the card said 1 of 5 done, 4 still to re-enter.
        Assert.Equal(["5", "1", "0", "4"], SummaryRow(upload.Body, "All entries").Skip(1).Take(4));

        // Each file is given once: accepting the same card again finds nothing.
        before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, accept);
        Assert.Contains(bot.CallsSince(before), c => (c.Text ?? "").Contains(FileConsentHandler.Gone, StringComparison.Ordinal));
        Assert.Single(bot.Connector.FileCalls, f => f.Path == "/upload/" + name);
    }

    [Fact]
    public async Task Export_DeclinedAndForged_BytesDeletedAndOnlyTheManagerCanTakeThem()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "decline");
        var files = bot.Service<IPendingFileStore>();
        var waiting = files.Count();
        var before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));
        var consents = bot.CallsSince(before).Where(c => c.Attachment(ConsentType) is not null).Select(c => c.Attachment(ConsentType)!).ToList();
        Assert.Equal(waiting + 2, files.Count());
        var csv = consents.Single(c => c["name"]!.GetValue<string>().EndsWith(".csv", StringComparison.Ordinal));
        var xlsx = consents.Single(c => c["name"]!.GetValue<string>().EndsWith(".xlsx", StringComparison.Ordinal));

        // Sam replays Maria's accept context from his own chat: nothing is uploaded and Maria's file stays hers.
        var forged = TeamsActivities.FileConsent(s.Personal(s.Sam), "accept", xlsx["content"]!["acceptContext"], "x", bot.Connector.UploadUrl("stolen.xlsx"), "stolen.xlsx");
        await GoLiveScenario.Send(bot, forged);
        Assert.DoesNotContain(bot.Connector.FileCalls, f => f.Path.Contains("stolen", StringComparison.Ordinal));
        Assert.Equal(waiting + 2, files.Count());

        before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, TeamsActivities.FileConsent(s.Personal(s.Maria), "decline", csv["content"]!["declineContext"], "consent-csv"));
        Assert.Equal(waiting + 1, files.Count());
        Assert.Contains(bot.CallsSince(before), c => (c.Text ?? "").StartsWith("OK, I haven't saved", StringComparison.Ordinal));

        // The notice about Graph was given at the first export of this practice only.
        before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));
        Assert.DoesNotContain(bot.CallsSince(before), c => (c.Text ?? "").Contains("Microsoft Graph", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_ByStaffWhoIsNotTheManager_RefusedAndNoFileOffered()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "refused");
        var before = bot.Connector.Calls.Count;

        await GoLiveScenario.Send(bot, s.Channel(s.Sam, "export"));

        var calls = bot.CallsSince(before);
        Assert.Contains(calls, c => (c.Text ?? "").Contains("Only the practice manager can export", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.Attachment(ConsentType) is not null);
    }

    [Fact]
    public async Task FileConsent_Malformed_Returns200AndUploadsNothing()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "malformed");
        var forged = TeamsActivities.FileConsent(s.Personal(s.Maria), "accept", JsonValue.Create("not an object"), "x", "file:///etc/passwd", "passwd");

        var response = await bot.SendAsync(forged);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Connector.FileCalls, f => f.Path.Contains("passwd", StringComparison.Ordinal));
    }

    /// <summary>The Summary sheet's row whose first cell is <paramref name="label"/>, as displayed values.</summary>
    private static IReadOnlyList<string> SummaryRow(byte[] xlsx, string label)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook!.Sheets!.Elements<Sheet>().Single(x => x.Name?.Value == "Summary");
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>();
        return rows.Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? "").ToList())
            .Single(cells => cells.FirstOrDefault() == label);
    }
}

public sealed class ExportFlowTestsOnLiteDb(BotFixture bot) : ExportFlowTests<BotFixture>(bot);

public sealed class ExportFlowTestsOnPostgreSql(PostgresBotFixture bot) : ExportFlowTests<PostgresBotFixture>(bot);
