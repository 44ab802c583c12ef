namespace CutoverBot.Core.Practices;

/// <summary>Someone on a practice team's roster. Guests (the ICB, suppliers) are members but never practice staff.</summary>
public sealed class PracticeMember
{
    /// <summary>PracticeId + "|" + UserId.</summary>
    public string Id { get; set; } = "";
    public string PracticeId { get; set; } = "";
    /// <summary>Teams user id (29:...).</summary>
    public string UserId { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string Name { get; set; } = "";
    public bool IsGuest { get; set; }

    public static string KeyFor(string practiceId, string userId) => practiceId + "|" + userId;
}
