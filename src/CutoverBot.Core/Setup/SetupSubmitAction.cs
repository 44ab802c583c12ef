using System.Globalization;
using System.Text.Json;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Setup;

/// <summary>
/// setup.submit: saves the setup form. A refused form comes back with the reasons and what was typed, so fixing it is
/// one more submit; a saved one comes back showing what was saved. The retention period and guest ticking go through
/// <see cref="GovernanceSettings"/>, as the typed commands do: same limits, same audit, the practice manager's alone.
/// </summary>
internal sealed class SetupSubmitAction(SetupService setup, SetupCards cards, GovernanceSettings settings) : ICardAction
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
        var days = GovernanceSettings.ReadDays(form.RetentionDays);
        if (form.RetentionDays is not null && days is null)
            errors.Add($"Enter how many days after go-live to keep patient details, {GovernanceSettings.DaysRange} (the standard is {cards.StandardRetentionDays}).");
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
        var saved = outcome.Practice!;
        var notices = outcome.Warnings.Select(SetupNotice.Warning).ToList();
        notices.AddRange(ApplyGovernance(context.User, saved, days, form.GuestsCanTick));
        return CardActionResult.Ok(cards.Form(saved, notices, null, outcome.Confirmation));
    }

    private IEnumerable<SetupNotice> ApplyGovernance(ChatUser by, Practice practice, int? days, bool? guestsCanTick)
    {
        var retentionAsked = days is { } n && n != RetentionPolicy.DaysFor(practice, cards.StandardRetentionDays);
        var guestsAsked = guestsCanTick is { } on && on != practice.GuestsCanTick;
        if (!retentionAsked && !guestsAsked) yield break;
        if (!practice.IsManagedBy(by.Id))
        {
            yield return SetupNotice.Warning("How long patient details are kept and whether guests may tick are the practice manager's to change, so I left them as they were.");
            yield break;
        }
        if (retentionAsked && settings.SetRetention(by, practice, days))
            yield return SetupNotice.Saved($"Patient details will be kept for {days} days after go-live.");
        if (guestsAsked && settings.SetGuestsCanTick(by, practice, guestsCanTick!.Value))
            yield return SetupNotice.Saved(practice.GuestsCanTick
                ? "Guests of the team can now tick checklist tasks. They still can't log or see entries."
                : "Guests of the team can no longer tick checklist tasks.");
    }

    private CardActionResult Again(Practice practice, SetupFormValues form, IReadOnlyList<string> errors, IReadOnlyList<string> warnings) =>
        CardActionResult.Ok(cards.Form(practice, errors.Select(SetupNotice.Error).Concat(warnings.Select(SetupNotice.Warning)).ToList(), form));
}
