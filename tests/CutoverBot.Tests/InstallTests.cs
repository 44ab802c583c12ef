using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests;

public abstract class InstallTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private static readonly FakeMember Manager = new("29:install-manager", "Priya Shah");
    private static readonly FakeMember Receptionist = new("29:install-reception", "Tom Green");
    private static readonly FakeMember Nurse = new("29:install-nurse", "Jo Black");
    private static readonly FakeMember IcbGuest = new("29:install-icb", "ICB Lead (Guest)", "guest");

    private IPracticeStore Practices => bot.Service<IPracticeStore>();

    [Fact]
    public async Task Install_InTeam_StoresPracticeRosterWithGuestAndWelcomes()
    {
        const string teamId = "19:riverside-install@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager, Receptionist, Nurse, IcbGuest);
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Riverside Surgery", Manager));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var practice = Assert.IsType<Practice>(Practices.Find(teamId));
        Assert.Equal("Riverside Surgery", practice.Name);
        Assert.Equal(TeamsActivities.TenantId, practice.TenantId);
        Assert.Equal(bot.ServiceUrl, practice.ServiceUrl);
        Assert.Equal(teamId, practice.ChannelId);
        Assert.Equal(Manager.Id, practice.ManagerUserId);
        Assert.Equal(bot.Time.GetUtcNow(), practice.InstalledAt);
        Assert.True(practice.Active);

        var roster = Practices.Members(teamId).ToDictionary(m => m.UserId);
        Assert.Equal(4, roster.Count);
        Assert.True(roster[IcbGuest.Id].IsGuest);
        Assert.False(roster[Receptionist.Id].IsGuest);
        Assert.Equal("Jo Black", roster[Nurse.Id].Name);

        var welcome = Assert.Single(bot.CallsSince(before), c => c.Method == "POST" && c.Text is not null);
        Assert.Equal(teamId, welcome.ConversationId);
        Assert.Contains("CutoverBot", welcome.Text);
    }

    [Fact]
    public async Task Install_BothInstallEvents_WelcomesOnce()
    {
        const string teamId = "19:riverside-twice@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager);
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Twice Surgery", Manager));
        await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Twice Surgery", Manager,
            added: [TeamsActivities.Bot()]));

        Assert.Single(bot.CallsSince(before), c => c.Method == "POST" && c.Text is not null);
        Assert.True(Practices.Find(teamId)!.Active);
    }

    [Fact]
    public async Task Uninstall_RemoveAction_MarksPracticeInactive()
    {
        const string teamId = "19:riverside-uninstall@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Gone Surgery", Manager));

        var response = await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Gone Surgery", Manager, action: "remove"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Practices.Find(teamId)!.Active);
    }

    [Fact]
    public async Task BotRemovedFromTeam_ConversationUpdate_MarksPracticeInactive()
    {
        const string teamId = "19:riverside-removed@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Removed Surgery", Manager));

        await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Removed Surgery", Manager,
            removed: [TeamsActivities.Bot()]));

        Assert.False(Practices.Find(teamId)!.Active);
    }

    [Fact]
    public async Task ChannelEntry_PracticeMarkedInactiveByARefusedPost_IsSavedAndThePracticeIsBack()
    {
        const string teamId = "19:riverside-refused@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager, Receptionist);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Refused Surgery", Manager));
        var practice = Practices.Find(teamId)!;
        practice.Active = false;
        Practices.Upsert(practice);

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, Receptionist, "<at>CutoverBot</at> log call Joan Smith 1/1/1950 wants a callback", "Refused Surgery"));

        Assert.True(Practices.Find(teamId)!.Active);
        var entry = Assert.Single(bot.Service<CutoverBot.Core.Entries.IEntryStore>().ForPractice(teamId));
        Assert.Equal("CALL-0001", entry.Reference);
        Assert.Equal("Joan Smith", entry.Patient.Name);
    }

    [Fact]
    public async Task MembersChanged_NullMembers_IgnoredWithoutAnError()
    {
        const string teamId = "19:riverside-nulls@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager, Nurse);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Nulls Surgery", Manager));
        var linesBefore = bot.Logs.Lines.Count;

        var response = await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Nulls Surgery", Manager,
            added: [null, TeamsActivities.User(Nurse)], removed: [null]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines.Skip(linesBefore), l => l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("Turn failed", StringComparison.Ordinal));
        Assert.NotNull(Practices.FindMember(teamId, Nurse.Id));
    }

    [Fact]
    public async Task MembersChanged_GuestJoinsAndNurseLeaves_RosterFollows()
    {
        const string teamId = "19:riverside-members@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager, Nurse);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Members Surgery", Manager));
        bot.Connector.SetRoster(teamId, Manager, IcbGuest);

        await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Members Surgery", Manager,
            added: [TeamsActivities.User(IcbGuest)]));
        await bot.SendAsync(TeamsActivities.TeamMembersChanged(bot.ServiceUrl, teamId, "Members Surgery", Manager,
            removed: [TeamsActivities.User(Nurse)]));

        Assert.True(Practices.FindMember(teamId, IcbGuest.Id)!.IsGuest);
        Assert.Null(Practices.FindMember(teamId, Nurse.Id));
        Assert.Empty(Practices.PracticesOfStaff(IcbGuest.Id));
    }

    [Fact]
    public async Task Install_Personal_RemembersThePersonalChat()
    {
        var user = new FakeMember("29:install-personal", "Sam Patel");
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, user, "");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity.Remove("text");

        await bot.SendAsync(activity);

        var record = Practices.FindUser(user.Id);
        Assert.NotNull(record);
        Assert.Equal("a:chat-with-29:install-personal", record.PersonalConversationId);
        Assert.Equal(bot.ServiceUrl, record.ServiceUrl);
    }

    [Fact]
    public async Task Install_AuthorHasHeldEntries_FilesThemAndTellsTheAuthorPrivately()
    {
        const string teamId = "19:riverside-held@thread.tacv2";
        var early = new FakeMember("29:install-early", "Eve Early");
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, early, "log call Margaret Evans 14/02/1948 wants her bloods"));
        var entries = bot.Service<CutoverBot.Core.Entries.IEntryStore>();
        var held = Assert.Single(entries.HeldFor(early.Id));
        var before = bot.Connector.Calls.Count;

        await PracticeSetup.InstallAsync(bot, teamId, "Held Surgery", Manager, early);

        var filed = entries.Find(held.Id)!;
        Assert.Equal(teamId, filed.PracticeId);
        Assert.NotEmpty(filed.Reference);
        var told = Assert.Single(bot.CallsSince(before), c => c.ConversationId == "a:chat-with-" + early.Id);
        Assert.Contains(filed.Reference, told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.CallsSince(before), c => c.ConversationId == teamId && c.Everything.Contains("Margaret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelMessage_UnknownSpeaker_IsLookedUpAndGuestFlagged()
    {
        const string teamId = "19:riverside-lookup@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Lookup Surgery", Manager));
        bot.Connector.SetRoster(teamId, Manager, IcbGuest);

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, IcbGuest, "help"));

        Assert.True(Practices.FindMember(teamId, IcbGuest.Id)!.IsGuest);
    }
}

public sealed class InstallTestsOnLiteDb(BotFixture bot) : InstallTests<BotFixture>(bot);

public sealed class InstallTestsOnPostgreSql(PostgresBotFixture bot) : InstallTests<PostgresBotFixture>(bot);
