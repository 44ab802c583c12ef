using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Retention;

/// <summary>retention [days|default]: how long patient details are kept after go-live; the practice manager may change it.</summary>
internal sealed class RetentionCommand(PracticeResolver resolver, GovernanceSettings settings, int defaultDays, TimeProvider time) : IChatCommand
{
    public const string Setting = GovernanceSettings.RetentionSetting;

    public static CommandInfo Definition { get; } = new("retention", "retention [days]",
        "See how long patient details are kept after go-live; the practice manager can change it, e.g. retention 120.");

    public const string ManagerOnly = "Only the practice manager can change how long patient details are kept.";

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, reply) = GoLivePractice.Resolve(resolver, context, "You work for more than one practice. Choose one, then type retention again.");
        if (practice is null) return reply!;
        var typed = arguments.Trim().TrimEnd('.', '!');
        if (typed.Length == 0) return ChatResponse.Say(Current(practice));
        if (!practice.IsManagedBy(context.User.Id)) return ChatResponse.Say(ManagerOnly);

        int? days;
        if (string.Equals(typed, "default", StringComparison.OrdinalIgnoreCase)) days = null;
        else if (GovernanceSettings.ReadDays(typed) is { } n) days = n;
        else return ChatResponse.Say($"Type retention and a number of days {GovernanceSettings.DaysRange}, for example retention 120, or retention default for {defaultDays} days.");

        settings.SetRetention(context.User, practice, days);
        return ChatResponse.Say("Saved. " + Current(practice));
    }

    private string Current(Practice practice)
    {
        var days = RetentionPolicy.DaysFor(practice, defaultDays);
        var whose = practice.RetentionDays is null ? "the standard period" : "the practice manager's choice";
        var text = $"{practice.Name} keeps patient details for {days} days after go-live ({whose}).";
        if (RetentionPolicy.PurgeOn(practice, defaultDays) is not { } on)
            return text + " The date they're removed is set once go-live is.";
        return on <= LondonTime.Today(time)
            ? text + " That period has ended, so they're removed at the next daily purge."
            : text + $" They'll be removed on {UkFormat.LongDate(on)}; references, kinds, dates and counts stay.";
    }
}
