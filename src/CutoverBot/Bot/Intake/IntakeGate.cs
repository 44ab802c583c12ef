using Microsoft.Bot.Schema;
using CutoverBot.Core.Entries.Intake;

namespace CutoverBot.Bot.Intake;

/// <summary>
/// Core's <see cref="MessageIntake"/> for Teams activities: names each message by its conversation and activity id,
/// and logs the copies it turns away. The steps themselves (and why) are in MessageIntake.
/// </summary>
internal sealed class IntakeGate(MessageIntake intake, ILogger<IntakeGate> logger)
{
    /// <summary>False for a copy of a message already handled or being handled: answer it with nothing.</summary>
    public bool TryBegin(IActivity activity)
    {
        if (intake.Begin(KeyOf(activity), out var duplicateOf)) return true;
        IntakeLog.Duplicate(logger, activity.Id, activity.Conversation?.Id, duplicateOf ?? "");
        return false;
    }

    /// <summary>Marks the message taken in, unless the save of its entry already did.</summary>
    public void Complete(IActivity activity) => intake.Complete(KeyOf(activity));

    /// <summary>Ends the handling started by <see cref="TryBegin"/>, whether or not it completed.</summary>
    public void End(IActivity activity) => intake.End(KeyOf(activity));

    /// <summary>The message's name for Core (<see cref="Core.Kernel.ChatContext.MessageKey"/>); null when it has no ids.</summary>
    public static string? KeyOf(IActivity activity) => MessageIntake.KeyOf(activity.Conversation?.Id, activity.Id);
}
