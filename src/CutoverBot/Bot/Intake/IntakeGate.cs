using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Bot.Intake;

/// <summary>
/// Lets each incoming message be handled once. Teams delivers a message again when the bot has not answered within
/// about 15 seconds; the copy may arrive while the first is still being handled, or after. A message is marked as
/// taken in once its entry is stored (<see cref="Complete"/>), so a bot stopped before that still takes in the copy:
/// better a second copy than a lost entry.
/// </summary>
internal sealed class IntakeGate(ProcessedActivityStore store, TimeProvider time, ILogger<IntakeGate> logger)
{
    private const byte Handling = 0;
    private const byte Recorded = 1;
    // Messages being handled by this process, and whether their id is already recorded (inside their entry's save).
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    /// <summary>False for a copy of a message already handled or being handled: answer it with nothing.</summary>
    public bool TryBegin(IActivity activity)
    {
        if (KeyOf(activity) is not { } key) return true;
        if (!_inFlight.TryAdd(key, Handling)) return Duplicate(activity, "being handled");
        if (!store.Contains(key)) return true;
        _inFlight.TryRemove(key, out _);
        return Duplicate(activity, "already handled");
    }

    /// <summary>Records that the message was taken in (its entry, if any, is stored), unless <see cref="TakenIn"/> already did.</summary>
    public void Complete(IActivity activity)
    {
        if (KeyOf(activity) is not { } key) return;
        if (_inFlight.TryGetValue(key, out var state) && state == Recorded) store.PruneNowAndThen(time.GetUtcNow());
        else store.Record(key, time.GetUtcNow());
    }

    /// <summary>
    /// The same record, for the context to write inside the entry's own save
    /// (<see cref="Core.Kernel.ChatContext.TakenIn"/>), so the entry and the mark are kept together.
    /// </summary>
    public Action TakenIn(IActivity activity) => () =>
    {
        if (KeyOf(activity) is not { } key) return;
        store.Add(key, time.GetUtcNow());
        _inFlight[key] = Recorded;
    };

    /// <summary>Ends the handling started by <see cref="TryBegin"/>, whether or not it completed.</summary>
    public void End(IActivity activity)
    {
        if (KeyOf(activity) is { } key) _inFlight.TryRemove(key, out _);
    }

    private bool Duplicate(IActivity activity, string state)
    {
        IntakeLog.Duplicate(logger, activity.Id, activity.Conversation?.Id, state);
        return false;
    }

    // Activities without an id cannot be told apart; they are handled as they come.
    private static string? KeyOf(IActivity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : ProcessedActivityStore.KeyOf(activity.Conversation.Id, activity.Id);
}
