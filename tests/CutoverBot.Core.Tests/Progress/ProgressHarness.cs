using CutoverBot.Core.Checklist;
using CutoverBot.Core.Progress;
using CutoverBot.Core.Sharing;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Progress;

/// <summary>
/// Riverside with FDP Fri 27 Nov and go-live Tue 8 Dec 2026 (the test clock starts Thu 26 Nov 09:15), and the tabs'
/// read models over the same database as the router.
/// </summary>
internal sealed class ProgressHarness : IDisposable
{
    public static readonly DateOnly Fdp = new(2026, 11, 27);
    public static readonly DateOnly GoLive = new(2026, 12, 8);

    public ProgressHarness()
    {
        var practice = Bot.Practices.Find(Riverside)!;
        practice.FdpDate = Fdp;
        practice.GoLiveDate = GoLive;
        practice.SetUpOn = Fdp.AddDays(-50);
        practice.OdsCode = "Y01234";
        Bot.Practices.Upsert(practice);
        Checklist = new ChecklistProgress(CutoverCatalogLoader.LoadEmbedded(), new ChecklistTickStore(Bot.Db, Bot.Time));
        Channel = new ChannelProgress(Bot.Entries, Checklist, new ReentryTimes(Bot.Entries), Bot.Time);
        Personal = new PersonalEntries(Bot.Entries, Bot.Audit, new Core.Practices.PracticeResolver(Bot.Practices), Bot.Time);
        Programme = new ProgrammeProgress(Bot.Shares, Bot.Practices, Bot.Entries, Checklist, Bot.Time);
    }

    public TestBot Bot { get; } = new();
    public ChecklistProgress Checklist { get; }
    public ChannelProgress Channel { get; }
    public PersonalEntries Personal { get; }
    public ProgrammeProgress Programme { get; }

    public Core.Practices.Practice Riverside_ => Bot.Practices.Find(Riverside)!;

    /// <summary>Moves the clock to 10:00 London (GMT in Nov/Dec) on a day.</summary>
    public void On(DateOnly day) => Bot.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

    public void Dispose() => Bot.Dispose();
}
