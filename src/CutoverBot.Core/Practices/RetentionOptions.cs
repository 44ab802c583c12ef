using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Core.Practices;

/// <summary>How long patient details are kept after go-live when a practice has not chosen its own period.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>90 days matches how long practices keep read access to the old clinical system after go-live.</summary>
    [Range(RetentionPolicy.MinDays, RetentionPolicy.MaxDays,
        ErrorMessage = "Retention:DefaultDays must be between 7 and 3650: the number of days after go-live that patient details are kept, for example 90.")]
    public int DefaultDays { get; set; } = RetentionPolicy.StandardDays;
}
