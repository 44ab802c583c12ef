using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Guests;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Progress;
using CutoverBot.Core.Retention;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Sharing;
using CutoverBot.Core.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core;

/// <summary>
/// The composition root of Core: the one place that knows every feature. Each feature registers its own services,
/// commands and card actions; the host registers the database (and may put in its own clock, calendar and options first).
/// </summary>
public static class CutoverFeatures
{
    public static IServiceCollection AddCutoverFeatures(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CardRenderer>();
        services.TryAddSingleton(Help);
        return services
            .AddEntries()
            .AddPractices()
            .AddMorningPosts()
            .AddChatCommands()
            .AddChecklist()
            .AddSetup()
            .AddGoLive()
            .AddStatus()
            .AddRetention()
            .AddGuests()
            .AddMessageActions()
            .AddSharing()
            .AddProgress();
    }

    /// <summary>The typed commands in the order the help card lists them; the manifest's commandLists are checked against them.</summary>
    public static IReadOnlyList<CommandInfo> Commands { get; } =
    [
        HelpCommand.Definition, MyEntriesCommand.Definition, UndoCommand.Definition, EditCommand.Definition, DeleteCommand.Definition,
        FindCommand.Definition, PracticeCommand.Definition,
        ChecklistCommand.Definition, DoneCommand.Definition, UntickCommand.Definition, SetupCommand.Definition,
        SummaryCommand.Definition, ReenteredCommand.Definition, ReenteredAllCommand.Definition, NotNeededCommand.Definition, ExportCommand.Definition,
        StatusCommand.Definition, RetentionCommand.Definition, GuestTickCommand.Definition,
        ShareProgressCommand.Definition, StopSharingCommand.Definition,
    ];

    /// <summary>The leading words of each typed command.</summary>
    public static IReadOnlyList<string> CommandNames { get; } = Commands.Select(c => c.Name).ToList();

    /// <summary>Every Action.Execute verb a card can send.</summary>
    public static IReadOnlyList<string> Verbs { get; } =
    [
        EntryCompleteAction.Name, EntryDeleteAction.Name, EntriesPageAction.Name, PracticeChooseAction.Name,
        ChecklistToggleAction.Name, ChecklistEarlierAction.Name, SetupSubmitAction.Name,
        ReentryViewAction.Name, ReentryConfirmAction.Name, ReentryNotNeededAction.Name, ReentryConfirmAllAction.Name, GoLivePageAction.Name,
    ];

    /// <summary>What the help card lists.</summary>
    public static HelpCatalog Help { get; } = new(Commands,
        [MyEntriesCommand.Definition, UndoCommand.Definition, EditCommand.Definition, ChecklistCommand.Definition],
        MessageEntryFeature.HelpRows);
}
