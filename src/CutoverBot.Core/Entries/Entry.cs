using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>One thing done during cutover that must be re-entered into the new system after go-live.</summary>
public sealed class Entry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>The practice (Teams team id) the entry belongs to.</summary>
    public string PracticeId { get; set; } = "";
    /// <summary>Short and per practice, e.g. CALL-0007, so it can be written on paper copies.</summary>
    public string Reference { get; set; } = "";
    public EntryCategory Category { get; set; }
    public PatientDetails Patient { get; set; } = new();
    /// <summary>The London date the activity happened on.</summary>
    public DateOnly? OccurredOn { get; set; }
    /// <summary>
    /// The e-Referral Service booking reference (12 digits). It identifies the patient's referral, so it is stored sealed
    /// with <see cref="Patient"/>, never written to an audit record, and removed by the retention purge with the details.
    /// </summary>
    public string? Ubrn { get; set; }
    public PrescriptionChannel? PrescriptionChannel { get; set; }
    /// <summary>Teams user id (29:...) of the member of staff who logged it.</summary>
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTimeOffset LoggedAt { get; set; }
    /// <summary>True when it was logged in a channel (so the channel reply had to stay free of patient details).</summary>
    public bool LoggedInChannel { get; set; }
    public EntryStatus Status { get; set; } = EntryStatus.Pending;
    /// <summary>Name of who confirmed it re-entered (or not needed).</summary>
    public string? ReenteredBy { get; set; }
    /// <summary>Teams user id (29:...) of who confirmed it.</summary>
    public string? ReenteredById { get; set; }
    public DateTimeOffset? ReenteredAt { get; set; }
    public bool Deleted { get; set; }
    /// <summary>When the retention purge removed the patient details; the rest of the entry stays so counts add up.</summary>
    public DateTimeOffset? PatientPurgedAt { get; set; }
}
