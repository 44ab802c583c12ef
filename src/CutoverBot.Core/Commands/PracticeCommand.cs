using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>practice: shows or changes which practice personal-chat entries go to.</summary>
internal sealed class PracticeCommand(PracticeResolver resolver) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("practice", "practice", "Choose which practice your personal-chat entries go to.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        if (context.Kind == ConversationKind.Channel)
            return ChatResponse.Say("Entries logged in this channel go to this team's practice. Type practice in a personal chat with me to choose one there.");
        var staffOf = resolver.StaffPractices(context.User.Id);
        if (staffOf.Count == 0) return ChatResponse.Say(PracticeResolver.UnknownPracticeRefusal);
        var current = resolver.Resolve(context).Practice;
        var prompt = current is null ? "Which practice are you logging for?" : $"You're logging for {current.Name}. Choose a practice:";
        return EntryReplies.Privately(context, PracticeCards.Choice(prompt, staffOf), "I've sent you the choice in a personal chat.");
    }
}
