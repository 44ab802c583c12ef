using System.Text;
using System.Text.Json;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Guests;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Retention;
using CutoverBot.Core.Storage;

namespace CutoverBot.Core.Commands;

/// <summary>Dispatches a typed message to the command named by its leading words, or to a quick entry.</summary>
public sealed class ChatCommandRouter
{
    /// <summary>
    /// Longest message read. A longer quick entry keeps its first part (nothing typed about a patient is dropped
    /// on the floor) and the author is told; anything else longer is refused with a clear reply.
    /// </summary>
    public const int MaxMessageLength = 4000;

    /// <summary>What the audit trail calls a view that came from a quick entry rather than a command.</summary>
    public const string QuickEntrySurface = "quick entry";

    public const string UnknownText = "Sorry, I didn't understand that. Type help to see what I can do and how to log an entry.";

    private readonly IReadOnlyList<IChatCommand> _commands;
    private readonly Dictionary<string, ICardAction> _actions;
    private readonly QuickEntryHandler _quickEntry;
    private readonly HeldEntryFiler _filer;
    private readonly PracticeResolver _resolver;
    private readonly AuditTrail _trail;

    public ChatCommandRouter(EntryStore entries, AuditStore audit, PracticeStore practices, ReferenceCounterStore counters, TimeProvider time,
        ChecklistFeature checklist, RetentionOptions? retention = null, Status.StatusNotices? notices = null, Sharing.SharingFeature? sharing = null)
    {
        _resolver = new PracticeResolver(practices);
        var recorder = new EntryRecorder(entries, audit, counters, time);
        _trail = new AuditTrail(audit, time);
        var access = new EntryAccess(entries, practices, _resolver);
        var myEntries = new MyEntriesView(entries, _resolver, time);
        _filer = new HeldEntryFiler(entries, recorder, _resolver);
        _quickEntry = new QuickEntryHandler(recorder, _resolver, time, entries, _trail);
        var golive = new GoLiveFeature(entries, audit, practices, _resolver, access, time);
        var settings = new GovernanceSettings(practices, _trail);
        _commands =
        [
            new HelpCommand(),
            new MyEntriesCommand(myEntries),
            new UndoCommand(entries, recorder, access, time),
            new EditCommand(access),
            new DeleteCommand(access, recorder),
            new FindCommand(entries, access, _resolver, _trail),
            new PracticeCommand(_resolver),
            new StatusCommand(practices, _resolver, entries, checklist, time, notices, sharing?.Shares),
            .. checklist.Commands,
            .. golive.Commands,
            new RetentionCommand(_resolver, settings, entries, retention?.DefaultDays ?? RetentionPolicy.StandardDays, time),
            new GuestTickCommand(_resolver, settings),
            .. sharing?.CommandsFor(practices, _resolver, time) ?? [],
        ];
        ICardAction[] actions =
        [
            new EntryCompleteAction(entries, access, recorder, audit, time),
            new EntryDeleteAction(entries, access, recorder, audit),
            new EntriesPageAction(myEntries),
            new PracticeChooseAction(_resolver, _filer),
            .. checklist.Actions,
            .. golive.Actions,
        ];
        _actions = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);
    }

    /// <summary>Builds the router and its stores over one database.</summary>
    public static ChatCommandRouter Create(CutoverDatabase db, TimeProvider time)
    {
        var practices = new PracticeStore(db);
        return new(new EntryStore(db), new AuditStore(db), practices, new ReferenceCounterStore(db), time,
            new ChecklistFeature(db, practices, CutoverCatalogLoader.LoadEmbedded(), time), sharing: new Sharing.SharingFeature(new Sharing.ProgressShareStore(db)));
    }

    /// <summary>The typed commands, for the help card and for checking the Teams manifest's commandLists.</summary>
    public static IReadOnlyList<CommandInfo> Commands { get; } =
        [HelpCommand.Definition, MyEntriesCommand.Definition, UndoCommand.Definition, EditCommand.Definition, DeleteCommand.Definition,
            FindCommand.Definition, PracticeCommand.Definition, .. ChecklistFeature.CommandInfos, .. GoLiveFeature.Definitions,
            StatusCommand.Definition, RetentionCommand.Definition, GuestTickCommand.Definition, .. Sharing.SharingFeature.Definitions];

    /// <summary>The leading words of each typed command.</summary>
    public static IReadOnlyList<string> CommandNames { get; } = Commands.Select(c => c.Name).ToList();

    /// <summary>Every Action.Execute verb the router handles.</summary>
    public static IReadOnlyList<string> Verbs { get; } =
        [EntryCompleteAction.Name, EntryDeleteAction.Name, EntriesPageAction.Name, PracticeChooseAction.Name, .. ChecklistFeature.Verbs,
            .. GoLiveFeature.Verbs];

    /// <summary>An example quick entry per kind, as the help card shows them.</summary>
    public static IReadOnlyDictionary<EntryCategory, string> QuickEntryExamples => HelpCommand.KindExamples;

    public Task<ChatResponse> HandleAsync(ChatContext context, string text, CancellationToken cancellationToken)
    {
        var response = Handle(context, text ?? "", out var surface);
        // Every card this answers with passes here, so each showing of patient details is audited once.
        _trail.Shown(context.User, surface, response.Messages.Select(m => m.Card));
        return Task.FromResult(response);
    }

    private ChatResponse Handle(ChatContext context, string text, out string surface)
    {
        surface = QuickEntrySurface;
        if (text.Length > MaxMessageLength) return HandleTooLong(context, text);
        var clean = Clean(text);
        if (clean.Length == 0) return ChatResponse.Say(UnknownText);

        var filed = context.Kind == ConversationKind.Personal ? _filer.FileIfKnown(context.User) : [];
        var response = Dispatch(context, clean, out surface);
        if (filed.Count > 0 && _resolver.Resolve(context).Practice is { } practice)
            response = response with { Messages = [OutgoingMessage.Say(HeldEntryFiler.FiledText(filed, practice.Name)), .. response.Messages] };
        return response;
    }

    private ChatResponse HandleTooLong(ChatContext context, string text)
    {
        var kept = Clean(text[..MaxMessageLength]);
        var tooLong = $"That message is too long for me ({text.Length:N0} characters; I read up to {MaxMessageLength:N0}).";
        if (_quickEntry.TryHandle(context, kept) is not { } saved)
            return ChatResponse.Say(tooLong + " Nothing was saved: please send it in shorter parts.");
        return saved with
        {
            Messages = [OutgoingMessage.Say(tooLong + " I saved the first part as an entry; add the rest with edit and the entry's reference."), .. saved.Messages],
        };
    }

    /// <summary>Handles an Action.Execute verb with its data, which may be forged: never trust it.</summary>
    public Task<CardActionResult> HandleActionAsync(ChatContext context, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (verb is null || !_actions.TryGetValue(verb, out var action))
            return Task.FromResult(CardActionResult.BadRequest("That button is not one I know."));
        var result = action.Handle(context, data);
        if (result.StatusCode == 200) _trail.Shown(context.User, verb, [result.Card, .. result.FollowUps.Select(f => f.Card)]);
        return Task.FromResult(result);
    }

    /// <summary>
    /// Files a user's held entries once their practice is known (for example after a roster update); returns the
    /// references given. The host may tell the user in personal chat.
    /// </summary>
    public IReadOnlyList<string> FileHeldEntries(ChatUser user) => _filer.FileIfKnown(user).Select(e => e.Reference).ToList();

    private ChatResponse Dispatch(ChatContext context, string text, out string surface)
    {
        surface = QuickEntrySurface;
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var command in _commands.OrderByDescending(c => c.Info.Name.Length))
        {
            var name = command.Info.Name.Split(' ');
            if (words.Length < name.Length) continue;
            if (!name.Select((w, i) => string.Equals(w, Bare(words[i]), StringComparison.OrdinalIgnoreCase)).All(m => m)) continue;
            surface = command.Info.Name;
            return command.Handle(context, string.Join(' ', words.Skip(name.Length)));
        }
        return _quickEntry.TryHandle(context, text) ?? ChatResponse.Say(UnknownText);
    }

    // "help!" and "undo." still count: staff punctuate naturally.
    private static string Bare(string word) => word.TrimEnd('.', '!', '?', ',', ':', ';');

    // Control characters (other than line breaks) never mean anything in a chat message; whitespace runs collapse.
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? (c == '\n' ? '\n' : ' ') : c);
        return string.Join('\n', sb.ToString().Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .Trim();
    }
}
