namespace CutoverBot.Core.Checklist;

/// <summary>The cutover catalog cannot be used; the message lists every problem found, for whoever edited the file.</summary>
public sealed class CatalogException(string message) : Exception(message);
