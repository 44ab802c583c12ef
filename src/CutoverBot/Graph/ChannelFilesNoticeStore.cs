using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Graph;

/// <summary>Remembers which practices have been told that Graph is not set up, so they are told once, not at every export.</summary>
public sealed class ChannelFilesNoticeStore(CutoverDatabase db)
{
    private readonly ILiteCollection<ChannelFilesNotice> _notices = db.Collection<ChannelFilesNotice>("graph_notices");

    /// <summary>True the first time for a practice (and records it); false ever after.</summary>
    public bool FirstTime(string practiceId, DateTimeOffset now)
    {
        try
        {
            _notices.Insert(new ChannelFilesNotice { Id = practiceId, GivenAt = now });
            return true;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }
}
