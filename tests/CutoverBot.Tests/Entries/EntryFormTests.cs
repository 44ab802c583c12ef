using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Entries;

/// <summary>What pressing Save on an entry's form answers, replayed as Teams sends the click.</summary>
public abstract class EntryFormTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task Save_OnTheCardOfAnUndoneEntry_SaysItWasUndoneRatherThanNotYours()
    {
        var (sam, message, entry) = await LogAsync("undone", "log call Margaret Evans wants her bloods");
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "undo"));

        var answer = await SaveAsync(message, new JsonObject { ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "1948-02-14" });

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        var card = answer["value"]!.ToJsonString();
        Assert.Contains($"{entry.Reference} was removed (undone) by its author", card, StringComparison.Ordinal);
        Assert.DoesNotContain("isn't one you can change", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", card, StringComparison.Ordinal);
    }

    // The form as the Adaptive Cards renderer sends it: every box that holds a value, and none that it counts as empty.
    // A box Teams has not taken the typing of (a card it has just redrawn) arrives the same way as an empty one.
    [Fact]
    public async Task Save_NhsNumberTypedButNotSentByTeams_SaysNothingWasSavedAndWhichBoxNotNoChanges()
    {
        var (_, message, entry) = await LogAsync("nhs-missing", "log call Margaret Evans 14/02/1948 wants her bloods");
        var form = new JsonObject
        {
            ["entryId"] = entry.Id.ToString("D"),
            ["patientName"] = "Margaret Evans",
            ["dateOfBirth"] = "1948-02-14",
            ["occurredOn"] = "2026-03-10",
            ["details"] = entry.Patient.Text,
        };

        var answer = (await SaveAsync(message, form))["value"]!.ToJsonString();

        Assert.DoesNotContain("No changes", answer, StringComparison.Ordinal);
        Assert.Contains($"Nothing saved to {entry.Reference}", answer, StringComparison.Ordinal);
        Assert.Contains("the NHS number box reached me empty", answer, StringComparison.Ordinal);

        form["nhsNumber"] = "943 476 5919";
        var retyped = (await SaveAsync(message, form))["value"]!.ToJsonString();

        Assert.Contains($"Updated {entry.Reference}", retyped, StringComparison.Ordinal);
        Assert.Equal("9434765919", Entries.Find(entry.Id)!.Patient.NhsNumber);
    }

    [Fact]
    public async Task Save_EveryBoxAsItWasWithNothingEmpty_SaysNoChanges()
    {
        var (_, message, entry) = await LogAsync("unchanged", "log call Margaret Evans 14/02/1948 943 476 5919 wants her bloods");

        var answer = (await SaveAsync(message, new JsonObject
        {
            ["entryId"] = entry.Id.ToString("D"),
            ["patientName"] = "Margaret Evans",
            ["dateOfBirth"] = "1948-02-14",
            ["nhsNumber"] = "943 476 5919",
            ["occurredOn"] = "2026-03-10",
        }))["value"]!.ToJsonString();

        Assert.Contains($"No changes to {entry.Reference}", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("reached me empty", answer, StringComparison.Ordinal);
    }

    private async Task<(FakeMember Sam, JsonObject Message, Entry Entry)> LogAsync(string name, string text)
    {
        var sam = new FakeMember($"29:form-{name}-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, $"19:form-{name}@thread.tacv2", "Riverside Surgery", sam);
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, text);
        await bot.SendAsync(message);
        return (sam, message, Entries.LastByAuthor(sam.Id)!);
    }

    private async Task<JsonNode> SaveAsync(JsonObject source, JsonObject form)
    {
        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(source, "entry.complete", form));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

public sealed class EntryFormTestsOnLiteDb(BotFixture bot) : EntryFormTests<BotFixture>(bot);

public sealed class EntryFormTestsOnPostgreSql(PostgresBotFixture bot) : EntryFormTests<PostgresBotFixture>(bot);
