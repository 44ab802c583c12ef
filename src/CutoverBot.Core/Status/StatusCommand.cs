using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Status;

/// <summary>
/// status: how the bot is doing for this practice. The manager sees everything (next and last post, delivery problems,
/// entry counts, version); other staff see the next and the last post, which answers "where is today's card?" without
/// listing problems only the manager or IT lead can act on. Nothing on it is about a patient, so a channel may see it.
/// </summary>
internal sealed class StatusCommand(IPracticeStore practices, PracticeResolver resolver, PracticeStatus status) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("status", "status",
        "Practice manager: when the next morning post is due, whether the last one arrived, delivery problems and entry counts.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var resolution = resolver.Resolve(context);
        switch (resolution.Kind)
        {
            case PracticeResolutionKind.Resolved:
                var practice = resolution.Practice!;
                return ChatResponse.Show(status.Card(practice, practice.IsManagedBy(context.User.Id)));
            case PracticeResolutionKind.Refused:
                return ChatResponse.Say(resolution.RefusalMessage!);
            case PracticeResolutionKind.NeedsChoice:
                return ChatResponse.Show(PracticeCards.Choice("You work for more than one practice. Choose one, then type status again.", resolution.Choices));
        }

        // The resolver skips inactive practices; their manager is exactly who needs to hear that the bot was removed.
        if (context.Kind == ConversationKind.Personal
            && practices.All().FirstOrDefault(p => !p.Active && p.IsManagedBy(context.User.Id)) is { } inactive)
            return ChatResponse.Show(status.Card(inactive, full: true));
        return ChatResponse.Say(PracticeResolver.UnknownPracticeRefusal);
    }
}
