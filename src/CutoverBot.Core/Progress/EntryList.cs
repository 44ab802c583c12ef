namespace CutoverBot.Core.Progress;

/// <summary>The personal tab's list: the rows (at most <see cref="PersonalEntries.MaxRows"/>), how many matched, and whose they are.</summary>
public sealed record EntryList(string PracticeId, string PracticeName, bool IsManager, bool Everyone, int Matched, IReadOnlyList<EntryListRow> Rows,
    IReadOnlyList<KindInfo> Kinds);
