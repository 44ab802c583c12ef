namespace CutoverBot.Core.Kernel;

/// <summary>A card to send: the template's name in cards/ (without .json) and the typed data it binds.</summary>
public sealed record CardReply(string Template, object Data);
