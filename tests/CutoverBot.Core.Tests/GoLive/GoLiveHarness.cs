using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Tests.GoLive;

/// <summary>
/// The router over TestBot's practices (Riverside: manager Pat, staff Sam, Alex and Bo, guest Ivy; Hillview: Hilda),
/// with entries seeded straight into the store so a test reads as a table of what was logged.
/// </summary>
internal sealed class GoLiveHarness : IDisposable
{
    public static readonly DateOnly GoLive = new(2026, 11, 26);

    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private int _seeded;

    public GoLiveHarness(DateOnly? goLive = null)
    {
        var riverside = Bot.Practices.Find(TestBot.Riverside)!;
        riverside.OdsCode = "Y12345";
        riverside.FdpDate = (goLive ?? GoLive).AddDays(-7);
        riverside.GoLiveDate = goLive ?? GoLive;
        Bot.Practices.Upsert(riverside);
    }

    public TestBot Bot { get; } = new();

    public Practice Riverside => Bot.Practices.Find(TestBot.Riverside)!;

    public DateOnly Today => LondonTime.Today(Bot.Time);

    public GoLiveSummary Summary() => new GoLiveSummaryBuilder(Bot.Entries).Build(Riverside, Today);

    public Entry Seed(
        ChatUser author,
        EntryCategory category,
        string? name = null,
        DateOnly? dob = null,
        string? nhs = null,
        DateOnly? occurredOn = null,
        string? ubrn = null,
        PrescriptionChannel? route = null,
        string? text = null,
        EntryStatus status = EntryStatus.Pending,
        string practiceId = TestBot.Riverside,
        DateTimeOffset? loggedAt = null)
    {
        var prefix = EntryCategoryInfo.For(category).ReferencePrefix;
        var key = practiceId + prefix;
        _counters[key] = _counters.GetValueOrDefault(key) + 1;
        var entry = new Entry
        {
            PracticeId = practiceId,
            Reference = $"{prefix}-{_counters[key]:0000}",
            Category = category,
            Patient = new PatientDetails { Name = name, DateOfBirth = dob, NhsNumber = nhs, Text = text },
            OccurredOn = occurredOn,
            Ubrn = ubrn,
            PrescriptionChannel = route,
            AuthorId = author.Id,
            AuthorName = author.Name,
            // A minute apart, so the order seeded is the order logged.
            LoggedAt = loggedAt ?? Bot.Time.GetUtcNow().AddDays(-3).AddMinutes(_seeded++),
            Status = status,
        };
        Bot.Entries.Insert(entry);
        return entry;
    }

    /// <summary>A complete call for a patient, so it is not "missing details".</summary>
    public Entry Call(ChatUser author, string name, EntryStatus status = EntryStatus.Pending) =>
        Seed(author, EntryCategory.Call, name, new DateOnly(1948, 2, 14), "9434765919", GoLive.AddDays(-3), status: status);

    public ChatResponse Say(ChatContext context, string text) => Bot.Say(context, text);

    public CardActionResult Click(ChatContext context, string verb, object data) => Bot.Click(context, verb, data);

    public string Render(CardReply card) => Bot.Renderer.Render(card);

    public static JsonElement Json(object data) => JsonSerializer.SerializeToElement(data);

    public void Dispose() => Bot.Dispose();
}
