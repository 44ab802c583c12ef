namespace CutoverBot.Core.MessageActions;

/// <summary>
/// Data for cards/entry-found.json, the card "Find an entry" puts into a message being written. It goes to a
/// conversation that may hold guests, so it is built from the entry's non-patient fields only.
/// </summary>
public sealed record EntryFoundCardData(string Reference, string Kind, string Status, string Logged, string Footer);
