using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Which set-up practice a checklist command or tick belongs to. Guests of the team may read the checklist; they may
/// tick only when the practice manager has allowed it (guests can tick on).
/// </summary>
public sealed class ChecklistAccess(PracticeResolver resolver, IPracticeStore practices)
{
    public const string GuestsMayNotTick =
        "Only practice staff can tick the checklist. Guests of this team (for example the ICB or a supplier) can't, unless the practice manager types guests can tick on.";

    /// <summary>The practice whose checklist may be ticked from here, or why not.</summary>
    public (Practice? Practice, string? Refusal) PracticeFor(ChatContext context) => Find(context, ticking: true);

    /// <summary>The practice whose checklist may be read from here (guests of the team included), or why not.</summary>
    public (Practice? Practice, string? Refusal) PracticeToRead(ChatContext context) => Find(context, ticking: false);

    private (Practice? Practice, string? Refusal) Find(ChatContext context, bool ticking)
    {
        var resolved = resolver.Resolve(context);
        var practice = resolved.Practice;
        switch (resolved.Kind)
        {
            case PracticeResolutionKind.NeedsChoice:
                return (null, "You're staff of more than one practice: type practice to choose one, then try again.");
            case PracticeResolutionKind.Unknown:
                return (null, "I don't know your practice yet: you're not on the roster of any practice team I'm in.");
            case PracticeResolutionKind.Refused when !resolver.IsGuestHere(context):
                return (null, "This team isn't known to me as a practice yet, so it has no checklist.");
            case PracticeResolutionKind.Refused:
                practice = practices.Find(context.TeamId!);
                if (practice is not { Active: true }) return (null, "This team isn't known to me as a practice yet, so it has no checklist.");
                if (ticking && !practice.GuestsCanTick) return (null, GuestsMayNotTick);
                break;
        }
        return practice!.IsSetUp
            ? (practice, null)
            : (null, "The checklist starts once setup is done: type setup (the practice manager or any member of staff can do it).");
    }
}
