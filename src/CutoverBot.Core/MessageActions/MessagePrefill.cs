using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.MessageActions;

/// <summary>
/// Reads a Teams message into the form with the parser the chat commands use. The message's own day stands for
/// "today", so "rang yesterday" posted on Monday is Sunday, and a message that says no date is dated the day it was sent.
/// </summary>
internal static class MessagePrefill
{
    public const string CutText = "The message is longer than 4,000 characters, so only its start is in Details: add anything else you need.";

    public const string NoTextText = "The message has no text I can read (only pictures, files or formatting): fill in what needs re-entering.";

    public const string KindGuessedText = "The kind is my best guess from the message: change it if it's another kind.";

    public const string NhsFailedText = "The message has a 10-digit number that fails the NHS number check, so I haven't put it in as an NHS number.";

    public const string DateOfBirthText = "The date of birth in the message couldn't be right (no such day, or after the day this happened), so I've left it empty.";

    public static (ParsedEntry Parsed, IReadOnlyList<string> Notices) Read(TeamsMessage? message, DateOnly today)
    {
        var notices = new List<string>();
        // The message's day in London, unless it is missing or claims to be in the future.
        var day = message?.CreatedAt is { } at && LondonTime.DateOf(at) is var d && d <= today ? d : today;
        var text = TextNormaliser.Normalise(message?.Html);
        if (text.Length > ChatLimits.MaxMessageLength)
        {
            text = ChatLimits.Cut(text);
            notices.Add(CutText);
        }
        if (text.Length == 0)
        {
            if (message?.Html is { Length: > 0 }) notices.Add(NoTextText);
            return (new ParsedEntry { Category = EntryCategory.Other, OccurredOn = day, Text = "" }, notices);
        }

        ParsedEntry? parsed;
        try
        {
            parsed = EntryParser.ParseNormalised(text, day);
        }
        catch (Exception)
        {
            // A parser fault must not stop the form: the whole message goes into Details.
            parsed = null;
        }
        parsed ??= new ParsedEntry { Category = EntryCategory.Other, KindGuessed = true, OccurredOn = day, Text = text };
        if (parsed.KindGuessed) notices.Add(KindGuessedText);
        if (parsed.NhsNumberFailedCheck) notices.Add(NhsFailedText);
        if (parsed.DateOfBirthIssue != DateOfBirthIssue.None) notices.Add(DateOfBirthText);
        return (parsed, notices);
    }

    /// <summary>The submitted form as the recorder takes a quick entry: boxes left empty stay empty, the day defaults to today.</summary>
    public static ParsedEntry ToParsed(EntryEdit edit, DateOnly today) => new()
    {
        Category = edit.Category?.Value ?? EntryCategory.Other,
        PatientName = edit.PatientName?.Value,
        DateOfBirth = edit.DateOfBirth?.Value,
        NhsNumber = edit.NhsNumber?.Value,
        Ubrn = edit.Ubrn?.Value,
        OccurredOn = edit.OccurredOn?.Value ?? today,
        OccurredOnStated = edit.OccurredOn?.Value is not null,
        PrescriptionChannel = edit.PrescriptionChannel?.Value,
        Text = edit.Details?.Value ?? "",
    };
}
