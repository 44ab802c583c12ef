namespace CutoverBot.Core.Setup;

/// <summary>
/// A line above the setup form: an error (attention), a warning, or a setting saved beside the dates (good). The
/// confirmation of the saved dates themselves is a <see cref="SetupConfirmation"/>.
/// </summary>
public sealed record SetupNotice(string Text, string Color)
{
    public static SetupNotice Error(string text) => new(text, "attention");
    public static SetupNotice Warning(string text) => new(text, "warning");
    public static SetupNotice Saved(string text) => new(text, "good");
}
