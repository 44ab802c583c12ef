namespace CutoverBot.Core.Practices;

/// <summary>
/// Practices, their rosters and the users the bot can reach. One implementation per engine: <see cref="PracticeStore"/>
/// (LiteDB) and <see cref="PostgreSql.PostgresPracticeStore"/> (the shared server). An upsert replaces the whole record.
/// </summary>
public interface IPracticeStore
{
    Practice? Find(string practiceId);

    /// <summary>
    /// Held around reading and then writing a team's install (the two install events Teams sends may reach two
    /// instances): one holder at a time per team, in this process on LiteDB, across every instance on PostgreSQL.
    /// </summary>
    IDisposable HoldInstall(string teamId);

    IReadOnlyList<Practice> All();

    void Upsert(Practice practice);

    /// <summary>Finds a practice by team id, ODS code or name (case-insensitive), for the export command line.</summary>
    Practice? FindByAnyKey(string key);

    /// <summary>Adds or replaces the roster line of this user in this practice (its id is set here).</summary>
    void UpsertMember(PracticeMember member);

    void RemoveMember(string practiceId, string userId);

    PracticeMember? FindMember(string practiceId, string userId);

    IReadOnlyList<PracticeMember> Members(string practiceId);

    /// <summary>The active practices where this user is staff (not a guest).</summary>
    IReadOnlyList<Practice> PracticesOfStaff(string userId);

    /// <summary>The active practices this user is the manager of, whether or not the roster has them.</summary>
    IReadOnlyList<Practice> PracticesManagedBy(string userId);

    ChatUserRecord? FindUser(string userId);

    /// <summary>Every roster line of the person with this Entra object id, in any practice (a tab's sign-in names them so).</summary>
    IReadOnlyList<PracticeMember> MembersByObjectId(string aadObjectId);

    /// <summary>The Teams users with this Entra object id.</summary>
    IReadOnlyList<ChatUserRecord> UsersByObjectId(string aadObjectId);

    void UpsertUser(ChatUserRecord user);
}
