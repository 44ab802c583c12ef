using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Sharing;

/// <summary>stop sharing with &lt;team&gt;: the practice manager takes the practice off that team's programme tab.</summary>
internal sealed class StopSharingCommand(ShareTargets targets, IProgressShareStore shares) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("stop sharing with", "stop sharing with ‹team›",
        "Practice manager: stop showing the practice's progress to that team.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, refusal) = targets.ManagedPractice(context);
        if (practice is null) return refusal!;
        var (team, problem) = targets.Find(arguments, practice, Definition.Name);
        if (team is null) return ChatResponse.Say(problem!);
        return ChatResponse.Say(shares.Remove(practice.Id, team.Id)
            ? $"{practice.Name}'s progress is no longer shared with {team.Name}."
            : $"{practice.Name}'s progress wasn't shared with {team.Name}, so nothing changed.");
    }
}
