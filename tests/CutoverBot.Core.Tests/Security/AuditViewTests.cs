using System.Text.Json;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Tests.GoLive;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Security;

/// <summary>Every showing of patient details and every export leaves one audit record: who, where, which references; never a value.</summary>
public sealed class AuditViewTests : IDisposable
{
    private static readonly string[] PatientValues = ["Margaret", "Evans", "1948", "9434765919", "943 476 5919", "bloods"];

    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    private List<AuditRecord> Records(AuditAction action) => _h.Bot.Audit.ForPractice(Riverside).Where(r => r.Action == action).ToList();

    private static void AssertNoPatientValues(IEnumerable<AuditRecord> records)
    {
        var json = JsonSerializer.Serialize(records);
        foreach (var value in PatientValues) Assert.DoesNotContain(value, json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(ConversationKind.Personal)]
    [InlineData(ConversationKind.Channel)]
    public void QuickEntry_EntryCardSentToAuthor_OneViewedRecordWithTheReference(ConversationKind kind)
    {
        var context = kind == ConversationKind.Personal ? Personal(Sam) : Channel(Sam);

        _h.Say(context, "log call Margaret Evans 14/02/1948 NHS 943 476 5919 wants to know if her bloods are back");

        var viewed = Assert.Single(Records(AuditAction.Viewed));
        Assert.Equal(Sam.Id, viewed.UserId);
        Assert.Equal(ChatCommandRouter.QuickEntrySurface, viewed.Surface);
        Assert.Equal(["CALL-0001"], viewed.References);
        Assert.Equal("CALL-0001", viewed.Reference);
        Assert.Equal(_h.Bot.Time.GetUtcNow(), viewed.At);
        AssertNoPatientValues(_h.Bot.Audit.ForPractice(Riverside));
    }

    [Fact]
    public void MyEntries_OnePage_OneRecordListingEveryReferenceShown()
    {
        for (var i = 0; i < 3; i++) _h.Call(Sam, "Margaret Evans");
        _h.Call(Alex, "Someone Else");

        _h.Say(Personal(Sam), "my entries");

        var viewed = Assert.Single(Records(AuditAction.Viewed));
        Assert.Equal("my entries", viewed.Surface);
        Assert.Equal(3, viewed.Count);
        Assert.Equal(["CALL-0003", "CALL-0002", "CALL-0001"], viewed.References);
        Assert.Empty(viewed.Changes);
        AssertNoPatientValues([viewed]);
    }

    [Fact]
    public void Edit_FormSent_AuditedAsViewedFromEdit()
    {
        _h.Call(Sam, "Margaret Evans");

        _h.Say(Channel(Sam), "edit CALL-0001");

        var viewed = Assert.Single(Records(AuditAction.Viewed));
        Assert.Equal("edit", viewed.Surface);
        Assert.Equal("CALL-0001", viewed.Reference);
    }

    [Fact]
    public void ReentryView_StaffClick_AuditedWithThePageShown_GuestClick_NotAudited()
    {
        _h.Call(Sam, "Margaret Evans");
        _h.Call(Sam, "Tomasz Nowak");

        _h.Click(Channel(Guest), ReentryViewAction.Name, new { practiceId = Riverside });
        Assert.Empty(Records(AuditAction.Viewed));

        _h.Click(Channel(Sam), ReentryViewAction.Name, new { practiceId = Riverside });
        var viewed = Assert.Single(Records(AuditAction.Viewed));
        Assert.Equal(ReentryViewAction.Name, viewed.Surface);
        Assert.Equal(["CALL-0001", "CALL-0002"], viewed.References);
    }

    [Fact]
    public void Refused_NothingShown_NothingAudited()
    {
        _h.Call(Sam, "Margaret Evans");

        _h.Say(Channel(Guest), "my entries");
        _h.Say(Personal(Hilda), "edit CALL-0001");
        _h.Click(Personal(Hilda), ReentryViewAction.Name, new { practiceId = Riverside });

        Assert.Empty(Records(AuditAction.Viewed));
    }

    [Fact]
    public void Export_Manager_OneExportedRecordWithCountAndFilesButNoValues()
    {
        _h.Call(Sam, "Margaret Evans");
        _h.Call(Alex, "Tomasz Nowak");

        _h.Say(Personal(Manager), "export");

        var exported = Assert.Single(Records(AuditAction.Exported));
        Assert.Equal(Manager.Id, exported.UserId);
        Assert.Equal("export", exported.Surface);
        Assert.Equal(2, exported.Count);
        Assert.Equal(["CALL-0001", "CALL-0002"], exported.References);
        Assert.Equal(2, exported.Changes.Count(c => c.Field == "file"));
        AssertNoPatientValues([exported]);
    }

    [Fact]
    public void Export_NotManager_Refused_NoExportRecorded()
    {
        _h.Call(Sam, "Margaret Evans");

        _h.Say(Personal(Sam), "export");

        Assert.Empty(Records(AuditAction.Exported));
    }
}
