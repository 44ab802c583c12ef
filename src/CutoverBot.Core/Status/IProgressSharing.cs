namespace CutoverBot.Core.Status;

/// <summary>The manager's status card asks whom the practice shows its progress to; the sharing feature answers.</summary>
public interface IProgressSharing
{
    /// <summary>"North ICB Digital, Delivery Partner"; null when the practice shares with nobody.</summary>
    string? SharedWithText(string practiceId);
}
