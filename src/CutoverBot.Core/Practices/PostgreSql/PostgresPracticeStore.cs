using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Core.Practices.PostgreSql;

/// <summary>
/// Practices, rosters and users on the shared server: each record's document beside the columns the lookups filter
/// by. Every write is one upsert or delete on the record's key, so instances writing the same record at once leave one
/// row (the last write's), as LiteDB's upsert does within one process.
/// </summary>
public sealed class PostgresPracticeStore : IPracticeStore
{
    private const string PracticeRows = "SELECT id, document FROM cutover.practices ";
    private const string MemberRows = "SELECT id, document FROM cutover.practice_members ";
    private const string UserRows = "SELECT id, document FROM cutover.chat_users ";
    private readonly PostgresDatabase _db;

    // The first of the two-key advisory locks ("INST"): a key space of its own.
    private const int InstallLockClass = 0x49_4E_53_54;

    public PostgresPracticeStore(PostgresDatabase db)
    {
        _db = db;
        db.Prepare<Practice>();
        db.Prepare<PracticeMember>();
        db.Prepare<ChatUserRecord>();
    }

    public IDisposable HoldInstall(string teamId) => AdvisoryHold.Take(_db, InstallLockClass, teamId);

    public Practice? Find(string practiceId) => _db.Records<Practice>(PracticeRows + "WHERE id = @a", practiceId).SingleOrDefault();

    public IReadOnlyList<Practice> All() => _db.Records<Practice>(PracticeRows + "ORDER BY id");

    public void Upsert(Practice practice) => _db.Execute("""
        INSERT INTO cutover.practices (id, ods_code, name, active, document) VALUES (@a, @b, @c, @d, @e)
        ON CONFLICT (id) DO UPDATE SET ods_code = excluded.ods_code, name = excluded.name, active = excluded.active, document = excluded.document
        """, practice.Id, practice.OdsCode, practice.Name, practice.Active, _db.ToBytes(practice));

    /// <inheritdoc />
    public Practice? FindByAnyKey(string key) =>
        Find(key) ?? _db.Records<Practice>(PracticeRows + "WHERE upper(ods_code) = upper(@a) OR upper(name) = upper(@a) ORDER BY id LIMIT 1", key).SingleOrDefault();

    /// <inheritdoc />
    public void UpsertMember(PracticeMember member)
    {
        member.Id = PracticeMember.KeyFor(member.PracticeId, member.UserId);
        _db.Execute("""
            INSERT INTO cutover.practice_members (id, practice_id, user_id, aad_object_id, is_guest, document) VALUES (@a, @b, @c, @d, @e, @f)
            ON CONFLICT (id) DO UPDATE SET aad_object_id = excluded.aad_object_id, is_guest = excluded.is_guest, document = excluded.document
            """, member.Id, member.PracticeId, member.UserId, member.AadObjectId, member.IsGuest, _db.ToBytes(member));
    }

    public void RemoveMember(string practiceId, string userId) =>
        _db.Execute("DELETE FROM cutover.practice_members WHERE id = @a", PracticeMember.KeyFor(practiceId, userId));

    public PracticeMember? FindMember(string practiceId, string userId) =>
        _db.Records<PracticeMember>(MemberRows + "WHERE id = @a", PracticeMember.KeyFor(practiceId, userId)).SingleOrDefault();

    public IReadOnlyList<PracticeMember> Members(string practiceId) =>
        _db.Records<PracticeMember>(MemberRows + "WHERE practice_id = @a ORDER BY id", practiceId);

    /// <inheritdoc />
    public IReadOnlyList<Practice> PracticesOfStaff(string userId) => _db.Records<Practice>(PracticeRows + """
        WHERE active AND id IN (SELECT practice_id FROM cutover.practice_members WHERE user_id = @a AND NOT is_guest) ORDER BY id
        """, userId);

    /// <inheritdoc />
    // The manager is only inside the document here: a column for it could not be kept right by an older instance
    // writing practices during a rolling deploy. One query for every practice, read on the server's side.
    public IReadOnlyList<Practice> PracticesManagedBy(string userId) => All().Where(p => p.Active && p.IsManagedBy(userId)).ToList();

    public ChatUserRecord? FindUser(string userId) => _db.Records<ChatUserRecord>(UserRows + "WHERE id = @a", userId).SingleOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<PracticeMember> MembersByObjectId(string aadObjectId) =>
        _db.Records<PracticeMember>(MemberRows + "WHERE aad_object_id = @a ORDER BY id", aadObjectId);

    /// <inheritdoc />
    public IReadOnlyList<ChatUserRecord> UsersByObjectId(string aadObjectId) =>
        _db.Records<ChatUserRecord>(UserRows + "WHERE aad_object_id = @a ORDER BY id", aadObjectId);

    public void UpsertUser(ChatUserRecord user) => _db.Execute("""
        INSERT INTO cutover.chat_users (id, aad_object_id, document) VALUES (@a, @b, @c)
        ON CONFLICT (id) DO UPDATE SET aad_object_id = excluded.aad_object_id, document = excluded.document
        """, user.Id, user.AadObjectId, _db.ToBytes(user));
}
