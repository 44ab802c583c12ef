namespace CutoverBot.Core.Entries;

/// <summary>Oldest first, then by reference: the order both engines list a practice's entries in.</summary>
internal sealed class EntryOutlineOrder : IComparer<EntryOutline>
{
    public static readonly EntryOutlineOrder Oldest = new();

    public int Compare(EntryOutline? a, EntryOutline? b) =>
        a!.LoggedAt != b!.LoggedAt ? a.LoggedAt.CompareTo(b.LoggedAt) : string.CompareOrdinal(a.Reference, b.Reference);
}
