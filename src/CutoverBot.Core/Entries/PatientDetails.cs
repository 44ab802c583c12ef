
namespace CutoverBot.Core.Entries;

/// <summary>
/// Everything patient-identifiable about an entry, kept in one sub-document so it can be encrypted in one place.
/// Never log it, never put it in a channel card.
/// </summary>
public sealed class PatientDetails
{
    public string? Name { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>Ten digits, no spaces; only ever a number that passed the Modulus 11 check.</summary>
    public string? NhsNumber { get; set; }
    /// <summary>The free text the member of staff typed, minus the trigger words.</summary>
    public string? Text { get; set; }
    /// <summary>Why re-entry was not needed: free text that may name the patient, so it lives here too.</summary>
    public string? NotNeededReason { get; set; }

    public bool HasAny => Name is not null || DateOfBirth is not null || NhsNumber is not null;

    // ToString is overridden so an accidental interpolation into a log or exception never leaks a patient value.
    public override string ToString() => "[patient details]";
}
