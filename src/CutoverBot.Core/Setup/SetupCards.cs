using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Setup;

/// <summary>
/// Builds the welcome / setup card. The host passes the team's channels (it alone can list them); otherwise the card
/// offers the channel the bot already posts to. <paramref name="retention"/> gives Retention:DefaultDays.
/// </summary>
public sealed class SetupCards(IPracticeStore practices, RetentionOptions? retention = null)
{
    private readonly int standardRetentionDays = retention?.DefaultDays ?? RetentionPolicy.StandardDays;

    public const string Template = "setup";

    /// <summary>The value of the "me" choice for practice manager: whoever saves the form.</summary>
    public const string MeChoice = "me";

    /// <summary>Longest staff list offered as manager choices, to keep the card within Teams' size limit.</summary>
    public const int MaxManagerChoices = 100;

    /// <summary>Days patient details are kept after go-live when the practice has not chosen (Retention:DefaultDays).</summary>
    public int StandardRetentionDays => standardRetentionDays;

    /// <summary>
    /// The card posted when the bot joins a team (or when setup is asked for). Remembers the team's channels, so the
    /// form can offer them again and a submitted channel can be checked against them.
    /// </summary>
    public CardReply Welcome(Practice practice, IReadOnlyList<SetupChoice> channels)
    {
        practice.Channels = channels.Where(c => !string.IsNullOrWhiteSpace(c.Id)).DistinctBy(c => c.Id)
            .Select(c => new PracticeChannel { Id = c.Id, Name = string.IsNullOrWhiteSpace(c.Name) ? "General" : c.Name }).ToList();
        practices.Upsert(practice);
        return Form(practice, [], null);
    }

    /// <summary>
    /// The form, prefilled from the practice (or from what was submitted, when <paramref name="submitted"/> is given),
    /// with <paramref name="saved"/> above it once setup has been saved.
    /// </summary>
    public CardReply Form(Practice practice, IReadOnlyList<SetupNotice> notices, SetupFormValues? submitted, SetupConfirmation? saved = null)
    {
        var channelChoices = practice.Channels.Select(c => new SetupChoice(c.Id, c.Name)).ToList();
        if (channelChoices.Count == 0) channelChoices.Add(new SetupChoice(practice.ChannelId.Length > 0 ? practice.ChannelId : practice.Id, "The channel I post to now"));
        var managers = practices.Members(practice.Id).Where(m => !m.IsGuest).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Take(MaxManagerChoices).Select(m => new SetupChoice(m.UserId, m.Name)).Prepend(new SetupChoice(MeChoice, "Me (whoever saves this form)")).ToList();
        var manager = submitted?.ManagerId ?? practice.ManagerUserId ?? MeChoice;
        if (managers.All(m => m.Id != manager)) manager = MeChoice;
        var channel = submitted?.ChannelId ?? practice.ChannelId;
        if (channelChoices.All(c => c.Id != channel)) channel = channelChoices[0].Id;
        return new CardReply(Template, new SetupCardData(
            practice.IsSetUp ? "CutoverBot setup" : "Welcome to CutoverBot",
            practice.IsSetUp
                ? "Change your cutover dates or settings here. Ticks already made are kept when dates move."
                : "I'll post the cutover checklist every morning and keep a record of everything done between FDP and go-live for re-entry. Tell me about your migration to start.",
            notices.Count > 0,
            notices,
            submitted?.PracticeName ?? practice.Name,
            submitted?.OdsCode ?? practice.OdsCode ?? "",
            submitted?.FdpDate ?? UkFormat.IsoDate(practice.FdpDate),
            submitted?.GoLiveDate ?? UkFormat.IsoDate(practice.GoLiveDate),
            (submitted?.Dispensing ?? practice.IsDispensing) ? "true" : "false",
            channel,
            channelChoices,
            submitted?.MorningPostTime ?? practice.MorningPostTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            manager,
            managers,
            // What was typed, when it was a number, so a refused form keeps it; the kept period otherwise.
            int.TryParse(submitted?.RetentionDays, NumberStyles.None, CultureInfo.InvariantCulture, out var typedDays) && typedDays < 100_000
                ? typedDays
                : RetentionPolicy.DaysFor(practice, standardRetentionDays),
            standardRetentionDays,
            (submitted?.GuestsCanTick ?? practice.GuestsCanTick) ? "true" : "false")
        {
            HasSaved = saved is not null,
            SavedHeading = saved?.Heading ?? "",
            SavedFacts = saved?.Facts ?? [],
            SavedNote = saved is null ? "" : string.Join("\n\n", saved.Notes),
        });
    }
}
