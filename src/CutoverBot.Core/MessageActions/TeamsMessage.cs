namespace CutoverBot.Core.MessageActions;

/// <summary>
/// A Teams message someone chose to log, as the host read it from the invoke. Every field is untrusted and may be
/// missing; <see cref="Html"/> is the message body as Teams sends it and is read only into the sealed details.
/// </summary>
public sealed record TeamsMessage(string? Id, string? ConversationId, string? Link, string? Html, DateTimeOffset? CreatedAt)
{
    public override string ToString() => $"TeamsMessage {{ Id = {Id} }}";
}
