using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Sharing;

/// <summary>
/// What share progress with and stop sharing with have in common: only the practice manager may, and the team is one
/// the bot is installed in, named as Teams shows it (or by its id).
/// </summary>
internal sealed class ShareTargets(IPracticeStore practices, PracticeResolver resolver)
{
    public const string ManagerOnly = "Only the practice manager can choose whom the practice's progress is shared with.";

    /// <summary>The practice the manager speaks for, or the reply to give instead.</summary>
    public (Practice? Practice, ChatResponse? Refusal) ManagedPractice(ChatContext context)
    {
        var resolution = resolver.Resolve(context);
        switch (resolution.Kind)
        {
            case PracticeResolutionKind.Resolved:
                return resolution.Practice!.IsManagedBy(context.User.Id) ? (resolution.Practice, null) : (null, ChatResponse.Say(ManagerOnly));
            case PracticeResolutionKind.Refused:
                return (null, ChatResponse.Say(resolution.RefusalMessage!));
            case PracticeResolutionKind.NeedsChoice:
                return (null, ChatResponse.Show(PracticeCards.Choice("You work for more than one practice. Choose one, then type the command again.", resolution.Choices)));
            default:
                return (null, ChatResponse.Say(PracticeResolver.UnknownPracticeRefusal));
        }
    }

    /// <summary>The active team of that name or id, other than the practice's own; or what to say instead.</summary>
    public (Practice? Team, string? Problem) Find(string name, Practice practice, string command)
    {
        var wanted = name.Trim().Trim('"', '\'', '“', '”').Trim();
        if (wanted.Length == 0) return (null, $"Which team? Type {command} and the team's name as Teams shows it, for example: {command} North ICB Digital.");
        var matches = practices.All()
            .Where(p => p.Active && (p.Id == wanted || string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (matches.Count == 0)
            return (null, $"CutoverBot isn't in a team called \"{Short(wanted)}\". The bot must be added to that team first (by someone in it); then type {command} and the team's name again.");
        if (matches.Count > 1)
            return (null, $"More than one team CutoverBot is in is called \"{Short(wanted)}\". Ask your IT lead for the team's id and type {command} and the id.");
        if (matches[0].Id == practice.Id) return (null, "That is this practice's own team: its channel tab already shows the progress.");
        return (matches[0], null);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
