
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.MessageActions;

/// <summary>What the task module shows: a card (the form, the confirmation) or a short message that closes it.</summary>
public sealed record ExtensionAnswer(CardReply? Card, string? Message)
{
    /// <summary>The task module's title bar.</summary>
    public string Title { get; init; } = MessageEntryFeature.FormTitle;

    public static ExtensionAnswer Show(CardReply card) => new(card, null);

    public static ExtensionAnswer Say(string message) => new(null, message);
}
