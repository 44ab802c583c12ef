using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Graph;

/// <summary>The Graph notices in the LiteDB file: the unique id makes the second insert fail, so only the first is told.</summary>
public sealed class ChannelFilesNoticeStore(CutoverDatabase db) : IChannelFilesNoticeStore
{
    private readonly ILiteCollection<ChannelFilesNotice> _notices = db.Collection<ChannelFilesNotice>("graph_notices");

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
