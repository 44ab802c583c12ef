using System.Text.RegularExpressions;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.MessageActions;

/// <summary>
/// "Find an entry" from the compose box: one entry by reference (CALL-0007) or a patient's entries by NHS number,
/// over the practices this person is staff of here. Each result is a card safe for a channel: no patient details.
/// </summary>
public sealed partial class EntrySearch
{
    public const int MaxResults = 25;

    public const string HowText = "Type an entry's reference (like CALL-0007) or a patient's 10-digit NHS number.";

    private readonly IEntryStore _entries;
    private readonly ExtensionPractices _practices;
    private readonly AuditTrail _trail;

    public EntrySearch(IEntryStore entries, ExtensionPractices practices, AuditTrail trail)
    {
        _entries = entries;
        _practices = practices;
        _trail = trail;
    }

    /// <summary>The matching entries' cards, or a message saying why there are none.</summary>
    public (IReadOnlyList<FoundEntry> Results, string? Message) Find(ChatContext context, string? query)
    {
        var (practices, refusal) = _practices.For(context);
        if (refusal is not null) return ([], refusal);
        var wanted = (query ?? "").Trim();
        if (wanted.Length is 0 or > 100) return ([], HowText);

        List<Entry> found;
        if (ReferenceRegex().IsMatch(wanted))
        {
            found = practices.Select(p => _entries.FindByReference(p.Id, wanted)).OfType<Entry>().ToList();
        }
        else if (NhsNumber.Normalise(wanted) is not null)
        {
            if (!NhsNumber.TryParse(wanted, out var digits))
                return ([], "That NHS number doesn't pass its check digit, so no patient has it. Please check the number.");
            found = [];
            foreach (var practice in practices)
            {
                var here = _entries.FindByNhsNumber(practice.Id, digits);
                // Looking a patient up is an access in itself, recorded even when nothing matched; the number is not recorded.
                _trail.Searched(context.User, practice.Id, here);
                found.AddRange(here);
            }
        }
        else
        {
            return ([], HowText);
        }
        if (found.Count == 0) return ([], $"No entry matches that. {HowText}");
        var results = found.OrderByDescending(e => e.LoggedAt).Take(MaxResults).Select(e => new FoundEntry(
            MessageEntryCards.Found(e), e.Reference, $"{EntryCategoryInfo.For(e.Category).Label} · {EntryCards.StatusText(e.Status)} · {e.AuthorName}")).ToList();
        return (results, null);
    }

    [GeneratedRegex(@"^[A-Za-z]{2,8}-\d{1,6}$")]
    private static partial Regex ReferenceRegex();
}
