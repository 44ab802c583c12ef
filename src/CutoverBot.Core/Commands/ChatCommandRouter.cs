using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>
/// Dispatches a typed message to the registered command named by its leading words, or to a quick entry, and a card
/// click to the card action registered for its verb. The text is cleaned here, once, for everything after.
/// </summary>
public sealed class ChatCommandRouter
{
    /// <summary>What the audit trail calls a view that came from a quick entry rather than a command.</summary>
    public const string QuickEntrySurface = "quick entry";

    public const string UnknownText = "Sorry, I didn't understand that. Type help to see what I can do and how to log an entry.";

    private readonly IReadOnlyList<IChatCommand> _commands;
    private readonly Dictionary<string, ICardAction> _actions;
    private readonly QuickEntryHandler _quickEntry;
    private readonly HeldEntryFiler _filer;
    private readonly PracticeResolver _resolver;
    private readonly AuditTrail _trail;

    /// <summary>Takes the commands and card actions the features registered; it only dispatches.</summary>
    public ChatCommandRouter(IEnumerable<IChatCommand> commands, IEnumerable<ICardAction> actions, QuickEntryHandler quickEntry,
        HeldEntryFiler filer, PracticeResolver resolver, AuditTrail trail)
    {
        // Longest names first, so "reentered all" is tried before "reentered".
        _commands = commands.OrderByDescending(c => c.Info.Name.Length).ToList();
        _actions = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);
        _quickEntry = quickEntry;
        _filer = filer;
        _resolver = resolver;
        _trail = trail;
    }

    /// <summary>The typed commands registered, for the help card's check and the manifest's.</summary>
    public IReadOnlyList<CommandInfo> Commands => _commands.Select(c => c.Info).ToList();

    /// <summary>Every Action.Execute verb registered.</summary>
    public IReadOnlyCollection<string> Verbs => _actions.Keys;

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
        // The one place a message's text is cleaned (tags, mentions, entities, odd spaces, control characters):
        // commands, the parser and the saved entry all read this.
        var clean = TextNormaliser.Normalise(text);
        if (clean.Length > ChatLimits.MaxMessageLength) return HandleTooLong(context, clean);
        if (clean.Length == 0) return ChatResponse.Say(UnknownText);

        var filed = context.Kind == ConversationKind.Personal ? _filer.FileIfKnown(context.User) : [];
        var response = Dispatch(context, clean, out surface);
        if (filed.Count > 0 && _resolver.Resolve(context).Practice is { } practice)
            response = response with { Messages = [OutgoingMessage.Say(HeldEntryFiler.FiledText(filed, practice.Name)), .. response.Messages] };
        return response;
    }

    private ChatResponse HandleTooLong(ChatContext context, string text)
    {
        var kept = ChatLimits.Cut(text).TrimEnd();
        var tooLong = $"That message is too long for me ({text.Length:N0} characters; I read up to {ChatLimits.MaxMessageLength:N0}).";
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
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var command in _commands)
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
}
