using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.Intake;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>Saves a quick entry ("log call Margaret Evans 14/02/1948 ...") the moment it arrives, then says what was kept.</summary>
public sealed class QuickEntryHandler(MessageIntake intake, PracticeResolver resolver, TimeProvider time, IEntryStore entries, AuditTrail trail)
{
    public const string UnknownPracticeText =
        "I've saved this, but I don't know your practice yet: you're not on the roster of any practice team I'm in. " +
        "Ask your practice manager to add CutoverBot to the practice team. Your entries will be filed there, with references, as soon as you're on it. " +
        "Until then only you can see them, and if you're still not on a practice team 90 days after logging one (or the period your IT team has set), " +
        "its patient details are removed. Type retention to see the date.";

    public const string UnknownTeamText =
        "I've saved this for you, but this team isn't an active practice for me, so it has no reference yet. " +
        "Ask your practice manager to add CutoverBot to the practice team (or to run setup again); your entries will be filed there as soon as it is.";

    public const string ChoosePrompt = "You work for more than one practice. Which one is this entry for? I've saved it and will file it there.";

    /// <summary>Returns null when the text (already cleaned by the router) is not a quick entry.</summary>
    public ChatResponse? TryHandle(ChatContext context, string text)
    {
        var today = LondonTime.Today(time);
        ParsedEntry? parsed;
        try
        {
            parsed = EntryParser.ParseNormalised(text, today);
        }
        catch (Exception)
        {
            // A parser fault must not lose what was typed: keep it as a plain note the author can correct or delete.
            parsed = new ParsedEntry { Category = EntryCategory.Other, OccurredOn = today, Text = text };
        }
        if (parsed is null) return null;

        var resolution = resolver.Resolve(context);
        if (resolution is { Kind: PracticeResolutionKind.Refused, HoldsEntries: false }) return ChatResponse.Say(resolution.RefusalMessage!);

        // Null: another instance took in a copy of this message at the same moment and answers it; this copy says nothing.
        if (intake.SaveEntry(context, parsed, resolution.Practice?.Id ?? "") is not { } entry) return new ChatResponse([]);

        var title = entry.Reference.Length > 0 ? $"Saved {entry.Reference}" : "Saved (reference to follow)";
        var carriedDetails = parsed.PatientName is not null || parsed.DateOfBirth is not null || parsed.NhsNumber is not null || parsed.NhsNumberFailedCheck;
        var messages = EntryReplies.For(context, entry, title, parsed.NhsNumberFailedCheck, remind: carriedDetails);
        var privately = EntryReplies.IsPrivate(context) ? Audience.Here : Audience.AuthorPersonal;
        // These two name no patient, so they are said where the message was typed, channel or not.
        if (parsed.KindGuessed) messages.Add(OutgoingMessage.Say(EntryNotices.KindGuessed(entry, EntryReplies.IsPrivate(context))));
        if (EntryNotices.DateOfBirth(parsed.DateOfBirthIssue, entry, EntryReplies.IsPrivate(context)) is { } dob) messages.Add(OutgoingMessage.Say(dob));
        if (NhsNumberClash.Find(entries, entry) is { Count: > 0 } clashes)
        {
            trail.ShownInWarning(context.User, entry.PracticeId, clashes.Take(EntryNotices.MaxClashesListed).ToList());
            messages.Add(new OutgoingMessage(privately, EntryNotices.NhsNumberClash(entry, clashes)));
        }
        if (resolution.Kind == PracticeResolutionKind.Unknown)
            messages.Add(new OutgoingMessage(privately, UnknownPracticeText));
        if (resolution.Kind == PracticeResolutionKind.Refused)
            messages.Add(OutgoingMessage.Say(UnknownTeamText));
        if (resolution.Kind == PracticeResolutionKind.NeedsChoice)
            messages.Add(new OutgoingMessage(privately, null, PracticeCards.Choice(ChoosePrompt, resolution.Choices)));
        return new ChatResponse(messages);
    }
}
