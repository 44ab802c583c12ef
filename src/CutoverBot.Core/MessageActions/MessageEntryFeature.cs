using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.MessageActions;

/// <summary>
/// "Log for re-entry" on a Teams message: a form filled in by the quick-entry parser, saved as a quick entry is
/// (reference, audit record, sealed patient fields) with the message it came from, once per message. Every answer goes
/// to the task module of the one person who asked, never to the conversation.
/// </summary>
public sealed class MessageEntryFeature
{
    public const string FormTitle = "Log for re-entry";

    public const string NotOurFormText = "That doesn't look like my form. Please close this and choose Log for re-entry again.";

    public const string EmptyFormText = "There's nothing to save yet: add the patient's details or what happened, then press Save entry.";

    public const string ChoosePracticeText = "Choose the practice this entry is for, then press Save entry.";

    public const string NotYourEntryText = "That entry isn't one you can see from here.";

    /// <summary>The message extension's two commands, as the help card lists them beside the typed ones.</summary>
    public static IReadOnlyList<HelpCommandRow> HelpRows { get; } =
    [
        new("... › Log for re-entry", "On any Teams message (its ... menu, then More actions): a form filled in from the message. Saving it posts nothing to the chat."),
        new("Find an entry", "In the message box's apps: find an entry by reference or NHS number and add a card with its reference, kind and status, without patient details."),
    ];

    private readonly IEntryStore _entries;
    private readonly IMessageSourceStore _sources;
    private readonly EntryRecorder _recorder;
    private readonly ExtensionPractices _practices;
    private readonly AuditTrail _trail;
    private readonly TimeProvider _time;
    // Checking for an earlier entry from the same message and saving this one happen as one step.
    private readonly Lock _gate = new();

    public MessageEntryFeature(IEntryStore entries, IMessageSourceStore sources, EntryRecorder recorder, ExtensionPractices practices,
        AuditTrail trail, EntrySearch search, TimeProvider time)
    {
        _entries = entries;
        _sources = sources;
        _time = time;
        _recorder = recorder;
        _practices = practices;
        _trail = trail;
        Search = search;
    }

    /// <summary>"Find an entry": by reference or NHS number, over the practices this person is staff of here.</summary>
    public EntrySearch Search { get; }

    /// <summary>The form, filled in from the message (or empty from the compose box), or why this person can't log here.</summary>
    public ExtensionAnswer Open(ChatContext context, TeamsMessage? message)
    {
        var (practices, refusal) = _practices.For(context);
        if (refusal is not null) return ExtensionAnswer.Say(refusal);
        if (message is not null && Earlier(practices, message.ConversationId, message.Id) is var (logged, link))
            return ExtensionAnswer.Show(MessageEntryCards.AlreadyLogged(logged, link));
        var prefill = MessagePrefill.Read(message, LondonTime.Today(_time));
        return ExtensionAnswer.Show(MessageEntryForm.FromParsed(prefill.Parsed, practices, message, prefill.Notices));
    }

    /// <summary>What the form's buttons send: save the entry, or open the one already logged from the message.</summary>
    public ExtensionAnswer Submit(ChatContext context, string? conversationId, JsonElement data)
    {
        var (practices, refusal) = _practices.For(context);
        if (refusal is not null) return ExtensionAnswer.Say(refusal);
        return MessageEntryForm.Value(data, "action", 20) switch
        {
            "save" => Save(context, conversationId, data, practices),
            "open" => OpenEntry(context, MessageEntryForm.Value(data, "entryId", 60)),
            _ => ExtensionAnswer.Say(NotOurFormText),
        };
    }

    private ExtensionAnswer Save(ChatContext context, string? conversationId, JsonElement data, IReadOnlyList<Practice> practices)
    {
        var chosen = MessageEntryForm.Value(data, "practiceId", 200);
        if (chosen.Length == 0 && practices.Count == 1) chosen = practices[0].Id;
        if (chosen.Length == 0) return ExtensionAnswer.Show(MessageEntryForm.Again(data, practices, ChoosePracticeText));
        // A forged practice id: only one this person is staff of, reachable from this conversation.
        if (practices.All(p => p.Id != chosen) || !_practices.IsStaffOf(context, chosen)) return ExtensionAnswer.Say(NotYourEntryText);

        var today = LondonTime.Today(_time);
        if (!EntryEditReader.TryRead(data, today, out var edit, out var error)) return ExtensionAnswer.Show(MessageEntryForm.Again(data, practices, error));
        var parsed = MessagePrefill.ToParsed(edit, today);
        if (parsed.PatientName is null && parsed.DateOfBirth is null && parsed.NhsNumber is null && parsed.Ubrn is null && parsed.Text.Length == 0)
            return ExtensionAnswer.Show(MessageEntryForm.Again(data, practices, EmptyFormText));
        if (parsed.DateOfBirth > parsed.OccurredOn) return ExtensionAnswer.Show(MessageEntryForm.Again(data, practices, EntryEditReader.BirthAfterEventText));

        var link = SourceLink.Validate(MessageEntryForm.Value(data, "link", SourceLink.MaxLength));
        var messageId = MessageEntryForm.Value(data, "messageId", 200);
        var key = SourceLink.KeyOf(chosen, conversationId, messageId);
        Entry entry;
        // The gate keeps two saves of this instance apart; the hold keeps another instance's save of the same message out.
        using (key is null ? null : _sources.Hold(key))
        lock (_gate)
        {
            if (Earlier([practices.First(p => p.Id == chosen)], conversationId, messageId) is var (logged, earlierLink))
                return ExtensionAnswer.Show(MessageEntryCards.AlreadyLogged(logged, earlierLink));
            entry = _recorder.Record(parsed, context.User, chosen, inChannel: false, alongside: key is null ? null : (Action<Entry>)(saved =>
                _sources.Upsert(new MessageSource { Id = key, EntryId = saved.Id, PracticeId = chosen, MessageId = messageId, Link = link, LoggedAt = saved.LoggedAt })));
        }
        var clashes = NhsNumberClash.Find(_entries, entry);
        if (clashes.Count > 0) _trail.ShownInWarning(context.User, entry.PracticeId, clashes.Take(EntryNotices.MaxClashesListed).ToList());
        var card = MessageEntryCards.Saved(entry, link, clashes.Count > 0 ? EntryNotices.NhsNumberClash(entry, clashes) : null);
        _trail.Shown(context.User, FormTitle, [card]);
        return ExtensionAnswer.Show(card);
    }

    /// <summary>The live entry already logged from this message in one of these practices (a removed one can be logged again).</summary>
    private (Entry Entry, string? Link)? Earlier(IReadOnlyList<Practice> practices, string? conversationId, string? messageId)
    {
        foreach (var practice in practices)
        {
            if (SourceLink.KeyOf(practice.Id, conversationId, messageId) is { } key && _sources.Find(key) is { } source &&
                _entries.Find(source.EntryId) is { Deleted: false } entry)
                return (entry, source.Link);
        }
        return null;
    }

    private ExtensionAnswer OpenEntry(ChatContext context, string entryId)
    {
        if (!Guid.TryParse(entryId, out var id) || _entries.Find(id) is not { Deleted: false } entry || entry.PracticeId.Length == 0 ||
            !_practices.IsStaffOf(context, entry.PracticeId))
            return ExtensionAnswer.Say(NotYourEntryText);
        var card = MessageEntryCards.Opened(entry, _sources.ForEntry(entry.Id)?.Link);
        _trail.Shown(context.User, FormTitle, [card]);
        return ExtensionAnswer.Show(card);
    }
}
