using System.Collections.Concurrent;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries.Intake;

/// <summary>
/// How a typed message is taken in exactly once, step by step. Teams delivers a message again when the bot has not
/// answered within about 15 seconds; the copy may arrive while the first is still being handled, or after.
/// <list type="number">
/// <item><see cref="Begin"/>: a copy of a message being handled here, or already taken in, is turned away.</item>
/// <item><see cref="SaveEntry"/>: a quick entry is saved with its reference, its Created record and the message's
/// taken-in mark in one transaction, so a crash keeps all of them or none (then the copy is taken in instead). When
/// another instance took in a copy of the same message at the same moment, this save keeps nothing and says so.</item>
/// <item><see cref="Complete"/>: a message that saved no entry (a command, a card's submit) is marked once handled.</item>
/// <item><see cref="End"/>: the message is no longer in flight, whether or not it completed.</item>
/// </list>
/// A message is marked only once its entry is stored: better a second copy than a lost entry. The host names the
/// message (<see cref="ChatContext.MessageKey"/>); a message without a name is handled as it comes.
/// </summary>
public sealed class MessageIntake(IProcessedMessageStore taken, EntryRecorder recorder, TimeProvider time)
{
    private const byte Handling = 0;
    private const byte Marked = 1;
    // Messages being handled by this process, and whether their mark is already written (inside their entry's save).
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    /// <summary>The name of a message in a conversation; null when either id is missing (such messages cannot be told apart).</summary>
    public static string? KeyOf(string? conversationId, string? messageId) =>
        string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(messageId) ? null : ProcessedMessageStore.KeyOf(conversationId, messageId);

    /// <summary>Step 1. False for a copy of a message being handled here ("being handled") or taken in before ("already handled").</summary>
    public bool Begin(string? key, out string? duplicateOf)
    {
        duplicateOf = null;
        if (key is null) return true;
        if (!_inFlight.TryAdd(key, Handling))
        {
            duplicateOf = "being handled";
            return false;
        }
        if (!taken.Contains(key)) return true;
        _inFlight.TryRemove(key, out _);
        duplicateOf = "already handled";
        return false;
    }

    /// <summary>
    /// Step 2. Saves the quick entry and, in the same transaction, marks the message it came from as taken in. Null when
    /// another instance took in a copy of this message meanwhile: nothing is saved, and the copy is answered with nothing.
    /// </summary>
    public Entry? SaveEntry(ChatContext context, ParsedEntry parsed, string practiceId)
    {
        try
        {
            return recorder.Record(parsed, context.User, practiceId, context.Kind != ConversationKind.Personal, context.MessageKey is { } key ? () => Mark(key) : null);
        }
        catch (MessageTakenInElsewhereException)
        {
            return null;
        }
    }

    /// <summary>Step 3. Marks the message taken in, unless its entry's save already did.</summary>
    public void Complete(string? key)
    {
        if (key is null) return;
        if (_inFlight.TryGetValue(key, out var state) && state == Marked) taken.PruneNowAndThen(time.GetUtcNow());
        else taken.Record(key, time.GetUtcNow());
    }

    /// <summary>Step 4. Ends the handling <see cref="Begin"/> started.</summary>
    public void End(string? key)
    {
        if (key is not null) _inFlight.TryRemove(key, out _);
    }

    // Runs inside the entry's transaction: the mark is kept exactly when the entry is.
    private void Mark(string key)
    {
        if (!taken.TryAdd(key, time.GetUtcNow())) throw new MessageTakenInElsewhereException();
        _inFlight[key] = Marked;
    }
}
