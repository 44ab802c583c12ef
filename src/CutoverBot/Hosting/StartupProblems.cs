using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

internal static class StartupProblems
{
    /// <summary>The bot's exit code when its settings stop it starting (78, the usual code for a configuration error).</summary>
    public const int ExitCode = 78;

    /// <summary>
    /// Every settings problem in what start-up threw: the validator throws them all together (one AggregateException)
    /// so an IT lead fixes them in one go; empty when the exception is not about settings.
    /// </summary>
    public static IReadOnlyList<string> Failures(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures.ToList(),
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures).ToList(),
        _ => [],
    };

    /// <summary>Writes the settings to fix, in plain words, one line each.</summary>
    public static void Explain(IEnumerable<string> failures)
    {
        Console.Error.WriteLine("CutoverBot cannot start because its settings need attention:");
        foreach (var failure in failures) Console.Error.WriteLine(" - " + failure);
    }
}
