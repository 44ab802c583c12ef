namespace CutoverBot.Core.Storage;

/// <summary>The last number handed out for one practice and reference prefix (Id = practice id + "|" + prefix).</summary>
public sealed class ReferenceCounter
{
    public string Id { get; set; } = "";
    public int Value { get; set; }
}
