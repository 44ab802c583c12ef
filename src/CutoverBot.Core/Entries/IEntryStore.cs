using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Cutover entries, saved the moment they arrive. One implementation per engine: <see cref="EntryStore"/> (LiteDB)
/// and <see cref="PostgreSql.PostgresEntryStore"/> (the shared server). Both store the patient details and the UBRN
/// sealed, with a blind index of the NHS number beside them.
/// </summary>
public interface IEntryStore
{
    /// <summary>Every live (not deleted) entry of a practice, oldest first.</summary>
    IReadOnlyList<Entry> ForPractice(string practiceId);

    /// <summary>Every live entry of a practice without its patient details, oldest first: for counts and channel cards.</summary>
    IReadOnlyList<EntryOutline> OutlinesForPractice(string practiceId);

    /// <summary>A practice's live entries in one status, without patient details, oldest first.</summary>
    IReadOnlyList<EntryOutline> OutlinesForPractice(string practiceId, EntryStatus status);

    /// <summary>How many live entries of a practice are in a status.</summary>
    int Count(string practiceId, EntryStatus status);

    /// <summary>The kinds of a practice's live entries logged on a London day, one item per entry.</summary>
    IReadOnlyList<EntryCategory> CategoriesLoggedOn(string practiceId, DateOnly londonDate);

    /// <summary>
    /// When each of a practice's live re-entered or not-needed entries was confirmed, by entry id, for the burn-down:
    /// read from the stored documents' plain fields, so no patient details are opened.
    /// </summary>
    IReadOnlyDictionary<Guid, DateTimeOffset> DoneAt(string practiceId);

    /// <summary>The live entries of a practice as keys only (no patient details loaded), for paging long lists.</summary>
    IReadOnlyList<EntryKey> KeysForPractice(string practiceId);

    /// <summary>Saves a new entry. Call this before anything else that could fail, so nothing typed is lost.</summary>
    void Insert(Entry entry);

    /// <summary>
    /// Saves a new entry in one transaction with the writes that belong to it: <paramref name="before"/> (drawing its
    /// reference), the entry, then <paramref name="after"/> (its audit record). All are kept, or none.
    /// </summary>
    void InsertWith(Entry entry, Action before, Action after);

    void Update(Entry entry);

    Entry? Find(Guid id);

    /// <summary>A live entry of one practice by its reference, ignoring case (people type cal-0007).</summary>
    Entry? FindByReference(string practiceId, string reference);

    /// <summary>A practice's live entries for one patient, oldest first, found through the blind index; empty when the number is not ten digits.</summary>
    IReadOnlyList<Entry> FindByNhsNumber(string practiceId, string nhsNumber);

    /// <summary>A user's live entries in one practice, newest first.</summary>
    IReadOnlyList<Entry> ByAuthor(string practiceId, string authorId, int skip, int take);

    int CountByAuthor(string practiceId, string authorId);

    /// <summary>The user's most recent live entry in any practice, or held.</summary>
    Entry? LastByAuthor(string authorId);

    /// <summary>Entries saved before the bot knew the user's practice, oldest first, whose details are not purged.</summary>
    IReadOnlyList<Entry> HeldFor(string authorId);

    /// <summary>Every held entry (no practice yet) that still holds patient details, deleted ones included, oldest first.</summary>
    IReadOnlyList<Entry> HeldNotPurged();

    /// <summary>Every entry of a practice that still holds patient details, deleted ones included, oldest first.</summary>
    IReadOnlyList<Entry> NotPurged(string practiceId);

    /// <summary>Live entries filed in a practice but without a reference (a process stopped between the two writes).</summary>
    IReadOnlyList<Entry> Unnumbered();

    /// <summary>Marks the entry deleted; it stays in the database for the audit trail.</summary>
    void SoftDelete(Entry entry);

    /// <summary>
    /// Saves the entry only while the stored one is live and still in <paramref name="expected"/>; false, with nothing
    /// written, when someone changed its status first (two people confirming one entry at once, on any instances).
    /// </summary>
    bool UpdateIfStatus(Entry entry, EntryStatus expected);

    /// <summary>
    /// Gives an entry without a reference its reference, in one transaction: <paramref name="numbered"/> draws it (and
    /// files a held entry into its practice, and writes the audit record), then the entry is saved. False, with nothing
    /// written, when the stored entry has a reference already: of two instances numbering one entry at once (filing
    /// the author's held entries, finishing unnumbered ones at start-up), exactly one does, so no number is drawn twice.
    /// </summary>
    bool Number(Entry entry, Action numbered);

    /// <summary>
    /// Removes the entry's patient details and UBRN for good (<paramref name="entry"/> is cleared too); false when the
    /// stored entry's were gone already. Of two instances purging one entry at once exactly one is told it did, so the
    /// purge is audited once.
    /// </summary>
    bool Purge(Entry entry, DateTimeOffset at);
}
