using System.Globalization;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// A task marked done for a practice. Kept by task id, not by date, so it survives a change of cutover dates; a daily
/// task's tick also carries the <see cref="Day"/> whose round it marks, so Tuesday's tick leaves Wednesday's open.
/// </summary>
public sealed class ChecklistTick
{
    /// <summary>PracticeId + "|" + TaskId, then "|" + the day (yyyy-MM-dd) for a daily task.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    public string TaskId { get; set; } = "";
    /// <summary>The London day of a daily task's round; null for a one-off task.</summary>
    public DateOnly? Day { get; set; }
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset At { get; set; }

    public static string KeyFor(string practiceId, string taskId, DateOnly? day = null) => practiceId + "|" + TaskKey(taskId, day);

    /// <summary>The tick's key within its practice: the task id, with the day for a daily task.</summary>
    public static string TaskKey(string taskId, DateOnly? day) =>
        taskId.ToLowerInvariant() + (day is { } d ? "|" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
}
