using CutoverBot.Core.Practices;

namespace CutoverBot.Scheduling;

/// <summary>A practice whose morning post time for <paramref name="Date"/> (London) has come.</summary>
public sealed record DuePractice(Practice Practice, DateOnly Date, DateTimeOffset ScheduledAt);
