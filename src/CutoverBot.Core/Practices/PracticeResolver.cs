
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Practices;

/// <summary>
/// Decides which practice a message or button click belongs to: in a channel, the team; in personal chat, the
/// practices where the user is staff (guests never count).
/// </summary>
public sealed class PracticeResolver(IPracticeStore practices)
{
    public const string GuestRefusal =
        "Only practice staff can use CutoverBot here: guests of this team (for example the ICB or a supplier) can't log or see entries.";

    public const string UnknownTeamRefusal =
        "This team isn't set up as a practice yet, so I can't do that here. Ask your practice manager to add CutoverBot to the practice team.";

    /// <summary>For a personal chat with someone on no practice's roster (<see cref="PracticeResolutionKind.Unknown"/>).</summary>
    public const string UnknownPracticeRefusal =
        "I don't know your practice yet: you're not on the roster of any practice team I'm in. Ask your practice manager to add CutoverBot to the practice team.";

    public PracticeResolution Resolve(ChatContext context)
    {
        if (context.Kind == ConversationKind.Channel)
        {
            var practice = context.TeamId is { Length: > 0 } teamId ? practices.Find(teamId) : null;
            if (practice is not { Active: true }) return PracticeResolution.RefuseUnknownTeam(UnknownTeamRefusal);
            if (IsGuestHere(context)) return PracticeResolution.Refuse(GuestRefusal);
            return PracticeResolution.Of(practice);
        }

        var staffOf = StaffPractices(context.User.Id);
        if (staffOf.Count == 1) return PracticeResolution.Of(staffOf[0]);
        if (staffOf.Count == 0) return PracticeResolution.None;
        var current = practices.FindUser(context.User.Id)?.CurrentPracticeId;
        var chosen = staffOf.FirstOrDefault(p => p.Id == current);
        return chosen is not null ? PracticeResolution.Of(chosen) : PracticeResolution.Choose(staffOf);
    }

    /// <summary>Active practices where the user is staff, by name, with the manager counted even if missing from the roster.</summary>
    public IReadOnlyList<Practice> StaffPractices(string userId)
    {
        var staff = practices.PracticesOfStaff(userId).ToList();
        foreach (var managed in practices.PracticesManagedBy(userId))
            if (staff.All(p => p.Id != managed.Id)) staff.Add(managed);
        return staff.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// True when <see cref="StaffPractices"/> would list this practice, found by key: it runs on every click and
    /// entry shown, where listing every practice to check one would be wasted.
    /// </summary>
    public bool IsStaffOf(string userId, string practiceId) =>
        practices.Find(practiceId) is { Active: true } practice
        && (practice.IsManagedBy(userId) || practices.FindMember(practice.Id, userId) is { IsGuest: false });

    /// <summary>True when the user may see this practice's entries from this conversation.</summary>
    public bool IsStaffHere(ChatContext context, string practiceId)
    {
        if (context.Kind != ConversationKind.Channel) return IsStaffOf(context.User.Id, practiceId);
        // In a channel the roster may lag behind the team, so anyone in it but a known guest counts, as for logging.
        var resolved = Resolve(context);
        return resolved.Kind == PracticeResolutionKind.Resolved && resolved.Practice!.Id == practiceId;
    }

    /// <summary>True when the user is on this conversation's team roster as a guest (the ICB, a supplier...).</summary>
    public bool IsGuestHere(ChatContext context) =>
        context.TeamId is { } team && practices.FindMember(team, context.User.Id) is { IsGuest: true };

    /// <summary>Remembers the practice a user works for now, creating their record if the bot had none.</summary>
    public void SetCurrent(ChatUser user, string practiceId)
    {
        var record = practices.FindUser(user.Id) ?? new ChatUserRecord { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
        record.CurrentPracticeId = practiceId;
        practices.UpsertUser(record);
    }
}
