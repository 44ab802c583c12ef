using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Commands;

/// <summary>
/// Sends an entry's card where it may go: the full card in personal chat; elsewhere a card without patient details
/// here and the full card to the author's personal chat.
/// </summary>
internal static class EntryReplies
{
    public static bool IsPrivate(ChatContext context) => context.Kind == ConversationKind.Personal;

    public static List<OutgoingMessage> For(ChatContext context, Entry entry, string title, bool nhsRejected = false, bool remind = false)
    {
        var full = EntryCards.Saved(entry, title, nhsRejected);
        if (IsPrivate(context)) return [OutgoingMessage.Show(full)];
        return [OutgoingMessage.Show(EntryCards.Channel(entry, title, remind)), OutgoingMessage.ToAuthor(full)];
    }

    /// <summary>A card that carries patient details, sent privately, with a note here when "here" is not private.</summary>
    public static ChatResponse Privately(ChatContext context, CardReply card, string noteHere) =>
        IsPrivate(context)
            ? ChatResponse.Show(card)
            : new ChatResponse([OutgoingMessage.Say(noteHere), OutgoingMessage.ToAuthor(card)]);
}
