using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.MessageActions;

/// <summary>
/// The practices someone may log to or search from this conversation: the team's practice in its channels (guests
/// refused), otherwise every practice they are staff of. Someone on no roster gets a refusal and nothing is saved.
/// </summary>
public sealed class ExtensionPractices(PracticeResolver resolver)
{
    public const string NoPracticeText =
        "Only practice staff can log entries with CutoverBot, and you're not on the roster of any practice team I'm in. " +
        "Nothing was saved. Ask your practice manager to add CutoverBot to the practice team.";

    public (IReadOnlyList<Practice> Practices, string? Refusal) For(ChatContext context)
    {
        var resolution = resolver.Resolve(context);
        return resolution.Kind switch
        {
            PracticeResolutionKind.Resolved => ([resolution.Practice!], null),
            PracticeResolutionKind.NeedsChoice => (resolution.Choices, null),
            PracticeResolutionKind.Refused => ([], resolution.RefusalMessage + " Nothing was saved."),
            _ => ([], NoPracticeText),
        };
    }

    /// <summary>True when the user is staff of the practice: a forged id naming another practice is refused.</summary>
    public bool IsStaffOf(ChatContext context, string practiceId) => resolver.IsStaffHere(context, practiceId);
}
