namespace CutoverBot.Graph;

/// <summary>
/// Which practices have been told that Graph is not set up, so each is told once, not at every export and not once per
/// instance. <see cref="ChannelFilesNoticeStore"/> (LiteDB) and <see cref="PostgreSql.PostgresChannelFilesNoticeStore"/>.
/// </summary>
public interface IChannelFilesNoticeStore
{
    /// <summary>True the first time for a practice (and records it); false ever after, whichever instance asks.</summary>
    bool FirstTime(string practiceId, DateTimeOffset now);
}
