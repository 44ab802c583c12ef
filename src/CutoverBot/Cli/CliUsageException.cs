namespace CutoverBot.Cli;

/// <summary>A problem the person running the command can fix; its message is shown as it is and must hold no patient data.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
