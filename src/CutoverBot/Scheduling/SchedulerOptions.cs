using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>False stops the morning posts (for example on a second instance that shares nothing).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest the scheduler sleeps, so a new practice or a changed post time is picked up within it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Scheduler:MaxSleep must be between 10 seconds and 1 day, for example 00:15:00.")]
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after a failed morning post it is tried again (the same London day only).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "06:00:00", ErrorMessage = "Scheduler:RetryInterval must be between 10 seconds and 6 hours, for example 00:10:00.")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 50, ErrorMessage = "Scheduler:MaxAttemptsPerDay must be between 1 and 50.")]
    public int MaxAttemptsPerDay { get; set; } = 6;

    /// <summary>How many practices are delivered at once; the limiter keeps them all within Teams' limits.</summary>
    [Range(1, 64, ErrorMessage = "Scheduler:MaxParallelPractices must be between 1 and 64.")]
    public int MaxParallelPractices { get; set; } = 8;
}
