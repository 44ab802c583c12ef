using System.Globalization;
using System.Text.Json;
using CutoverBot.Core.Commands;

namespace CutoverBot.Core.Setup;

/// <summary>
/// setup.submit: saves the setup form. A refused form comes back with the reasons and what was typed, so fixing it is
/// one more submit; a saved one comes back showing what was saved.
/// </summary>
internal sealed class SetupSubmitAction(SetupService setup, SetupCards cards) : ICardAction
{
    public const string Name = "setup.submit";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, refusal) = setup.PracticeFor(context);
        if (practice is null) return CardActionResult.Forbidden(refusal!);
        var form = SetupFormValues.From(data);
        var errors = new List<string>();
        var fdp = SetupDateReader.Read(form.FdpDate);
        var goLive = SetupDateReader.Read(form.GoLiveDate);
        if (fdp is null) errors.Add("Enter the FDP date (day first, like 14/12/2026).");
        if (goLive is null) errors.Add("Enter the go-live date (day first, like 21/12/2026).");
        TimeOnly? postTime = null;
        if (form.MorningPostTime is { } typed)
        {
            if (TimeOnly.TryParseExact(typed, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) postTime = t;
            else errors.Add("Enter the morning post time as hours and minutes, like 08:00.");
        }
        if (errors.Count > 0) return Again(practice, form, errors, []);

        var request = new SetupRequest(fdp!.Value, goLive!.Value)
        {
            PracticeName = form.PracticeName,
            OdsCode = form.OdsCode,
            IsDispensing = form.Dispensing,
            ChannelId = form.ChannelId,
            MorningPostTime = postTime,
            ManagerUserId = form.ManagerId is null or SetupCards.MeChoice ? context.User.Id : form.ManagerId,
        };
        var outcome = setup.Apply(context, practice, request);
        if (!outcome.Saved) return Again(practice, form, outcome.Errors, outcome.Warnings);
        return CardActionResult.Ok(cards.Form(outcome.Practice!, outcome.Warnings.Select(SetupNotice.Warning).ToList(), null, outcome.Confirmation));
    }

    private CardActionResult Again(Practices.Practice practice, SetupFormValues form, IReadOnlyList<string> errors, IReadOnlyList<string> warnings) =>
        CardActionResult.Ok(cards.Form(practice, errors.Select(SetupNotice.Error).Concat(warnings.Select(SetupNotice.Warning)).ToList(), form));
}
