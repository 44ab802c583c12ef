using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>One page of the user's entries in the practice this conversation belongs to, newest first.</summary>
internal sealed class MyEntriesView(IEntryStore entries, PracticeResolver resolver, TimeProvider time)
{
    public const int PageSize = 10;
    public const string SentPrivately = "I've sent your entries to you in a personal chat, so patient details stay out of here.";

    /// <summary>The card for the page, or a message when there is no practice to list (refused, or a choice to make).</summary>
    public (CardReply? Card, string? Message) Page(ChatContext context, int page)
    {
        var resolution = resolver.Resolve(context);
        switch (resolution.Kind)
        {
            case PracticeResolutionKind.Refused:
                return (null, resolution.RefusalMessage);
            case PracticeResolutionKind.NeedsChoice:
                return (PracticeCards.Choice("You work for more than one practice. Whose entries do you want to see?", resolution.Choices), null);
        }
        var practice = resolution.Practice;
        var all = practice is null ? entries.HeldFor(context.User.Id).Reverse().ToList() : null;
        var total = all?.Count ?? entries.CountByAuthor(practice!.Id, context.User.Id);
        var skip = (page - 1) * PageSize;
        var rows = all is not null ? all.Skip(skip).Take(PageSize).ToList() : entries.ByAuthor(practice!.Id, context.User.Id, skip, PageSize);
        var today = LondonTime.Today(time);
        var data = new MyEntriesCardData
        {
            Title = practice is null ? "Your entries (no practice yet)" : $"Your entries at {practice.Name}",
            PageText = rows.Count == 0 ? "" : $"{skip + 1}-{skip + rows.Count} of {total}, newest first",
            Entries = rows.Select(e => EntryCards.Row(e, today)).ToList(),
            IsEmpty = rows.Count == 0,
            EmptyText = total == 0 ? "You haven't logged anything yet. Type help to see how." : "No more entries.",
            HasMore = skip + rows.Count < total,
            NextPage = page + 1,
            PracticeId = practice?.Id ?? "",
        };
        return (new CardReply(EntryCards.MyEntriesTemplate, data), null);
    }
}
