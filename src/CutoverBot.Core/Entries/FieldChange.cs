namespace CutoverBot.Core.Entries;

/// <summary>A field the correction form sets: present means "set to Value" (null clears it); absent means leave it.</summary>
public sealed record FieldChange<T>(T Value);
