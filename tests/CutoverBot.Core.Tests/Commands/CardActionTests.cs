using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Tests.Commands;

public sealed class CardActionTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private object Form(Entry entry, string name = "Margaret Evans", string dob = "1948-02-14", string nhs = "943 476 5919") => new
    {
        entryId = entry.Id.ToString(),
        patientName = name,
        dateOfBirth = dob,
        nhsNumber = nhs,
        occurredOn = "2026-11-25",
        details = "wants to know if her bloods are back",
    };

    [Fact]
    public void EntryComplete_OneSubmit_FixesTheEntryAndReturnsTheRefreshedCard()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry));

        Assert.Equal(200, result.StatusCode);
        var stored = _bot.Entries.Find(entry.Id)!;
        Assert.Equal("Margaret Evans", stored.Patient.Name);
        Assert.Equal(new DateOnly(1948, 2, 14), stored.Patient.DateOfBirth);
        Assert.Equal("9434765919", stored.Patient.NhsNumber);
        Assert.Equal(new DateOnly(2026, 11, 25), stored.OccurredOn);
        var card = _bot.Renderer.Render(result.Card!);
        Assert.Contains("Updated CALL-0001", card);
        Assert.Contains("14/02/1948", card);
        Assert.Contains("943 476 5919", card);
        Assert.DoesNotContain("Still needed", card);
    }

    [Fact]
    public void EntryComplete_DayFirstTypedDate_IsReadDayFirst()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        _bot.Click(Personal(Sam), "entry.complete", Form(entry, dob: "03/07/1975"));

        Assert.Equal(new DateOnly(1975, 7, 3), _bot.Entries.Find(entry.Id)!.Patient.DateOfBirth);
    }

    [Fact]
    public void EntryComplete_Edit_AuditsFieldNamesButNoPatientValues()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        _bot.Click(Personal(Sam), "entry.complete", Form(entry));

        var record = _bot.Audit.ForEntry(entry.Id).Last();
        Assert.Equal(AuditAction.Edited, record.Action);
        Assert.Equal(Sam.Id, record.UserId);
        var fields = record.Changes.ToDictionary(c => c.Field);
        Assert.True(fields[EntryFields.PatientName].IsPatientField);
        Assert.Null(fields[EntryFields.PatientName].Old);
        Assert.Null(fields[EntryFields.PatientName].New);
        Assert.Equal(["dateOfBirth", "details", "nhsNumber", "occurredOn", "patientName"], fields.Keys.Order());
        Assert.Equal("2026-11-26", fields[EntryFields.OccurredOn].Old);
        Assert.Equal("2026-11-25", fields[EntryFields.OccurredOn].New);
        var everything = System.Text.Json.JsonSerializer.Serialize(_bot.Audit.ForEntry(entry.Id));
        Assert.DoesNotContain("Margaret", everything);
        Assert.DoesNotContain("9434765919", everything);
        Assert.DoesNotContain("1948", everything);
    }

    [Theory]
    [InlineData("943 476 5918", "NHS number check")]
    [InlineData("12345", "NHS number check")]
    [InlineData("", null)]
    public void EntryComplete_NhsNumber_BadOnesAreRejectedAndEntryUnchanged(string nhs, string? error)
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry, nhs: nhs));

        var stored = _bot.Entries.Find(entry.Id)!;
        if (error is null)
        {
            Assert.Equal(200, result.StatusCode);
            Assert.Equal("Margaret Evans", stored.Patient.Name);
            return;
        }
        Assert.Equal(400, result.StatusCode);
        Assert.Contains(error, result.Message);
        Assert.DoesNotContain(nhs, result.Message);
        Assert.Null(stored.Patient.Name);
        Assert.Single(_bot.Audit.ForEntry(entry.Id));
    }

    [Theory]
    [InlineData("31/02/1990")]
    [InlineData("02/14/1948")]
    [InlineData("2099-01-01")]
    [InlineData("yesterday-ish")]
    public void EntryComplete_BadDateOfBirth_IsBadRequest(string dob)
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", Form(entry, dob: dob));

        Assert.Equal(400, result.StatusCode);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.Name);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{\"entryId\": 7}")]
    [InlineData("{\"entryId\": \"not-a-guid\"}")]
    public void EntryComplete_MissingOrMalformedEntryId_IsBadRequest(string json)
    {
        var result = _bot.ClickJson(Personal(Sam), "entry.complete", json);

        Assert.Equal(400, result.StatusCode);
        Assert.NotNull(result.Message);
    }

    [Fact]
    public void EntryComplete_FieldOfWrongType_IsBadRequestAndEntryUnchanged()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var result = _bot.Click(Personal(Sam), "entry.complete", new { entryId = entry.Id.ToString(), patientName = 12, dateOfBirth = new[] { 1 } });

        Assert.Equal(400, result.StatusCode);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.Name);
    }

    [Fact]
    public void EntryComplete_AnotherPracticesEntry_IsForbiddenAndRevealsNothing()
    {
        var entry = _bot.Log(Personal(Hilda), "log call secret stuff");

        var forged = _bot.Click(Personal(Sam), "entry.complete", Form(entry));
        var unknown = _bot.Click(Personal(Sam), "entry.complete", new { entryId = Guid.NewGuid().ToString() });

        Assert.Equal(403, forged.StatusCode);
        Assert.Null(forged.Card);
        Assert.Equal(unknown.Message, forged.Message);
        Assert.Null(_bot.Entries.Find(entry.Id)!.Patient.Name);
    }

    [Fact]
    public void EntryComplete_SamePracticeNotAuthor_IsForbiddenButManagerMayEdit()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        Assert.Equal(403, _bot.Click(Personal(Alex), "entry.complete", Form(entry)).StatusCode);
        Assert.Equal(200, _bot.Click(Personal(Manager), "entry.complete", Form(entry)).StatusCode);
    }

    [Fact]
    public void EntryComplete_ClickedInAChannel_ReplacementCardHasNoPatientDetails()
    {
        var entry = _bot.Log(Channel(Sam), "log call");

        var result = _bot.Click(Channel(Sam), "entry.complete", Form(entry));

        Assert.Equal(200, result.StatusCode);
        Assert.DoesNotContain("Margaret", _bot.Renderer.Render(result.Card!));
        Assert.Contains("Margaret", _bot.Shown(Assert.Single(result.FollowUps)));
        Assert.Equal(Audience.AuthorPersonal, result.FollowUps[0].Audience);
    }

    [Fact]
    public void EntryComplete_ChannelOfAnotherPractice_IsForbidden()
    {
        var entry = _bot.Log(Channel(Both, Hillview), "log call");

        var result = _bot.Click(Channel(Both, Riverside), "entry.complete", Form(entry));

        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public void EntryDelete_Author_DeletesAndOtherStaffIsForbidden()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        Assert.Equal(403, _bot.Click(Personal(Alex), "entry.delete", new { entryId = entry.Id.ToString() }).StatusCode);
        var result = _bot.Click(Personal(Sam), "entry.delete", new { entryId = entry.Id.ToString() });

        Assert.Equal(200, result.StatusCode);
        Assert.True(_bot.Entries.Find(entry.Id)!.Deleted);
        Assert.Equal(entry.Id, result.EntryChanged);
        // The clicked card becomes the removed card: no Save or Delete left to press.
        var card = _bot.Renderer.Render(result.Card!);
        Assert.Contains("CALL-0001 was removed (deleted) by its author", card);
        Assert.DoesNotContain("Action.", card);
    }

    [Theory]
    [InlineData("{\"page\": 0}")]
    [InlineData("{\"page\": -3}")]
    [InlineData("{\"page\": \"two\"}")]
    [InlineData("{\"page\": 1.5}")]
    [InlineData("\"page\"")]
    public void EntriesPage_BadPage_IsBadRequest(string json)
    {
        Assert.Equal(400, _bot.ClickJson(Personal(Sam), "entries.page", json).StatusCode);
    }

    [Fact]
    public void EntriesPage_FromHelpCardInChannel_SendsTheListPrivately()
    {
        _bot.Say(Channel(Sam), "log call");

        var result = _bot.ClickJson(Channel(Sam), "entries.page", "{\"page\": 1}");

        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Card);
        Assert.Equal(Audience.AuthorPersonal, Assert.Single(result.FollowUps).Audience);
    }
}
