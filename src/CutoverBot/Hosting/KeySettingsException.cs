namespace CutoverBot.Hosting;

/// <summary>The encryption key settings cannot give a key; the message names the setting or file to fix, never a key.</summary>
internal sealed class KeySettingsException(string message) : Exception(message);
