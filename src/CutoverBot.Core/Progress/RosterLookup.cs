using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Progress;

/// <summary>
/// Finds the person a tab's sign-in names (their Entra object id) on practice rosters: the same roster, and the same
/// Teams user id, the bot goes by, so a tab grants nothing a message to the bot would not.
/// </summary>
public sealed class RosterLookup(IPracticeStore practices)
{
    /// <summary>The person on this practice's roster (or its manager), with whether they are a guest; null when not on it.</summary>
    public (ChatUser User, bool IsGuest)? OnRoster(Practice practice, string aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(practice);
        if (string.IsNullOrWhiteSpace(aadObjectId)) return null;
        var member = practices.Members(practice.Id).FirstOrDefault(m => SameId(m.AadObjectId, aadObjectId));
        if (member is not null) return (new ChatUser(member.UserId, member.Name, aadObjectId), member.IsGuest);
        // A manager who set the practice up is staff even when missing from the roster, as for the bot.
        if (practice.ManagerUserId is { Length: > 0 } managerId && practices.FindUser(managerId) is { } manager && SameId(manager.AadObjectId, aadObjectId))
            return (new ChatUser(manager.Id, manager.Name, aadObjectId), false);
        return null;
    }

    /// <summary>The active practices where this person is staff (not a guest), by name.</summary>
    public IReadOnlyList<(Practice Practice, ChatUser User)> StaffPractices(string aadObjectId)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId)) return [];
        var found = new List<(Practice, ChatUser)>();
        foreach (var member in practices.MembersByObjectId(aadObjectId).Where(m => !m.IsGuest))
        {
            if (practices.Find(member.PracticeId) is { Active: true } practice)
                found.Add((practice, new ChatUser(member.UserId, member.Name, aadObjectId)));
        }
        foreach (var user in practices.UsersByObjectId(aadObjectId))
        {
            foreach (var managed in practices.PracticesManagedBy(user.Id).Where(p => found.All(f => f.Item1.Id != p.Id)))
                found.Add((managed, new ChatUser(user.Id, user.Name, aadObjectId)));
        }
        return found.OrderBy(f => f.Item1.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool SameId(string? a, string b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
