namespace CutoverBot.Core.Practices;

/// <summary>Data for cards/practice-choice.json: asks a user who works for several practices which one they mean.</summary>
public sealed record PracticeChoiceCardData(string Prompt, IReadOnlyList<PracticeOption> Practices);
