using System.Text;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Setup;

// The confirmation staff read after setup: what was saved, where today falls, and what the checklist won't chase.
internal static class SetupSummary
{
    public static string Text(Practice practice, string managerName, DateOnly today, IReadOnlyList<CutoverTask> untracked)
    {
        var dates = CutoverCalendar.DatesOf(practice)!;
        var sb = new StringBuilder();
        sb.Append($"Setup saved for {practice.Name}: FDP {UkFormat.FullDate(dates.Fdp)}, go-live {UkFormat.FullDate(dates.GoLive)}");
        sb.Append(practice.IsDispensing ? ", dispensing practice." : ".");
        sb.Append($" The checklist is posted every morning at {practice.MorningPostTime:HH\\:mm} (UK time); practice manager: {managerName}.");
        sb.Append($" Today: {CutoverCalendar.PhaseText(dates, today)}.");
        if (untracked.Count > 0)
        {
            var ids = string.Join(", ", untracked.Take(12).Select(t => t.Id)) + (untracked.Count > 12 ? ", ..." : "");
            sb.Append($" {untracked.Count} earlier task(s) ended before today, so I won't list them as overdue ({ids}); tick any with done ‹task id›.");
        }
        sb.Append(" Type checklist to see today's list.");
        return sb.ToString();
    }
}
