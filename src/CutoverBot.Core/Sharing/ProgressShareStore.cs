using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Sharing;

/// <summary>Which teams each practice shares its progress with, in the LiteDB file (see <see cref="IProgressShareStore"/>).</summary>
public sealed class ProgressShareStore : IProgressShareStore
{
    private readonly ILiteCollection<ProgressShare> _shares;

    public ProgressShareStore(CutoverDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _shares = db.Collection<ProgressShare>("progressShares");
        _shares.EnsureIndex(s => s.PracticeId);
        _shares.EnsureIndex(s => s.TeamId);
    }

    /// <inheritdoc />
    public bool Add(ProgressShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        share.Id = ProgressShare.KeyFor(share.PracticeId, share.TeamId);
        // One statement: LiteDB's insert refuses an id already there, so two adds at once cannot both succeed.
        try
        {
            _shares.Insert(share);
            return true;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public bool Remove(string practiceId, string teamId) => _shares.Delete(ProgressShare.KeyFor(practiceId, teamId));

    public IReadOnlyList<ProgressShare> SharedBy(string practiceId) => _shares.Find(s => s.PracticeId == practiceId).ToList();

    public IReadOnlyList<ProgressShare> SharedWith(string teamId) => _shares.Find(s => s.TeamId == teamId).ToList();
}
