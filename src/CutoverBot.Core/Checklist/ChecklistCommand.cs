using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// checklist: today's checklist card, on demand; checklist earlier [page]: the same with its earlier tasks open at that
/// page (the typed twin of the card's page buttons). Guests of the team may read it too.
/// </summary>
internal sealed class ChecklistCommand(ChecklistAccess access, MorningPostPlanner planner, TimeProvider time) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("checklist", "checklist", "Show today's cutover checklist.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, refusal) = access.PracticeToRead(context);
        if (practice is null) return ChatResponse.Say(refusal!);
        return ChatResponse.Show(planner.BuildChannelCard(practice, LondonTime.Today(time), superseded: false, EarlierPage(arguments)));
    }

    // "earlier" opens the earlier tasks; a page number after it turns to that page (an unreadable one gives the first).
    private static int? EarlierPage(string arguments)
    {
        var words = arguments.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words[0].Equals("earlier", StringComparison.OrdinalIgnoreCase)) return null;
        return words.Length > 1 && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= CardData.MaxPage
            ? page
            : 1;
    }
}
