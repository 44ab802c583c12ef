using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>A routine repeated on every card of the phases it belongs to (during cutover: log calls, hold registrations...).</summary>
public sealed record StandingReminder(string Id, string Text, IReadOnlyList<CutoverPhase> Phases, bool DispensingOnly);
