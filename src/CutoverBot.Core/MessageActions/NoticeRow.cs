namespace CutoverBot.Core.MessageActions;

/// <summary>One line the form says about how it was filled in (the kind is a guess, the message was cut...).</summary>
public sealed record NoticeRow(string Text);
