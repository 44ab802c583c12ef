namespace CutoverBot.Core.Setup;

/// <summary>A line above the setup form: an error (attention) or a warning. The confirmation of a saved setup is a <see cref="SetupConfirmation"/>.</summary>
public sealed record SetupNotice(string Text, string Color)
{
    public static SetupNotice Error(string text) => new(text, "attention");
    public static SetupNotice Warning(string text) => new(text, "warning");
}
