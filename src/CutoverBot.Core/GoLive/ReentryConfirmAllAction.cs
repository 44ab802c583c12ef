using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>reentry.confirmAll: "Confirm all mine": every entry the clicker logged that is still to re-enter.</summary>
internal sealed class ReentryConfirmAllAction(GoLiveFeature golive) : ICardAction
{
    public const string Name = "reentry.confirmAll";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, error) = golive.Access.Read(context, data);
        if (practice is null) return error!;
        if (!golive.Access.IsStaff(context.User, practice)) return CardActionResult.Forbidden(ReentryEntryReader.StaffOnly);
        var count = ConfirmAll(golive, practice.Id, context.User);
        var status = count switch { 0 => "You had nothing left to confirm.", 1 => "Marked your 1 entry re-entered.", _ => $"Marked your {count} entries re-entered." };
        return golive.ViewResult(context, practice, 1, status) with { ReentryChangedFor = count > 0 ? practice.Id : null };
    }

    /// <summary>Confirms the user's own pending entries in a practice; returns how many.</summary>
    public static int ConfirmAll(GoLiveFeature golive, string practiceId, ChatUser user) =>
        golive.Entries.ForPractice(practiceId)
            .Where(e => e.AuthorId == user.Id && e.Status == EntryStatus.Pending)
            .Count(e => golive.Recorder.Confirm(e, user));
}
