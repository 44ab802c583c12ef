using CutoverBot.Core;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// Writes the demo practice the way staff would have made it: setup at the planning meeting, ticks on the days tasks
/// fell due, quick entries typed through the same router Teams messages reach (so they are parsed, numbered, sealed
/// and audited as normal), then re-entry confirmations on go-live day and today. Each step runs at its own time.
/// </summary>
internal sealed class DemoSeeder(CutoverDatabase db, DateOnly today)
{
    public DemoReport Run()
    {
        var (fdp, goLive, setupDay) = (today.AddDays(-DemoPractice.FdpDaysAgo), today.AddDays(-DemoPractice.GoLiveDaysAgo), today.AddDays(-DemoPractice.SetupDaysAgo));
        var clock = new DemoClock(At(setupDay, "09:00"));
        // Core as the bot builds it, over this database and the demo's clock.
        using var core = new ServiceCollection().AddSingleton(db).AddSingleton<TimeProvider>(clock).AddCutoverFeatures().BuildServiceProvider();
        var practices = core.GetRequiredService<PracticeStore>();
        var practice = Install(practices, clock.Now);
        var setup = core.GetRequiredService<SetupService>().Apply(InChannel(DemoPractice.Helen), practice, new SetupRequest(fdp, goLive)
        {
            PracticeName = DemoPractice.Name, OdsCode = DemoPractice.OdsCode, IsDispensing = true, ChannelId = DemoPractice.CutoverChannelId,
            MorningPostTime = new TimeOnly(8, 0), ManagerUserId = DemoPractice.Helen.Id,
        });
        if (!setup.Saved) throw new InvalidOperationException("The demo's setup was refused: " + string.Join(" ", setup.Errors));

        var router = core.GetRequiredService<ChatCommandRouter>();
        var dates = new CutoverDates(fdp, goLive);
        var ticks = 0;
        foreach (var task in core.GetRequiredService<CutoverCatalog>().TasksFor(isDispensing: true).Where(t => t.StartsOn(dates) < today && !DemoPractice.LeftUndone.Contains(t.Id)))
        {
            var day = task.StartsOn(dates) > setupDay ? task.StartsOn(dates) : setupDay.AddDays(1);
            clock.Now = At(day, "10:15");
            Say(router, ToldBy(task), inChannel: true, "done " + task.Id);
            ticks++;
        }

        var entries = core.GetRequiredService<EntryStore>();
        foreach (var message in DemoPractice.Entries)
        {
            clock.Now = At(fdp.AddDays(message.Day), message.At);
            var before = entries.ForPractice(DemoPractice.TeamId).Count;
            Say(router, message.From, message.InChannel, message.Text);
            if (entries.ForPractice(DemoPractice.TeamId).Count != before + 1)
                throw new InvalidOperationException($"The demo message of day {message.Day} at {message.At} was not saved as an entry.");
        }

        ConfirmReentries(router, entries, clock, goLive);
        var saved = entries.ForPractice(DemoPractice.TeamId);
        return new DemoReport(fdp, goLive, saved.Count, saved.Count(e => e.Status == EntryStatus.Reentered), saved.Count(e => e.Status == EntryStatus.NotNeeded), ticks);
    }

    // Go-live day: most calls, registrations and results done by whoever logged them; today: a few more; notes not needed.
    private static void ConfirmReentries(ChatCommandRouter router, EntryStore entries, DemoClock clock, DateOnly goLive)
    {
        var all = entries.ForPractice(DemoPractice.TeamId).OrderBy(e => e.LoggedAt).ToList();
        foreach (var (entry, index) in all.Select((e, i) => (e, i)))
        {
            var author = DemoPractice.People.Single(p => p.Id == entry.AuthorId);
            if (entry.Category == EntryCategory.Other)
            {
                clock.Now = At(goLive, "16:00");
                Say(router, DemoPractice.Helen, inChannel: false, $"not needed {entry.Reference} kept for the practice's own records");
            }
            else if (index % 3 != 2 && entry.Category is not (EntryCategory.Prescription or EntryCategory.Referral))
            {
                clock.Now = At(index < all.Count / 2 ? goLive : goLive.AddDays(1), index % 2 == 0 ? "11:00" : "14:30");
                Say(router, author, inChannel: false, "reentered " + entry.Reference);
            }
        }
    }

    private static Practice Install(PracticeStore practices, DateTimeOffset now)
    {
        var practice = new Practice
        {
            Id = DemoPractice.TeamId, Name = DemoPractice.Name, TenantId = DemoPractice.TenantId, ServiceUrl = DemoPractice.ServiceUrl,
            AadGroupId = DemoPractice.GroupId, ChannelId = DemoPractice.TeamId, ManagerUserId = DemoPractice.Helen.Id, InstalledAt = now,
            Channels = [new PracticeChannel { Id = DemoPractice.TeamId, Name = "General" }, new PracticeChannel { Id = DemoPractice.CutoverChannelId, Name = "Cutover" }],
        };
        practices.Upsert(practice);
        foreach (var person in DemoPractice.People)
        {
            practices.UpsertMember(new PracticeMember
            {
                Id = PracticeMember.KeyFor(DemoPractice.TeamId, person.Id), PracticeId = DemoPractice.TeamId, UserId = person.Id,
                AadObjectId = person.AadObjectId, Name = person.Name, IsGuest = person.IsGuest,
            });
        }
        practices.UpsertUser(new ChatUserRecord
        {
            Id = DemoPractice.Helen.Id, Name = DemoPractice.Helen.Name, AadObjectId = DemoPractice.Helen.AadObjectId, TenantId = DemoPractice.TenantId,
            ServiceUrl = DemoPractice.ServiceUrl, PersonalConversationId = DemoPractice.HelenPersonalChat,
        });
        return practice;
    }

    // Whoever the task is for ticks it: the manager, reception, a clinician or the dispenser (the IT lead is not on the team).
    private static DemoPerson ToldBy(CutoverTask task) => task.Audience.FirstOrDefault() switch
    {
        TaskAudience.Reception => DemoPractice.Sam,
        TaskAudience.Clinicians => DemoPractice.Alan,
        TaskAudience.Dispensary => DemoPractice.Jo,
        _ => DemoPractice.Helen,
    };

    private static void Say(ChatCommandRouter router, DemoPerson who, bool inChannel, string text)
    {
        var context = inChannel ? InChannel(who) : new ChatContext(User(who), ConversationKind.Personal, null, DemoPractice.TenantId);
        router.HandleAsync(context, text, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static ChatContext InChannel(DemoPerson who) => new(User(who), ConversationKind.Channel, DemoPractice.TeamId, DemoPractice.TenantId);

    private static ChatUser User(DemoPerson who) => new(who.Id, who.Name, who.AadObjectId);

    private static DateTimeOffset At(DateOnly day, string londonTime) =>
        LondonTime.StartOf(day).Add(TimeOnly.Parse(londonTime, System.Globalization.CultureInfo.InvariantCulture).ToTimeSpan());
}

internal sealed record DemoReport(DateOnly Fdp, DateOnly GoLive, int Entries, int Reentered, int NotNeeded, int Ticks);
