using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Commands;

public sealed class QuickEntryTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void HandleAsync_PersonalLogCall_SavesEntryWithReferenceAndShowsCardWithForm()
    {
        var response = _bot.Say(Personal(Sam), "log call wants to know if her bloods are back");

        var entry = Assert.Single(_bot.Entries.ForPractice(Riverside));
        Assert.Equal("CALL-0001", entry.Reference);
        Assert.Equal(EntryCategory.Call, entry.Category);
        Assert.Equal("wants to know if her bloods are back", entry.Patient.Text);
        Assert.Equal(new DateOnly(2026, 11, 26), entry.OccurredOn);
        Assert.Equal(Sam.Id, entry.AuthorId);
        var message = Assert.Single(response.Messages);
        Assert.Equal(Audience.Here, message.Audience);
        var card = _bot.Shown(message);
        Assert.Contains("Saved CALL-0001", card);
        Assert.Contains("entry.complete", card);
        Assert.Contains(entry.Id.ToString(), card);
    }

    [Fact]
    public void HandleAsync_EntryMissingRequiredFields_IsSavedAndListsWhatIsMissing()
    {
        var response = _bot.Say(Personal(Sam), "log call");

        var entry = Assert.Single(_bot.Entries.ForPractice(Riverside));
        Assert.Null(entry.Patient.Name);
        Assert.Null(entry.Patient.DateOfBirth);
        var card = _bot.Shown(response, Audience.Here);
        Assert.Contains("Still needed: patient name, date of birth.", card);
        Assert.Contains("Complete the missing details", card);
    }

    [Fact]
    public void HandleAsync_ChannelEntry_ChannelCardHasNoPatientDetailsAndAuthorGetsThemPrivately()
    {
        var response = _bot.Say(Channel(Sam), "log call asked about her warfarin dose");

        var here = _bot.Shown(response, Audience.Here);
        var personal = _bot.Shown(response, Audience.AuthorPersonal);
        Assert.Contains("CALL-0001", here);
        Assert.Contains("Phone call", here);
        Assert.Contains("Still needed: patient name, date of birth.", here);
        Assert.DoesNotContain("warfarin", here);
        Assert.DoesNotContain("Input.", here);
        Assert.Contains("warfarin", personal);
        Assert.Contains("entry.complete", personal);
        Assert.True(Assert.Single(_bot.Entries.ForPractice(Riverside)).LoggedInChannel);
    }

    [Fact]
    public void HandleAsync_ChannelEntryWithoutPatientDetails_HasNoPrivacyReminder()
    {
        var response = _bot.Say(Channel(Sam), "log call");

        Assert.DoesNotContain("guests may read", _bot.Shown(response, Audience.Here));
    }

    [Fact]
    public void HandleAsync_ChannelEntryWithPatientDetails_RemindsAboutPersonalChatAndShowsNoneOfThem()
    {
        var response = _bot.Say(Channel(Sam), "log call Margaret Evans 14/02/1948 943 476 5919 wants to know if her bloods are back");

        var here = _bot.Shown(response, Audience.Here);
        Assert.Contains("guests may read", here);
        foreach (var detail in new[] { "Margaret", "Evans", "14/02/1948", "1948-02-14", "943 476 5919", "9434765919", "bloods" })
            Assert.DoesNotContain(detail, here);
        Assert.Contains("Margaret Evans", _bot.Shown(response, Audience.AuthorPersonal));
    }

    [Fact]
    public void HandleAsync_NhsNumberFailingCheck_IsNotStoredAndUserIsTold()
    {
        var response = _bot.Say(Personal(Sam), "log call 943 476 5918 asked for a sick note");

        Assert.Null(Assert.Single(_bot.Entries.ForPractice(Riverside)).Patient.NhsNumber);
        Assert.Contains("failed the NHS number check", _bot.Shown(response, Audience.Here));
    }

    [Fact]
    public void HandleAsync_GuestInChannel_IsRefusedAndNothingSaved()
    {
        var response = _bot.Say(Channel(Guest), "log call");

        Assert.Contains("Only practice staff", _bot.Shown(response, Audience.Here));
        Assert.Empty(_bot.Entries.ForPractice(Riverside));
    }

    [Fact]
    public void HandleAsync_ChannelOfUnknownTeam_EntryHeldForItsAuthorWithAClearReason()
    {
        var response = _bot.Say(Channel(Sam, "19:stranger@thread.tacv2"), "log call Margaret Evans 14/02/1948 wants her bloods");

        Assert.Contains("isn't an active practice", _bot.Shown(response, Audience.Here));
        Assert.DoesNotContain("Margaret", _bot.Shown(response, Audience.Here));
        var held = _bot.Entries.LastByAuthor(Sam.Id);
        Assert.NotNull(held);
        Assert.Equal("", held.PracticeId);
        Assert.Equal("Margaret Evans", held.Patient.Name);
    }

    [Fact]
    public void HandleAsync_CommandInChannelOfUnknownTeam_IsRefusedWithAClearReason()
    {
        var response = _bot.Say(Channel(Sam, "19:stranger@thread.tacv2"), "my entries");

        Assert.Contains("isn't set up as a practice", _bot.Shown(response, Audience.Here));
    }

    [Fact]
    public void HandleAsync_ReferencesAreSequentialPerPracticeAndIndependentAcrossPractices()
    {
        _bot.Say(Channel(Sam), "log call");
        _bot.Time.Advance(TimeSpan.FromSeconds(5));
        _bot.Say(Channel(Alex), "log call");
        _bot.Say(Channel(Hilda, Hillview), "log call");

        Assert.Equal(["CALL-0001", "CALL-0002"], _bot.Entries.ForPractice(Riverside).Select(e => e.Reference));
        Assert.Equal("CALL-0001", Assert.Single(_bot.Entries.ForPractice(Hillview)).Reference);
    }

    [Fact]
    public void HandleAsync_ConcurrentSaves_GetUniqueReferences()
    {
        Parallel.For(0, 40, i => _bot.Say(Channel(i % 2 == 0 ? Sam : Alex), "log call"));

        var references = _bot.Entries.ForPractice(Riverside).Select(e => e.Reference).ToList();
        Assert.Equal(40, references.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"CALL-{n:D4}"), references.Order());
    }

    [Fact]
    public void HandleAsync_CreatingAnEntry_WritesACreatedAuditRecord()
    {
        var entry = _bot.Log(Personal(Sam), "log call");

        var record = Assert.Single(_bot.Audit.ForEntry(entry.Id));
        Assert.Equal(AuditAction.Created, record.Action);
        Assert.Equal(Sam.Id, record.UserId);
        Assert.Equal(_bot.Time.GetUtcNow(), record.At);
        Assert.Equal("CALL-0001", record.Reference);
    }
}
