using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Retention;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Storage;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Everything of the checklist and setup built over one database, the way the router builds the entries feature:
/// the router adds <see cref="Commands"/> and <see cref="Actions"/>; the scheduler uses <see cref="Planner"/>; the
/// host posts <see cref="SetupCards"/>' welcome card when the bot joins a team.
/// </summary>
public sealed class ChecklistFeature
{
    public ChecklistFeature(CutoverDatabase db, PracticeStore practices, CutoverCatalog catalog, TimeProvider time, RetentionOptions? retention = null)
    {
        Catalog = catalog;
        Ticks = new ChecklistTickStore(db, time);
        PostLog = new PostLogStore(db);
        var builder = new DailyChecklistBuilder(catalog, Ticks);
        var golive = GoLiveMorning.Create(db);
        Planner = new MorningPostPlanner(new ChecklistCards(builder, new EntryActivity(db), golive.Reentry), golive);
        var resolver = new PracticeResolver(practices);
        var access = new ChecklistAccess(resolver, practices);
        Setup = new SetupService(practices, resolver, builder, time);
        SetupCards = new SetupCards(practices, retention?.DefaultDays ?? RetentionPolicy.StandardDays);
        var settings = new GovernanceSettings(practices, new AuditTrail(new AuditStore(db), time));
        Commands =
        [
            new ChecklistCommand(access, Planner, time),
            new DoneCommand(access, catalog, Ticks, time),
            new UntickCommand(access, catalog, Ticks, time),
            new SetupCommand(Setup, SetupCards),
        ];
        Actions =
        [
            new ChecklistToggleAction(access, catalog, Ticks, Planner, time),
            new ChecklistEarlierAction(access, Planner, time),
            new SetupSubmitAction(Setup, SetupCards, settings),
        ];
    }

    /// <summary>The typed commands, for the router's list, the help card and the manifest check.</summary>
    public static IReadOnlyList<CommandInfo> CommandInfos { get; } =
        [ChecklistCommand.Definition, DoneCommand.Definition, UntickCommand.Definition, SetupCommand.Definition];

    /// <summary>The Action.Execute verbs handled here.</summary>
    public static IReadOnlyList<string> Verbs { get; } = [ChecklistToggleAction.Name, ChecklistEarlierAction.Name, SetupSubmitAction.Name];

    public CutoverCatalog Catalog { get; }
    public ChecklistTickStore Ticks { get; }
    /// <summary>The morning posts' log: the scheduler writes it (register this instance, not a second one), status reads it.</summary>
    public PostLogStore PostLog { get; }
    public MorningPostPlanner Planner { get; }
    public SetupService Setup { get; }
    public SetupCards SetupCards { get; }
    public IReadOnlyList<IChatCommand> Commands { get; }
    public IReadOnlyList<ICardAction> Actions { get; }
}
