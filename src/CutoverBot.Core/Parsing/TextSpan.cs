namespace CutoverBot.Core.Parsing;

/// <summary>A stretch of the text after the trigger, [Start, End).</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Contains(int index) => index >= Start && index < End;
}
