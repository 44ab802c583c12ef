using System.Text.Json;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// Which practice a go-live button belongs to, and who may see what of it. The shared card goes to anyone in the
/// practice's conversations (guests included); patient details only to the practice's staff.
/// </summary>
public sealed class GoLiveAccess(IPracticeStore practices, PracticeResolver resolver)
{
    public const string NotThisPractice = "That card belongs to a practice you can't see from here.";

    /// <summary>
    /// Reads practiceId from card data (which may be forged): 400 when it is missing, 403 when this conversation or
    /// user has nothing to do with that practice.
    /// </summary>
    public (Practice? Practice, CardActionResult? Error) Read(ChatContext context, JsonElement data)
    {
        var practiceId = CardData.String(data, "practiceId");
        if (string.IsNullOrWhiteSpace(practiceId)) return (null, CardActionResult.BadRequest("This button doesn't say which practice it belongs to."));
        var practice = practices.Find(practiceId);
        if (practice is not { Active: true }) return (null, CardActionResult.Forbidden(NotThisPractice));
        var inPractice = context.Kind == ConversationKind.Personal
            ? practices.FindMember(practice.Id, context.User.Id) is not null || practice.IsManagedBy(context.User.Id)
            : context.TeamId == practice.Id;
        return inPractice ? (practice, null) : (null, CardActionResult.Forbidden(NotThisPractice));
    }

    /// <summary>
    /// True for the practice's known staff (on the roster and not a guest) and its manager. Stricter than logging in a
    /// channel, where anyone not known to be a guest may log: here the answer decides who sees patient details.
    /// </summary>
    public bool IsStaff(ChatUser user, Practice practice) => resolver.IsStaffOf(user.Id, practice.Id);
}
