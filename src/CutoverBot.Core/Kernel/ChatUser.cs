namespace CutoverBot.Core.Kernel;

/// <summary>A Teams user as the bot sees them: the Teams id (29:...), display name and Entra object id.</summary>
public sealed record ChatUser(string Id, string Name, string? AadObjectId = null);
