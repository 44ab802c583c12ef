namespace CutoverBot.Core.Entries;

/// <summary>
/// Card data that shows patient details of entries: the audit trail asks it which, so a feature's card is audited
/// without the audit trail knowing the feature. A method, not a property, so it never reaches the card's JSON.
/// </summary>
public interface IShowsEntries
{
    IEnumerable<ShownEntry> EntriesShown();
}
