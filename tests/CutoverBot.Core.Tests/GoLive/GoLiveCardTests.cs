using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.GoLive;

public sealed class GoLiveCardTests : IDisposable
{
    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    private void SeedPractice()
    {
        _h.Seed(Sam, EntryCategory.Call, "Margaret Evans", new DateOnly(1948, 2, 14), "9434765919", GoLiveHarness.GoLive.AddDays(-2), text: "bloods back?");
        _h.Seed(Sam, EntryCategory.Registration, "Tomasz Nowak", new DateOnly(1990, 8, 22), text: "moved from Leeds");
        _h.Seed(Alex, EntryCategory.Prescription, "Alan Reid", new DateOnly(1959, 9, 9), "4010232137", GoLiveHarness.GoLive.AddDays(-4), route: PrescriptionChannel.Phone);
        _h.Seed(Alex, EntryCategory.Referral, "Priya Shah", new DateOnly(1988, 4, 30), ubrn: "123456789012", text: "dermatology");
        _h.Seed(Both, EntryCategory.PathResult, "Sarah Jones", status: EntryStatus.Reentered);
    }

    [Fact]
    public void Card_SeededPatients_CarriesNoPatientData()
    {
        SeedPractice();

        var card = GoLiveCards.Card(_h.Summary());
        var data = JsonSerializer.Serialize(card.Data, card.Data.GetType());
        var rendered = _h.Render(card);

        foreach (var secret in new[] { "Margaret", "Evans", "Tomasz", "Nowak", "Alan Reid", "Priya", "Sarah Jones", "14/02/1948", "1948", "1990", "1959",
                     "9434765919", "943 476 5919", "4010232137", "123456789012", "bloods", "Leeds", "dermatology" })
        {
            Assert.DoesNotContain(secret, data);
            Assert.DoesNotContain(secret, rendered);
        }
        Assert.Contains("REG-0001", rendered);
        Assert.Contains("RX-0001 (phone)", rendered);
        Assert.Contains("REF-0001", rendered);
        Assert.Contains("1 of 5 re-entered or not needed; 4 still to re-enter.", rendered);
    }

    [Fact]
    public void Card_AfterGoLive_MentionsExactlyThoseWithEntriesOutstanding()
    {
        SeedPractice();

        var card = CardJson.Parse(_h.Render(GoLiveCards.Card(_h.Summary())));

        var entities = card["msteams"]!["entities"]!.AsArray();
        Assert.Equal([Alex.Id, Sam.Id], entities.Select(e => (string)e!["mentioned"]!["id"]!).Order());
        Assert.All(entities, e => Assert.Equal("mention", (string)e!["type"]!));
        var texts = CardJson.Texts(card["body"]);
        foreach (var entity in entities)
        {
            var text = (string)entity!["text"]!;
            Assert.Equal($"<at>{(string)entity["mentioned"]!["name"]!}</at>", text);
            Assert.Contains(texts, t => t.Contains(text, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(texts, t => t.Contains("<at>Bo Locum</at>", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_CategoryAndPersonProgress_ShowXOfYDone()
    {
        SeedPractice();

        var texts = CardJson.Texts(CardJson.Parse(_h.Render(GoLiveCards.Card(_h.Summary()))));

        Assert.Contains("Phone call: 0 of 1 done", texts);
        Assert.Contains("Paper pathology result: 1 of 1 done", texts);
        Assert.Contains("Sam Reception: 0 of 2 done", texts);
        Assert.Contains("Bo Locum: 1 of 1 done", texts);
    }

    [Fact]
    public void Card_BeforeGoLive_IsAPreviewWithoutMentions()
    {
        using var early = new GoLiveHarness(GoLiveHarness.GoLive.AddDays(5));
        early.Call(Sam, "Margaret Evans");

        var card = CardJson.Parse(early.Render(GoLiveCards.Card(early.Summary())));

        var texts = CardJson.Texts(card["body"]);
        Assert.Contains(texts, t => t.StartsWith("Preview:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("This is a preview: go-live is on Tue 1 Dec 2026", StringComparison.Ordinal));
        Assert.Contains("1 entry logged so far will need re-entry after go-live.", texts);
        Assert.Empty(card["msteams"]!["entities"]!.AsArray());
    }

    [Fact]
    public void Refresh_80StaffOutstanding_AtMost60IdsWithTheManager()
    {
        var staff = Enumerable.Range(1, 80).Select(i => new Kernel.ChatUser($"29:staff-{i:00}", $"Staff {i:00}")).ToList();
        foreach (var person in staff) _h.Call(person, "Patient " + person.Name);

        var card = CardJson.Parse(_h.Render(GoLiveCards.Card(_h.Summary())));

        var ids = card["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(60, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(Manager.Id, ids);
        Assert.All(ids.Where(id => id != Manager.Id), id => Assert.StartsWith("29:staff-", id));
        Assert.Equal("reentry.view", (string)card["refresh"]!["action"]!["verb"]!);
        Assert.Equal(Riverside, (string)card["refresh"]!["action"]!["data"]!["practiceId"]!);
        Assert.Equal(GoLiveCards.MaxMentions, card["msteams"]!["entities"]!.AsArray().Count);
        Assert.Contains(CardJson.Texts(card), t => t.Contains("And 55 more colleagues", StringComparison.Ordinal));
    }

    [Fact]
    public void Refresh_FewOutstanding_ThoseOutstandingThenManager()
    {
        SeedPractice();

        var ids = GoLiveCards.RefreshUsers(_h.Summary());

        Assert.Equal([Alex.Id, Sam.Id, Manager.Id], ids);
    }
}
