using CutoverBot.Core.Checklist;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Setup;

/// <summary>
/// Checks and saves a practice's setup. Practice staff (never guests) may run the first setup; after that only the
/// practice manager may change it, so a stray click cannot move the calendar. Ticks are kept by task id, so a
/// re-run that moves the dates keeps every tick.
/// </summary>
public sealed class SetupService(IPracticeStore practices, PracticeResolver resolver, DailyChecklistBuilder checklists, TimeProvider time)
{
    /// <summary>The guide wants the planning meeting at least four weeks before FDP.</summary>
    public const int PlanningLeadDays = 28;

    /// <summary>A longer gap between FDP and go-live is taken for a typo in a date.</summary>
    public const int MaxCutoverDays = 90;

    /// <summary>The practice this user may set up from this conversation, or the reason they may not.</summary>
    public (Practice? Practice, string? Refusal) PracticeFor(ChatContext context)
    {
        var resolved = resolver.Resolve(context);
        switch (resolved.Kind)
        {
            case PracticeResolutionKind.NeedsChoice:
                return (null, "You're staff of more than one practice: run setup in the practice team's channel, or type practice to choose one first.");
            case PracticeResolutionKind.Unknown:
                return (null, "I don't know your practice yet: you're not on the roster of any practice team I'm in. Add CutoverBot to the practice team and run setup there.");
            case PracticeResolutionKind.Refused:
                return (null, resolver.IsGuestHere(context)
                    ? "Only practice staff can run setup. Guests of this team (for example the ICB or a supplier) can't."
                    : "This team isn't known to me as a practice yet. Remove CutoverBot from the team and add it again, then run setup.");
        }
        var practice = resolved.Practice!;
        if (practice.IsSetUp && practice.ManagerUserId is { Length: > 0 } manager && manager != context.User.Id)
        {
            return (null, $"Only the practice manager, {NameOf(practice, manager)}, can change setup now it's done. Ask them to make the change, or to name you as manager.");
        }
        return (practice, null);
    }

    public SetupOutcome Apply(ChatContext context, Practice practice, SetupRequest request)
    {
        var today = LondonTime.Today(time);
        var errors = new List<string>();
        var warnings = new List<string>();
        CheckDates(request, today, errors, warnings);
        var (ods, odsWarning, odsError) = OdsCodeCheck.Check(request.OdsCode);
        if (odsError is not null) errors.Add(odsError);
        if (odsWarning is not null) warnings.Add(odsWarning);
        var name = request.PracticeName?.Trim();
        if (name is { Length: > 100 }) errors.Add("The practice name is too long: keep it under 100 characters.");
        if (request.ChannelId is { } channel && !IsKnownChannel(practice, channel))
            errors.Add("I can't post to that channel: choose one of this team's channels.");
        if (request.ManagerUserId is { } chosen && chosen != context.User.Id && practices.FindMember(practice.Id, chosen) is not { IsGuest: false })
            errors.Add("The practice manager must be a member of staff in this team (not a guest).");
        if (errors.Count > 0) return new SetupOutcome(false, null, errors, warnings, "");

        practice.FdpDate = request.Fdp;
        practice.GoLiveDate = request.GoLive;
        if (name is { Length: > 0 }) practice.Name = name;
        if (ods is not null) practice.OdsCode = ods;
        if (request.IsDispensing is { } dispensing) practice.IsDispensing = dispensing;
        if (request.ChannelId is { } newChannel) practice.ChannelId = newChannel;
        if (request.MorningPostTime is { } at) practice.MorningPostTime = at;
        practice.ManagerUserId = request.ManagerUserId ?? practice.ManagerUserId ?? context.User.Id;
        practice.SetUpOn ??= today;
        practices.Upsert(practice);

        var earlierOpen = checklists.Build(practice, today).Earlier.Count(i => !i.IsDone);
        var confirmation = SetupSummary.For(practice, NameOf(practice, practice.ManagerUserId), today, earlierOpen);
        return new SetupOutcome(true, practice, [], warnings, confirmation.Text) { Confirmation = confirmation };
    }


    private static void CheckDates(SetupRequest request, DateOnly today, List<string> errors, List<string> warnings)
    {
        if (request.GoLive <= request.Fdp)
        {
            errors.Add($"Go-live ({UkFormat.LongDate(request.GoLive)}) must be after FDP ({UkFormat.LongDate(request.Fdp)}).");
            return;
        }
        if (request.GoLive.DayNumber - request.Fdp.DayNumber > MaxCutoverDays)
            errors.Add($"Go-live is more than {MaxCutoverDays} days after FDP: please check the dates.");
        if (Math.Abs(request.Fdp.DayNumber - today.DayNumber) > 730)
            errors.Add("FDP is more than two years from today: please check the year.");
        var toFdp = request.Fdp.DayNumber - today.DayNumber;
        if (toFdp is >= 0 and < PlanningLeadDays)
            warnings.Add((toFdp switch { 0 => "FDP is today.", 1 => "FDP is tomorrow.", _ => $"FDP is only {toFdp} days away." })
                + " The guide wants the planning meeting at least four weeks before FDP: hold it as soon as you can.");
    }

    // The General channel's id is the team's id; other channels must be ones the host listed for this team.
    private static bool IsKnownChannel(Practice practice, string channelId) =>
        channelId == practice.Id || channelId == practice.ChannelId || practice.Channels.Any(c => c.Id == channelId);

    private string NameOf(Practice practice, string? userId) =>
        userId is null ? "not set"
        : practices.FindMember(practice.Id, userId)?.Name is { Length: > 0 } member ? member
        : practices.FindUser(userId)?.Name is { Length: > 0 } user ? user
        : "the practice manager";
}
