using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Sharing;

/// <summary>
/// share progress with &lt;team&gt;: the practice manager lets another team (the ICB's, a delivery partner's) see the
/// practice's progress, counts only, in that team's "Cutover programme" tab.
/// </summary>
internal sealed class ShareProgressCommand(ShareTargets targets, IProgressShareStore shares, TimeProvider time) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("share progress with", "share progress with ‹team›",
        "Practice manager: show the practice's progress (counts only, nothing about a patient) in another team's Cutover programme tab, such as the ICB's.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, refusal) = targets.ManagedPractice(context);
        if (practice is null) return refusal!;
        var (team, problem) = targets.Find(arguments, practice, Definition.Name);
        if (team is null) return ChatResponse.Say(problem!);
        var added = shares.Add(new ProgressShare
        {
            PracticeId = practice.Id,
            TeamId = team.Id,
            SharedById = context.User.Id,
            SharedByName = context.User.Name,
            SharedAt = time.GetUtcNow(),
        });
        return ChatResponse.Say(added
            ? $"{practice.Name}'s progress is now shared with {team.Name}: phase, dates and counts, never anything about a patient. They see it in their \"Cutover programme\" tab. To stop, type stop sharing with {team.Name}."
            : $"{practice.Name}'s progress is already shared with {team.Name}. To stop, type stop sharing with {team.Name}.");
    }
}
