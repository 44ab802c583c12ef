using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

internal static class StartupProblems
{
    /// <summary>Writes the settings to fix, in plain words, ahead of the stack trace. Returns false so the exception still ends start-up.</summary>
    public static bool Explain(OptionsValidationException exception)
    {
        Console.Error.WriteLine("CutoverBot cannot start because its settings need attention:");
        foreach (var failure in exception.Failures) Console.Error.WriteLine(" - " + failure);
        return false;
    }
}
