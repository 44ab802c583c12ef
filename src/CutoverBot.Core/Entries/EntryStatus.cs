namespace CutoverBot.Core.Entries;

public enum EntryStatus
{
    Pending,
    Reentered,
    NotNeeded,
}
