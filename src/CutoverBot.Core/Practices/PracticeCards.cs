
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Practices;

public static class PracticeCards
{
    public const string ChoiceTemplate = "practice-choice";

    /// <summary>Buttons naming the practices a user is staff of; practice names are not patient data.</summary>
    public static CardReply Choice(string prompt, IEnumerable<Practice> practices) =>
        new(ChoiceTemplate, new PracticeChoiceCardData(prompt, practices.Select(p => new PracticeOption(p.Id, p.Name)).ToList()));
}
