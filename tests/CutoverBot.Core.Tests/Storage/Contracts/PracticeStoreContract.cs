using CutoverBot.Core.Practices;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>Practices, rosters and users on every engine: what is saved comes back, the lookups find the same records, and two instances writing one record at once leave one.</summary>
public abstract class PracticeStoreContract(StoreEngine engine) : IDisposable
{
    private readonly string _team = "19:team-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
    private readonly string _ods = "Y" + Random.Shared.Next(10000, 99999);
    private readonly string _user = "29:user-" + Guid.NewGuid().ToString("N");
    private readonly string _object = Guid.NewGuid().ToString();

    public void Dispose() => engine.Dispose();

    private IPracticeStore Store() => engine.Make<IPracticeStore>(db => new PracticeStore(db), pg => new PostgresPracticeStore(pg));

    private IPracticeStore OnAnotherInstance() => engine.MakeOnAnotherInstance<IPracticeStore>(db => new PracticeStore(db), pg => new PostgresPracticeStore(pg));

    [Fact]
    public void Upsert_EveryField_ComesBackAsSaved_AndASecondUpsertReplacesIt()
    {
        var store = Store();
        var practice = Practice(_team, "Riverside Surgery");
        practice.FdpDate = new DateOnly(2027, 3, 2);
        practice.GoLiveDate = new DateOnly(2027, 3, 9);
        practice.SetUpOn = new DateOnly(2027, 1, 20);
        practice.MorningPostTime = new TimeOnly(7, 45);
        practice.InstalledAt = new DateTimeOffset(2027, 1, 19, 10, 0, 0, 250, TimeSpan.FromHours(1));
        practice.Channels = [new PracticeChannel { Id = _team, Name = "General" }, new PracticeChannel { Id = "19:cutover", Name = "Cutover" }];
        (practice.ManagerUserId, practice.RetentionDays, practice.GuestsCanTick, practice.IsDispensing, practice.AadGroupId) = (_user, 120, true, true, _object);

        store.Upsert(practice);
        var stored = store.Find(_team)!;

        Assert.Equal((_team, "Riverside Surgery", _ods, "tenant-1", "https://smba.example/uk/", "19:cutover"),
            (stored.Id, stored.Name, stored.OdsCode, stored.TenantId, stored.ServiceUrl, stored.ChannelId));
        Assert.Equal((practice.FdpDate, practice.GoLiveDate, practice.SetUpOn, new TimeOnly(7, 45), practice.InstalledAt),
            (stored.FdpDate, stored.GoLiveDate, stored.SetUpOn, stored.MorningPostTime, stored.InstalledAt));
        Assert.Equal((_user, 120, true, true, _object, true), (stored.ManagerUserId, stored.RetentionDays, stored.GuestsCanTick, stored.IsDispensing, stored.AadGroupId, stored.Active));
        Assert.Equal(["General", "Cutover"], stored.Channels.Select(c => c.Name));

        stored.Active = false;
        stored.Name = "Riverside Medical Centre";
        store.Upsert(stored);
        Assert.True(store.Find(_team) is { Active: false, Name: "Riverside Medical Centre" }, $"{engine.Name}: the second upsert was not kept");
        Assert.Single(store.All(), p => p.Id == _team);
        Assert.Null(store.Find(_team + "-none"));
    }

    [Fact]
    public void FindByAnyKey_TeamIdOdsCodeOrNameIgnoringCase()
    {
        var store = Store();
        store.Upsert(Practice(_team, "Riverside Surgery " + _ods));

        Assert.Equal(_team, store.FindByAnyKey(_team)?.Id);
        Assert.Equal(_team, store.FindByAnyKey(_ods.ToLowerInvariant())?.Id);
        Assert.Equal(_team, store.FindByAnyKey("RIVERSIDE surgery " + _ods)?.Id);
        Assert.Null(store.FindByAnyKey("Riverside"));
    }

    [Fact]
    public void Members_RosterLinesAndStaffPractices_GuestsAndInactivePracticesLeftOut()
    {
        var store = Store();
        var (staffed, guested, closed) = (_team, _team + "-guest", _team + "-closed");
        store.Upsert(Practice(staffed, "Riverside"));
        store.Upsert(Practice(guested, "Hillside"));
        var inactive = Practice(closed, "Closed");
        inactive.Active = false;
        store.Upsert(inactive);
        store.UpsertMember(Member(staffed, _user, guest: false));
        store.UpsertMember(Member(guested, _user, guest: true));
        store.UpsertMember(Member(closed, _user, guest: false));
        store.UpsertMember(Member(staffed, _user + "-other", guest: false));

        Assert.Equal([staffed], store.PracticesOfStaff(_user).Select(p => p.Id));
        Assert.Equal(2, store.Members(staffed).Count);
        var line = store.FindMember(staffed, _user)!;
        Assert.Equal((PracticeMember.KeyFor(staffed, _user), _object, "Sam Jones", false), (line.Id, line.AadObjectId, line.Name, line.IsGuest));
        Assert.Equal(new[] { staffed, guested, closed }.Order(StringComparer.Ordinal), store.MembersByObjectId(_object).Select(m => m.PracticeId).Order(StringComparer.Ordinal));

        store.RemoveMember(staffed, _user);
        Assert.Null(store.FindMember(staffed, _user));
        Assert.Empty(store.PracticesOfStaff(_user));
        Assert.Equal([_user + "-other"], store.Members(staffed).Select(m => m.UserId));
    }

    [Fact]
    public void PracticesManagedBy_ActivePracticesWithThatManager_RosterOrNot_FollowingAChangeOfManager()
    {
        var store = Store();
        var (first, second, closed, other) = (_team, _team + "-2", _team + "-closed", _team + "-other");
        foreach (var (id, manager, active) in new[] { (first, _user, true), (second, _user, true), (closed, _user, false), (other, _user + "-other", true) })
        {
            var practice = Practice(id, id);
            practice.ManagerUserId = manager;
            practice.Active = active;
            store.Upsert(practice);
        }

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), store.PracticesManagedBy(_user).Select(p => p.Id).Order(StringComparer.Ordinal));
        var handedOver = store.Find(second)!;
        handedOver.ManagerUserId = _user + "-other";
        store.Upsert(handedOver);
        Assert.Equal([first], store.PracticesManagedBy(_user).Select(p => p.Id));
        Assert.Empty(store.PracticesManagedBy(""));
    }

    [Fact]
    public void Users_FoundByIdAndObjectId_UpsertReplaces()
    {
        var store = Store();
        store.UpsertUser(new ChatUserRecord { Id = _user, AadObjectId = _object, Name = "Sam Jones", TenantId = "tenant-1", ServiceUrl = "https://smba.example/uk/" });
        store.UpsertUser(new ChatUserRecord { Id = _user, AadObjectId = _object, Name = "Sam Jones", PersonalConversationId = "a:chat", CurrentPracticeId = _team });

        var user = store.FindUser(_user)!;
        Assert.Equal(("a:chat", _team, (string?)null), (user.PersonalConversationId, user.CurrentPracticeId, user.TenantId));
        Assert.Equal([_user], store.UsersByObjectId(_object).Select(u => u.Id));
        Assert.Null(store.FindUser(_user + "-none"));
    }

    [Fact]
    public void UpsertMember_TwoInstancesAtOnce_OneLineEach()
    {
        var instances = new[] { Store(), OnAnotherInstance() };
        instances[0].Upsert(Practice(_team, "Riverside"));

        // Both instances see the same roster change (a Teams event delivered to each) and write it at the same moment.
        Race.TwoInstances(20, (instance, round) =>
        {
            instances[instance].UpsertMember(Member(_team, $"{_user}-{round}", guest: false));
            instances[instance].UpsertUser(new ChatUserRecord { Id = $"{_user}-{round}", Name = $"User {instance}" });
        });

        Assert.True(instances[1].Members(_team).Count == 20, $"{engine.Name}: {instances[1].Members(_team).Count} roster lines for 20 people");
        Assert.All(Enumerable.Range(0, 20), round => Assert.NotNull(instances[0].FindUser($"{_user}-{round}")));
    }

    private Practice Practice(string id, string name) => new()
    {
        Id = id, Name = name, OdsCode = id == _team ? _ods : null, TenantId = "tenant-1", ServiceUrl = "https://smba.example/uk/", ChannelId = "19:cutover",
    };

    private PracticeMember Member(string practiceId, string userId, bool guest) =>
        new() { PracticeId = practiceId, UserId = userId, AadObjectId = userId == _user ? _object : null, Name = "Sam Jones", IsGuest = guest };
}

public sealed class PracticeStoreOnLiteDbTests() : PracticeStoreContract(new LiteDbEngine());

public sealed class PracticeStoreOnPostgreSqlTests(PostgresTestDatabase database)
    : PracticeStoreContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
