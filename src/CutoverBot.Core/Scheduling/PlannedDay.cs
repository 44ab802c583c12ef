namespace CutoverBot.Core.Scheduling;

/// <summary>
/// Marks that a morning pass went through every post planned for a practice on a London date, so later passes that day
/// need not ask the planner again (it reads the checklist and every entry of the practice). Written only after the
/// whole list was handled: a pass that stopped half-way leaves none, and the next pass plans again.
/// </summary>
public sealed class PlannedDay
{
    /// <summary><c>practiceId|yyyy-MM-dd</c>.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>The practice settings the plan was made from; a change (setup run again, a new manager) plans again.</summary>
    public string Settings { get; set; } = "";
    public DateTimeOffset PlannedAt { get; set; }
}
