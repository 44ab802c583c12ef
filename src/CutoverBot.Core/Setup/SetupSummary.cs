using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Setup;

// The confirmation staff read after setup: what was saved, where today falls, and where the earlier tasks went.
internal static class SetupSummary
{
    public static SetupConfirmation For(Practice practice, string managerName, DateOnly today, int earlierOpen)
    {
        var dates = CutoverCalendar.DatesOf(practice)!;
        var name = practice.Name.Length > 0 ? practice.Name : "your practice";
        List<SetupFact> facts =
        [
            new("FDP", UkFormat.FullDate(dates.Fdp)),
            new("Go-live", UkFormat.FullDate(dates.GoLive)),
            new("Today", CutoverCalendar.PhaseText(dates, today)),
            new("Morning post", $"{practice.MorningPostTime:HH\\:mm} UK time, in {ChannelName(practice)}"),
            new("Practice manager", managerName),
            new("Dispensing practice", practice.IsDispensing ? "yes" : "no"),
        ];
        var notes = new List<string>();
        if (earlierOpen > 0)
        {
            notes.Add((earlierOpen == 1 ? "1 earlier task is" : $"{earlierOpen} earlier tasks are")
                + " still open: their dates had passed before setup, so they aren't marked overdue. They're on the checklist card under"
                + " \"Earlier tasks still open\", where you can tick any that were done.");
        }
        notes.Add("Type checklist to see today's list.");
        return new SetupConfirmation($"Setup saved for {name}.", facts, notes);
    }

    private static string ChannelName(Practice practice)
    {
        var channel = practice.ChannelId.Length > 0 ? practice.ChannelId : practice.Id;
        if (practice.Channels.FirstOrDefault(c => c.Id == channel)?.Name is { Length: > 0 } known) return known;
        return channel == practice.Id ? "General" : "the practice channel";
    }
}
