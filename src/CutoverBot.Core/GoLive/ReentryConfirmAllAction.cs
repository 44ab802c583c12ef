using System.Text.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>reentry.confirmAll: "Confirm all mine": every entry the clicker logged that is still to re-enter.</summary>
internal sealed class ReentryConfirmAllAction(GoLiveViews views, GoLiveAccess access, ReentryRecorder recorder) : ICardAction
{
    public const string Name = "reentry.confirmAll";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, error) = access.Read(context, data);
        if (practice is null) return error!;
        if (!access.IsStaff(context.User, practice)) return CardActionResult.Forbidden(ReentryEntryReader.StaffOnly);
        var count = recorder.ConfirmAll(practice.Id, context.User);
        var status = count switch { 0 => "You had nothing left to confirm.", 1 => "Marked your 1 entry re-entered.", _ => $"Marked your {count} entries re-entered." };
        return views.ViewResult(context, practice, 1, status) with { ReentryChangedFor = count > 0 ? practice.Id : null };
    }
}
