using CutoverBot.Core.Entries;

namespace CutoverBot.Core.GoLive;

/// <summary>Progress of the entries one member of staff logged. <paramref name="AuthorId"/> is their Teams id (29:...).</summary>
public sealed record PersonProgress(string AuthorId, string Name, ProgressCounts Counts)
{
    public bool IsOutstanding => Counts.Pending > 0;
}
