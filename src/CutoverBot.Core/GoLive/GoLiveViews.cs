using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>The go-live cards its commands and buttons answer with, as of today in London.</summary>
public sealed class GoLiveViews(IEntryStore entries, GoLiveSummaryBuilder summaries, ReentryView view, TimeProvider time)
{
    public DateOnly Today => LondonTime.Today(time);

    public GoLiveSummary Summary(Practice practice) => summaries.Build(practice, Today);

    /// <summary>For the workbook and the CSV: counts and rows from the one read of every entry, so they always agree.</summary>
    public GoLiveSummary SummaryWithDetails(Practice practice) => GoLiveSummaryBuilder.Build(practice, Today, entries.ForPractice(practice.Id));

    public CardReply SharedCard(Practice practice) => GoLiveCards.Card(Summary(practice));

    /// <summary>
    /// The clicker's refreshed view; where the card clicked is the shared one in a channel or group chat, also the
    /// refreshed shared card, so the host updates the posted message and everyone's progress moves.
    /// </summary>
    public CardActionResult ViewResult(ChatContext context, Practice practice, int page, string? status = null) =>
        new(200, view.For(practice, context.User, practice.IsManagedBy(context.User.Id), page, Today, status), null, [])
        {
            SharedCard = context.Kind == ConversationKind.Personal ? null : SharedCard(practice),
        };
}
