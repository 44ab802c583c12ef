using System.Globalization;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Commands;

/// <summary>my entries [page]: the user's entries, newest first.</summary>
internal sealed class MyEntriesCommand(MyEntriesView view) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("my entries", "my entries [page]", "List what you've logged, newest first.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var page = 1;
        if (arguments.Length > 0 && (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > CardData.MaxPage))
            return ChatResponse.Say("Type my entries, or my entries and a page number, for example my entries 2.");
        var (card, message) = view.Page(context, page);
        if (card is null) return ChatResponse.Say(message!);
        return EntryReplies.Privately(context, card, MyEntriesView.SentPrivately);
    }
}
