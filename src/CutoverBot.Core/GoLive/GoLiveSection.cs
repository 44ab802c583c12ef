namespace CutoverBot.Core.GoLive;

/// <summary>A list on the go-live card that can run long and pages ("Show all").</summary>
public enum GoLiveSection
{
    Registrations,
    Prescriptions,
    Referrals,
    MissingDetails,
    People,
}
