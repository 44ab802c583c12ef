namespace CutoverBot.Core.Checklist;

/// <summary>Who a task is for; written in the catalog as manager, reception, clinicians, dispensary, it-lead.</summary>
public enum TaskAudience
{
    Manager,
    Reception,
    Clinicians,
    Dispensary,
    ItLead,
}
