using CutoverBot.Core.Kernel;
using System.Net;
using CutoverBot.Bot.Posts;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using static CutoverBot.Tests.Tabs.TabsFixture;

namespace CutoverBot.Tests.Tabs;

/// <summary>Confirming from the personal tab goes through the go-live card's rules and leaves the same audit records.</summary>
public sealed class TabsReentryTests(TabsFixture tabs) : IClassFixture<TabsFixture>
{
    [Fact]
    public async Task Reentered_OwnEntry_IsConfirmedAndAudited()
    {
        using var response = await tabs.PostAsync($"/api/tabs/entries/{tabs.SamCall.Id:D}/reentered?practice={Q(Riverside)}", tabs.TokenFor(Sam));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("re-entered", await response.Content.ReadAsStringAsync());
        var entry = tabs.Service<IEntryStore>().Find(tabs.SamCall.Id)!;
        Assert.Equal(EntryStatus.Reentered, entry.Status);
        Assert.Equal(Sam.Id, entry.ReenteredById);
        Assert.Contains(tabs.Service<IAuditStore>().ForEntry(entry.Id), a => a.Action == AuditAction.Reentered && a.UserId == Sam.Id);
        // The tab shows no re-entry view, so none is recorded as viewed.
        Assert.DoesNotContain(tabs.Service<IAuditStore>().ForPractice(Riverside), a => a.Action == AuditAction.Viewed && a.Surface == "reentry.confirm");
    }

    [Fact]
    public async Task Reentered_FromTheTab_UpdatesThePostedGoLiveCardInPlace()
    {
        await tabs.Service<ChatCommandRouter>().HandleAsync(new ChatContext(Sam.ChatUser, ConversationKind.Personal, null),
            "log call Peter Walsh 999 841 0363 asking for a fit note", CancellationToken.None);
        var entry = tabs.Service<IEntryStore>().LastByAuthor(Sam.Id)!;
        tabs.Service<IGoLivePostStore>().Remember(Riverside, Riverside, "golive-tab-1", "an older card", tabs.Time.GetUtcNow());
        var before = tabs.Connector.Calls.Count;

        using var response = await tabs.PostAsync($"/api/tabs/entries/{entry.Id:D}/reentered?practice={Q(Riverside)}", tabs.TokenFor(Sam));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var put = Assert.Single(tabs.Connector.Calls.Skip(before), c => c.IsUpdate && c.ActivityId == "golive-tab-1");
        Assert.Contains("re-entered", put.Everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Peter Walsh", put.Everything);
    }

    [Fact]
    public async Task Reentered_SomeoneElsesEntry_Is403AndUnchanged()
    {
        var before = tabs.Service<IEntryStore>().Find(tabs.AlexCall.Id)!.Status;

        using var response = await tabs.PostAsync($"/api/tabs/entries/{tabs.AlexCall.Id:D}/reentered?practice={Q(Riverside)}", tabs.TokenFor(Sam));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, tabs.Service<IEntryStore>().Find(tabs.AlexCall.Id)!.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("{\"reason\": 7}")]
    [InlineData("{\"reason\": \"   \"}")]
    public async Task NotNeeded_WithoutAReason_Is400AndUnchanged(string? body)
    {
        using var response = await tabs.PostAsync($"/api/tabs/entries/{tabs.SamReg.Id:D}/not-needed?practice={Q(Riverside)}", tabs.TokenFor(Sam), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(EntryStatus.Pending, tabs.Service<IEntryStore>().Find(tabs.SamReg.Id)!.Status);
    }

    [Fact]
    public async Task NotNeeded_ManagerWithReason_IsMarked()
    {
        using var response = await tabs.PostAsync($"/api/tabs/entries/{tabs.AlexCall.Id:D}/not-needed?practice={Q(Riverside)}", tabs.TokenFor(Pat),
            "{\"reason\": \"duplicate of a call already re-entered\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = tabs.Service<IEntryStore>().Find(tabs.AlexCall.Id)!;
        Assert.Equal(EntryStatus.NotNeeded, entry.Status);
        Assert.Contains(tabs.Service<IAuditStore>().ForEntry(entry.Id), a => a.Action == AuditAction.MarkedNotNeeded && a.UserId == Pat.Id);
    }

    [Fact]
    public async Task Reentered_Guest_Is403()
    {
        using var response = await tabs.PostAsync($"/api/tabs/entries/{tabs.SamReg.Id:D}/reentered?practice={Q(Riverside)}", tabs.TokenFor(Ivy));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
