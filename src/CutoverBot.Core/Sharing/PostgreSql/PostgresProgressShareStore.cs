using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Core.Sharing.PostgreSql;

/// <summary>
/// Progress shares on the shared server. Adding is one conditional insert, so of two instances adding the same share
/// at once exactly one is told it was added.
/// </summary>
public sealed class PostgresProgressShareStore : IProgressShareStore
{
    private const string Select = "SELECT id, document FROM cutover.progress_shares ";
    private readonly PostgresDatabase _db;

    public PostgresProgressShareStore(PostgresDatabase db)
    {
        _db = db;
        db.Prepare<ProgressShare>();
    }

    /// <inheritdoc />
    public bool Add(ProgressShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        share.Id = ProgressShare.KeyFor(share.PracticeId, share.TeamId);
        return _db.Execute("""
            INSERT INTO cutover.progress_shares (id, practice_id, team_id, shared_at, document) VALUES (@a, @b, @c, @d, @e)
            ON CONFLICT (id) DO NOTHING
            """, share.Id, share.PracticeId, share.TeamId, share.SharedAt.ToUniversalTime(), _db.ToBytes(share)) == 1;
    }

    /// <inheritdoc />
    public bool Remove(string practiceId, string teamId) =>
        _db.Execute("DELETE FROM cutover.progress_shares WHERE id = @a", ProgressShare.KeyFor(practiceId, teamId)) == 1;

    public IReadOnlyList<ProgressShare> SharedBy(string practiceId) =>
        _db.Records<ProgressShare>(Select + "WHERE practice_id = @a ORDER BY shared_at, id", practiceId);

    public IReadOnlyList<ProgressShare> SharedWith(string teamId) =>
        _db.Records<ProgressShare>(Select + "WHERE team_id = @a ORDER BY shared_at, id", teamId);
}
