namespace CutoverBot.Core.GoLive;

/// <summary>
/// A Teams mention entity (msteams.entities at the card's root): <paramref name="Text"/> ("&lt;at&gt;Name&lt;/at&gt;")
/// must appear exactly so in a TextBlock for Teams to turn it into a mention.
/// </summary>
public sealed record GoLiveMention(string Text, string Id, string Name);
