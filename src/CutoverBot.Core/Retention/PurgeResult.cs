namespace CutoverBot.Core.Retention;

/// <summary>What one practice's purge removed, by counts only (fit for a log).</summary>
public sealed record PurgeResult(string PracticeId, int Entries, int Files, int RetentionDays);
