using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>
/// find &lt;NHS number&gt;: the practice's entries for one patient (reference, kind, status), found through the blind
/// index of the NHS number. Personal chat only, practice staff only: the answer ties a patient to their entries.
/// </summary>
internal sealed class FindCommand(IEntryStore entries, EntryAccess access, PracticeResolver resolver, AuditTrail trail) : IChatCommand
{
    public const int MaxListed = 30;

    public const string PersonalOnly =
        "Type find in a personal chat with me: the entries it lists belong to one patient, so the answer stays out of channels and group chats.";

    public static CommandInfo Definition { get; } = new("find", "find ‹NHS number›",
        "In a personal chat, list your practice's entries for one patient, e.g. find 943 476 5919.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        if (context.Kind != ConversationKind.Personal) return ChatResponse.Say(PersonalOnly);
        var resolution = resolver.Resolve(context);
        switch (resolution.Kind)
        {
            case PracticeResolutionKind.Refused:
                return ChatResponse.Say(resolution.RefusalMessage!);
            case PracticeResolutionKind.Unknown:
                return ChatResponse.Say(PracticeResolver.UnknownPracticeRefusal);
            case PracticeResolutionKind.NeedsChoice:
                return ChatResponse.Show(PracticeCards.Choice(
                    "You work for more than one practice. Choose the one to search, then type find and the NHS number again.", resolution.Choices));
        }

        if (NhsNumber.Normalise(arguments) is null)
            return ChatResponse.Say("Type find and the patient's 10-digit NHS number, for example find 943 476 5919.");
        if (!NhsNumber.TryParse(arguments, out var digits))
            return ChatResponse.Say("That NHS number doesn't pass its check digit, so no patient has it. Please check the number and try again.");

        var practice = resolution.Practice!;
        var found = entries.FindByNhsNumber(practice.Id, digits);
        trail.Searched(context.User, practice.Id, found);
        var number = NhsNumber.Format(digits);
        if (found.Count == 0) return ChatResponse.Say($"{practice.Name} has no entries for NHS number {number}.");
        return ChatResponse.Say(List(context, found, $"{EntryCount.Text(found.Count)} at {practice.Name} for NHS number {number}, oldest first:"));
    }

    private string List(ChatContext context, IReadOnlyList<Entry> found, string heading)
    {
        var text = new StringBuilder(heading);
        var listed = found.Take(MaxListed).ToList();
        foreach (var entry in listed)
            text.Append("\n\n- ").Append(entry.Reference).Append(" · ").Append(EntryCategoryInfo.For(entry.Category).Label)
                .Append(" · ").Append(EntryCards.StatusText(entry.Status)).Append(" · logged by ").Append(entry.AuthorName);
        if (found.Count > MaxListed) text.Append($"\n\n...and {found.Count - MaxListed} more. Type summary for the full re-entry list.");
        text.Append("\n\n").Append(EditHint(listed.Where(e => access.CanChange(context, e)).Select(e => e.Reference).ToList(), listed.Count));
        return text.ToString();
    }

    // Edit is offered only for what this person may change (their own entries; all of them for the practice manager).
    private static string EditHint(IReadOnlyList<string> editable, int listed) => editable.Count switch
    {
        0 => "To correct one, ask the person who logged it or the practice manager.",
        _ when editable.Count == listed => "Type edit and a reference to see or correct one.",
        1 => $"You can correct {editable[0]}: type edit {editable[0]}. For the others, ask the person who logged them or the practice manager.",
        _ => $"You can correct {string.Join(", ", editable)}: type edit and the reference. For the others, ask the person who logged them or the practice manager.",
    };
}
