namespace CutoverBot.Core.Checklist;

/// <summary>A task marked done for a practice. Kept by task id, not by date, so it survives a change of cutover dates.</summary>
public sealed class ChecklistTick
{
    /// <summary>PracticeId + "|" + TaskId.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    public string TaskId { get; set; } = "";
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset At { get; set; }

    public static string KeyFor(string practiceId, string taskId) => practiceId + "|" + taskId.ToLowerInvariant();
}
