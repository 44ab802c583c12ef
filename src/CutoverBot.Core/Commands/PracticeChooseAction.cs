using System.Text.Json;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>practice.choose: remembers the practice a user logs for and files their held entries there.</summary>
internal sealed class PracticeChooseAction(PracticeResolver resolver, HeldEntryFiler filer) : ICardAction
{
    public const string Name = "practice.choose";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var practiceId = CardData.String(data, "practiceId");
        if (string.IsNullOrWhiteSpace(practiceId)) return CardActionResult.BadRequest("This button doesn't say which practice you chose.");
        var practice = resolver.StaffPractices(context.User.Id).FirstOrDefault(p => p.Id == practiceId);
        if (practice is null) return CardActionResult.Forbidden("You can only choose a practice whose team you're staff of.");

        resolver.SetCurrent(context.User, practice.Id);
        var filed = filer.FileInto(context.User, practice.Id);
        var message = $"From now on, what you log in personal chat goes to {practice.Name}.";
        if (filed.Count > 0) message += " " + HeldEntryFiler.FiledText(filed, practice.Name);
        return CardActionResult.Done(message);
    }
}
