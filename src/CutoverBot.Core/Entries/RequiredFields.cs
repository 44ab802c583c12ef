
namespace CutoverBot.Core.Entries;

/// <summary>Details an entry needs before it can be re-entered into the new system.</summary>
[Flags]
public enum RequiredFields
{
    None = 0,
    PatientName = 1,
    DateOfBirth = 2,
    OccurredOn = 4,
    Ubrn = 8,
}
