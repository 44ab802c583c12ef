
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>reentered all: confirms every entry the user logged that is still to re-enter.</summary>
internal sealed class ReenteredAllCommand(PracticeResolver resolver, ReentryRecorder recorder) : IChatCommand
{
    public static CommandInfo Definition { get; } =
        new("reentered all", "reentered all", "Confirm all the entries you logged are re-entered into the new system.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        if (arguments.Length > 0) return ChatResponse.Say("Type reentered all on its own to confirm all of yours, or reentered and one reference.");
        var (practice, reply) = GoLivePractice.Resolve(resolver, context, "You work for more than one practice. Choose one, then type reentered all again.");
        if (practice is null) return reply!;
        var count = recorder.ConfirmAll(practice.Id, context.User);
        return ChatResponse.Say(count switch
        {
            0 => $"You have no entries waiting for re-entry at {practice.Name}.",
            1 => $"Marked your 1 entry at {practice.Name} re-entered. Thank you.",
            _ => $"Marked your {count} entries at {practice.Name} re-entered. Thank you.",
        }) with { ReentryChangedFor = count > 0 ? practice.Id : null };
    }
}
