using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>Builds the shared go-live card and its list pages from a <see cref="GoLiveSummary"/>: counts and references only.</summary>
public static class GoLiveCards
{
    public const string Template = "golive";
    public const string ListTemplate = "golive-list";

    /// <summary>Teams asks for a user-specific view for at most this many users.</summary>
    public const int MaxRefreshUsers = 60;
    /// <summary>Mentions beyond this are summarised; those people still get their reminder in personal chat.</summary>
    public const int MaxMentions = 25;
    /// <summary>Items of a list shown on the card itself; the rest are a "Show all" away.</summary>
    public const int ItemsOnCard = 24;
    /// <summary>Items per page of a list card.</summary>
    public const int ItemsPerPage = 200;

    public static CardReply Card(GoLiveSummary s)
    {
        var outstanding = s.Outstanding.ToList();
        var mentioned = s.IsBeforeGoLive ? [] : outstanding.Take(MaxMentions).ToList();
        var mentions = mentioned.Select(p => new GoLiveMention($"<at>{MentionName(p.Name)}</at>", p.AuthorId, MentionName(p.Name))).ToList();
        var others = s.IsBeforeGoLive ? 0 : outstanding.Count - mentioned.Count;
        var name = s.Practice.Name.Length > 0 ? s.Practice.Name : "your practice";
        return new CardReply(Template, new GoLiveCardData
        {
            PracticeId = s.Practice.Id,
            Title = s.IsBeforeGoLive ? $"Preview: what will need re-entry at {name}" : $"Go-live: re-entry at {name}",
            Subtitle = s.Practice.GoLiveDate is { } goLive ? $"Go-live {UkFormat.LongDate(goLive)} · as of {UkFormat.LongDate(s.Today)}" : "Go-live date not set yet",
            IsPreview = s.IsBeforeGoLive,
            PreviewText = s.IsBeforeGoLive ? PreviewText(s) : "",
            ProgressText = ProgressText(s),
            HasCategories = s.Categories.Count > 0,
            Categories = s.Categories.Select(c => new GoLiveFact(c.Label, s.IsBeforeGoLive ? EntryCount.Text(c.Counts.Total) : c.Counts.Text)).ToList(),
            HasMentions = mentions.Count > 0,
            MentionText = mentions.Count > 0
                ? string.Join(", ", mentions.Select(m => m.Text)) + ": you have entries to re-enter. Please re-enter them in the new system and confirm each one with Show my entries (or type reentered all)."
                : "",
            Mentions = mentions,
            HasOthers = others > 0,
            OthersText = others > 0 ? $"And {others} more colleagues have entries outstanding: each gets a reminder in personal chat." : "",
            Sections = Enum.GetValues<GoLiveSection>().Select(section => Section(s, section)).OfType<GoLiveSectionData>().ToList(),
            IsEmpty = s.Counts.Total == 0,
            EmptyText = "Nothing has been logged for re-entry, so there is nothing to re-enter.",
            FooterText = "Patient details stay out of this channel: Show my entries opens your own list, visible only to you. Or type reentered ‹reference›, reentered all, or not needed ‹reference› ‹reason›.",
            RefreshUserIds = RefreshUsers(s),
        });
    }

    /// <summary>One page (from 1) of a long list; a page past the end shows the last one.</summary>
    public static CardReply List(GoLiveSummary s, GoLiveSection section, int page)
    {
        var items = GoLiveSections.Items(s, section);
        var pages = Math.Max(1, (items.Count + ItemsPerPage - 1) / ItemsPerPage);
        page = Math.Clamp(page, 1, pages);
        var skip = (page - 1) * ItemsPerPage;
        var shown = items.Skip(skip).Take(ItemsPerPage).ToList();
        return new CardReply(ListTemplate, new GoLiveListCardData
        {
            PracticeId = s.Practice.Id,
            Section = GoLiveSections.Key(section),
            Title = GoLiveSections.Title(section, items.Count),
            PageText = shown.Count == 0 ? "Nothing left on this list." : $"{skip + 1}-{skip + shown.Count} of {items.Count} · page {page} of {pages}",
            Lines = GoLiveSections.Lines(shown, section),
            HasPrevious = page > 1,
            PreviousPage = page - 1,
            HasNext = page < pages,
            NextPage = page + 1,
        });
    }

    /// <summary>Those with entries outstanding first (they need their view), then the practice manager; at most 60.</summary>
    public static IReadOnlyList<string> RefreshUsers(GoLiveSummary s)
    {
        var ids = s.Outstanding.Select(p => p.AuthorId).ToList();
        if (s.Practice.ManagerUserId is { Length: > 0 } manager) ids.Add(manager);
        var result = ids.Distinct(StringComparer.Ordinal).Take(MaxRefreshUsers).ToList();
        // With more than 60 outstanding the manager would be cut: the manager's view matters more than the 60th person's.
        if (s.Practice.ManagerUserId is { Length: > 0 } m && !result.Contains(m)) result[^1] = m;
        return result;
    }

    private static GoLiveSectionData? Section(GoLiveSummary s, GoLiveSection section)
    {
        var items = GoLiveSections.Items(s, section);
        if (items.Count == 0) return null;
        var more = items.Count - ItemsOnCard;
        return new GoLiveSectionData(
            GoLiveSections.Key(section),
            GoLiveSections.Title(section, items.Count),
            GoLiveSections.Lines(items.Take(ItemsOnCard), section),
            more > 0,
            more > 0 ? $"{more} more" : "");
    }

    private static string ProgressText(GoLiveSummary s) => s.IsBeforeGoLive
        ? $"{EntryCount.Text(s.Counts.Total)} logged so far will need re-entry after go-live."
        : $"{s.Counts.Done} of {s.Counts.Total} re-entered or not needed; {s.Counts.Pending} still to re-enter.";

    private static string PreviewText(GoLiveSummary s) => s.Practice.GoLiveDate is { } goLive
        ? $"This is a preview: go-live is on {UkFormat.LongDate(goLive)}. Everything counted here will need re-entering into the new system then, and I'll post this card again on go-live morning."
        : "This is a preview: no go-live date is set yet. Everything counted here will need re-entering into the new system after go-live.";

    // Angle brackets would break the <at>...</at> markup Teams matches the entity against.
    private static string MentionName(string name)
    {
        var clean = new string(name.Where(c => c is not ('<' or '>')).ToArray()).Trim();
        return clean.Length > 0 ? clean : "colleague";
    }
}
