
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Scheduling;

/// <summary>
/// One card the scheduler must deliver for a practice on a London date. <paramref name="RecipientUserId"/> is the
/// Teams user id for personal posts, null for the channel.
/// </summary>
public sealed record MorningPost(string PracticeId, MorningPostKind Kind, DateOnly Date, CardReply Card, string? RecipientUserId);
