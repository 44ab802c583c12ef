namespace CutoverBot.Tests.Security;

/// <summary>
/// One generated POST to /api/messages. <see cref="EntryAuthor"/> is set for a well-formed quick entry from staff or from
/// someone the bot does not know yet: when it is answered 2xx, an entry by that author must be in the database.
/// </summary>
internal sealed record FuzzRequest(int Index, string Kind, string Body, string? ContentType, string? EntryAuthor = null)
{
    public override string ToString() => $"#{Index} {Kind} ({Body.Length:N0} chars, {ContentType ?? "no content type"})";
}
