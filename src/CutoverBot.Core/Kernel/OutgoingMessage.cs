
namespace CutoverBot.Core.Kernel;

/// <summary>One message the host should send: text, a card, or both.</summary>
public sealed record OutgoingMessage(Audience Audience, string? Text = null, CardReply? Card = null)
{
    /// <summary>A file to offer with the message; only ever sent to the author's personal chat.</summary>
    public FileReply? File { get; init; }

    public static OutgoingMessage Say(string text) => new(Audience.Here, text);
    public static OutgoingMessage Show(CardReply card) => new(Audience.Here, null, card);
    /// <summary>A message for the author's personal chat only: the one place a card with patient details may go.</summary>
    public static OutgoingMessage ToAuthor(CardReply card, string? text = null) => new(Audience.AuthorPersonal, text, card);
}
