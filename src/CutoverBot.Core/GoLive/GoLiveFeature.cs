using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>The go-live commands and card actions over the router's stores, with what they share.</summary>
internal sealed class GoLiveFeature
{
    public GoLiveFeature(EntryStore entries, AuditStore audit, PracticeStore practices, PracticeResolver resolver, EntryAccess entryAccess, TimeProvider time)
    {
        Time = time;
        Resolver = resolver;
        EntryAccess = entryAccess;
        Entries = entries;
        Summaries = new GoLiveSummaryBuilder(entries);
        View = new ReentryView(entries);
        Recorder = new ReentryRecorder(entries, audit, time);
        Audit = new AuditTrail(audit, time);
        Access = new GoLiveAccess(practices, resolver);
        Commands =
        [
            new SummaryCommand(this),
            new ReenteredCommand(this),
            new ReenteredAllCommand(this),
            new NotNeededCommand(this),
            new ExportCommand(this),
        ];
        Actions =
        [
            new ReentryViewAction(this),
            new ReentryConfirmAction(this),
            new ReentryNotNeededAction(this),
            new ReentryConfirmAllAction(this),
            new GoLivePageAction(this),
        ];
    }

    /// <summary>The typed commands, in the order the help card lists them.</summary>
    public static IReadOnlyList<CommandInfo> Definitions { get; } =
        [SummaryCommand.Definition, ReenteredCommand.Definition, ReenteredAllCommand.Definition, NotNeededCommand.Definition, ExportCommand.Definition];

    public static IReadOnlyList<string> Verbs { get; } =
        [ReentryViewAction.Name, ReentryConfirmAction.Name, ReentryNotNeededAction.Name, ReentryConfirmAllAction.Name, GoLivePageAction.Name];

    public IReadOnlyList<IChatCommand> Commands { get; }
    public IReadOnlyList<ICardAction> Actions { get; }

    public TimeProvider Time { get; }
    public PracticeResolver Resolver { get; }
    public EntryAccess EntryAccess { get; }
    public EntryStore Entries { get; }
    public GoLiveSummaryBuilder Summaries { get; }
    public ReentryView View { get; }
    public ReentryRecorder Recorder { get; }
    public GoLiveAccess Access { get; }
    public AuditTrail Audit { get; }

    public DateOnly Today => LondonTime.Today(Time);

    public GoLiveSummary Summary(Practice practice) => Summaries.Build(practice, Today);

    /// <summary>For the workbook and the CSV: counts and rows from the one read of every entry, so they always agree.</summary>
    public GoLiveSummary SummaryWithDetails(Practice practice) => GoLiveSummaryBuilder.Build(practice, Today, Entries.ForPractice(practice.Id));

    public CardReply SharedCard(Practice practice) => GoLiveCards.Card(Summary(practice));

    /// <summary>
    /// The clicker's refreshed view; where the card clicked is the shared one in a channel or group chat, also the
    /// refreshed shared card, so the host updates the posted message and everyone's progress moves.
    /// </summary>
    public CardActionResult ViewResult(ChatContext context, Practice practice, int page, string? status = null) =>
        new(200, View.For(practice, context.User, practice.IsManagedBy(context.User.Id), page, Today, status), null, [])
        {
            SharedCard = context.Kind == ConversationKind.Personal ? null : SharedCard(practice),
        };
}
