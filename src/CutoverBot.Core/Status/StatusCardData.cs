using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Status;

/// <summary>Data for cards/status.json. Counts, dates and outcomes only: it may be shown in a channel.</summary>
public sealed record StatusCardData(string Title, IReadOnlyList<FactData> Facts, bool HasProblems, IReadOnlyList<TextRow> Problems, string Note);
