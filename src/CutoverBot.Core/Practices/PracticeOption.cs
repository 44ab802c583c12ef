namespace CutoverBot.Core.Practices;

/// <summary>A practice the user can pick.</summary>
public sealed record PracticeOption(string PracticeId, string Name);
