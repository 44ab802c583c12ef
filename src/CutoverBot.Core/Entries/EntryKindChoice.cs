namespace CutoverBot.Core.Entries;

/// <summary>One kind in the entry form's list: its slug (what the form sends back) and its label.</summary>
public sealed record EntryKindChoice(string Value, string Title)
{
    /// <summary>Every kind, in the order staff see them elsewhere.</summary>
    public static IReadOnlyList<EntryKindChoice> All { get; } = EntryCategoryInfo.All.Select(c => new EntryKindChoice(c.Slug, c.Label)).ToList();
}
