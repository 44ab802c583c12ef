namespace CutoverBot.Core.Progress;

/// <summary>A kind of entry as the tabs name it: the stable slug (for filters) and the label people read.</summary>
public sealed record KindInfo(string Kind, string Label);
