namespace CutoverBot.Tests.Delivery;

/// <summary>A measurement, not a check: runs only when CUTOVERBOT_MEASURE=1, so the suite stays fast.</summary>
public sealed class MeasureFactAttribute : FactAttribute
{
    public MeasureFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CUTOVERBOT_MEASURE") != "1") Skip = "Measurement: set CUTOVERBOT_MEASURE=1 to run.";
    }
}
