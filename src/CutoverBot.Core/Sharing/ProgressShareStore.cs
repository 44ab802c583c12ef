using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Sharing;

/// <summary>Which teams each practice shares its progress with.</summary>
public sealed class ProgressShareStore
{
    private readonly ILiteCollection<ProgressShare> _shares;

    public ProgressShareStore(CutoverDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _shares = db.Collection<ProgressShare>("progressShares");
        _shares.EnsureIndex(s => s.PracticeId);
        _shares.EnsureIndex(s => s.TeamId);
    }

    /// <summary>Adds the share; false when the practice already shares with that team.</summary>
    public bool Add(ProgressShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        share.Id = ProgressShare.KeyFor(share.PracticeId, share.TeamId);
        if (_shares.FindById(share.Id) is not null) return false;
        _shares.Insert(share);
        return true;
    }

    /// <summary>Removes the share; false when there was none.</summary>
    public bool Remove(string practiceId, string teamId) => _shares.Delete(ProgressShare.KeyFor(practiceId, teamId));

    public IReadOnlyList<ProgressShare> SharedBy(string practiceId) => _shares.Find(s => s.PracticeId == practiceId).ToList();

    public IReadOnlyList<ProgressShare> SharedWith(string teamId) => _shares.Find(s => s.TeamId == teamId).ToList();
}
