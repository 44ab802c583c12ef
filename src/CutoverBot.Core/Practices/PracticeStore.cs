using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Practices;

/// <summary>Practices, their rosters and the users the bot can reach, in the LiteDB file (see <see cref="IPracticeStore"/>).</summary>
public sealed class PracticeStore : IPracticeStore
{
    /// <summary>The practices collection's name in the database: the one place it is spelled.</summary>
    public const string Collection = "practices";

    private readonly ILiteCollection<Practice> _practices;
    private readonly ILiteCollection<PracticeMember> _members;
    private readonly ILiteCollection<ChatUserRecord> _users;

    // One process holds a LiteDB file, so a lock of the process is a lock of every writer.
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public PracticeStore(CutoverDatabase db)
    {
        _practices = db.Collection<Practice>(Collection);
        _members = db.Collection<PracticeMember>("members");
        _users = db.Collection<ChatUserRecord>("users");
        _practices.EnsureIndex(p => p.OdsCode);
        _practices.EnsureIndex(p => p.ManagerUserId);
        _members.EnsureIndex(m => m.PracticeId);
        _members.EnsureIndex(m => m.UserId);
        _members.EnsureIndex(m => m.AadObjectId);
    }

    public IDisposable HoldInstall(string teamId) => ProcessHold.Take(Installing);

    public Practice? Find(string practiceId) => _practices.FindById(practiceId);

    public IReadOnlyList<Practice> All() => _practices.FindAll().ToList();

    public void Upsert(Practice practice) => _practices.Upsert(practice);

    /// <inheritdoc />
    public Practice? FindByAnyKey(string key)
    {
        var byId = _practices.FindById(key);
        if (byId is not null) return byId;
        return _practices.FindAll().FirstOrDefault(p =>
            string.Equals(p.OdsCode, key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
    }

    public void UpsertMember(PracticeMember member)
    {
        member.Id = PracticeMember.KeyFor(member.PracticeId, member.UserId);
        _members.Upsert(member);
    }

    public void RemoveMember(string practiceId, string userId) => _members.Delete(PracticeMember.KeyFor(practiceId, userId));

    public PracticeMember? FindMember(string practiceId, string userId) => _members.FindById(PracticeMember.KeyFor(practiceId, userId));

    public IReadOnlyList<PracticeMember> Members(string practiceId) => _members.Find(m => m.PracticeId == practiceId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Practice> PracticesOfStaff(string userId)
    {
        var ids = _members.Find(m => m.UserId == userId && !m.IsGuest).Select(m => m.PracticeId).ToHashSet();
        return ids.Select(Find).Where(p => p is { Active: true }).Cast<Practice>().ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<Practice> PracticesManagedBy(string userId) =>
        userId.Length == 0 ? [] : _practices.Find(p => p.ManagerUserId == userId && p.Active).ToList();

    public ChatUserRecord? FindUser(string userId) => _users.FindById(userId);

    /// <inheritdoc />
    public IReadOnlyList<PracticeMember> MembersByObjectId(string aadObjectId) => _members.Find(m => m.AadObjectId == aadObjectId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<ChatUserRecord> UsersByObjectId(string aadObjectId) => _users.Find(u => u.AadObjectId == aadObjectId).ToList();

    public void UpsertUser(ChatUserRecord user) => _users.Upsert(user);
}
