using CutoverBot.Core.Commands;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>Which set-up practice a checklist command or tick belongs to. Staff only: guests of the team can read the card but not tick.</summary>
public sealed class ChecklistAccess(PracticeResolver resolver)
{
    public (Practice? Practice, string? Refusal) PracticeFor(ChatContext context)
    {
        var resolved = resolver.Resolve(context);
        switch (resolved.Kind)
        {
            case PracticeResolutionKind.NeedsChoice:
                return (null, "You're staff of more than one practice: type practice to choose one, then try again.");
            case PracticeResolutionKind.Unknown:
                return (null, "I don't know your practice yet: you're not on the roster of any practice team I'm in.");
            case PracticeResolutionKind.Refused:
                return (null, resolver.IsGuestHere(context)
                    ? "Only practice staff can tick the checklist. Guests of this team (for example the ICB or a supplier) can't."
                    : "This team isn't known to me as a practice yet, so it has no checklist.");
        }
        var practice = resolved.Practice!;
        return practice.IsSetUp
            ? (practice, null)
            : (null, "The checklist starts once setup is done: type setup (the practice manager or any member of staff can do it).");
    }
}
