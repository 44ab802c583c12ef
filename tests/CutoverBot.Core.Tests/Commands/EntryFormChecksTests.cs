using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Commands;

/// <summary>The entry form: changing the kind, and dates of birth that cannot be right.</summary>
public sealed class EntryFormChecksTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static object Form(Entry entry, string dob = "1948-02-14", string occurred = "2026-11-25", string? kind = null) => kind is null
        ? new { entryId = entry.Id.ToString(), patientName = "Margaret Evans", dateOfBirth = dob, occurredOn = occurred }
        : new { entryId = entry.Id.ToString(), patientName = "Margaret Evans", dateOfBirth = dob, occurredOn = occurred, category = kind };

    [Fact]
    public void EntryComplete_AnotherKindChosen_ChangesTheKindKeepsTheReferenceAndAuditsIt()
    {
        var entry = _bot.Log(Personal(Sam), "Margaret Evans 14/2/48 wants her results");
        Assert.Equal(EntryCategory.Other, entry.Category);

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry, kind: "path_result"));

        Assert.Equal(200, result.StatusCode);
        var stored = _bot.Entries.Find(entry.Id)!;
        Assert.Equal(EntryCategory.PathResult, stored.Category);
        Assert.Equal("NOTE-0001", stored.Reference);
        Assert.Contains("Paper pathology result", _bot.Renderer.Render(result.Card!));
        var change = _bot.Audit.ForEntry(entry.Id).Last().Changes.Single(c => c.Field == EntryFields.Category);
        Assert.Equal(("other", "path_result"), (change.Old, change.New));
    }

    [Fact]
    public void EntryComplete_ForgedKind_IsBadRequestAndNothingChanges()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry, kind: "spaceship"));

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("kind", result.Message);
        Assert.Equal(EntryCategory.Call, _bot.Entries.Find(entry.Id)!.Category);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.Name);
    }

    [Theory]
    [InlineData("31/02/2020", "isn't a real date")]
    [InlineData("2020-02-31", "isn't a real date")]
    [InlineData("14/02/2031", "can't be in the future")]
    [InlineData("14/02/1848", "can't be before 1900")]
    [InlineData("soon", "couldn't read")]
    public void EntryComplete_DateOfBirthThatCannotBeOne_SaysWhyAndSavesNothing(string dob, string why)
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry, dob: dob));

        Assert.Equal(400, result.StatusCode);
        Assert.Contains(why, result.Message);
        Assert.Contains("date of birth", result.Message);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.Name);
    }

    [Fact]
    public void EntryComplete_DateOfBirthAfterTheDayItHappened_IsRefused()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry, dob: "2026-11-26", occurred: "2026-11-20"));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(EntryEditReader.BirthAfterEventText, result.Message);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.DateOfBirth);
    }

    [Fact]
    public void Saved_EveryEntryCard_OffersEveryKindWithItsOwnChosen()
    {
        var entry = _bot.Log(Personal(Sam), "rx req Ben Taylor 14/6/1972");

        var card = _bot.Renderer.Render(EntryCards.Saved(entry, "Saved"));

        Assert.Contains("\"id\":\"category\"", card.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("\"value\":\"prescription\"", card.Replace(" ", "", StringComparison.Ordinal));
        foreach (var kind in EntryCategoryInfo.All) Assert.Contains(kind.Label, card);
    }
}
