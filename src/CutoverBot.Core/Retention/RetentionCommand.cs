using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Retention;

/// <summary>retention [days|default]: how long patient details are kept after go-live; the practice manager may change it.</summary>
internal sealed class RetentionCommand(PracticeResolver resolver, GovernanceSettings settings, IEntryStore entries, TimeProvider time, RetentionOptions? retention = null)
    : IChatCommand
{
    private readonly int _defaultDays = retention?.DefaultDays ?? RetentionPolicy.StandardDays;

    public const string Setting = GovernanceSettings.RetentionSetting;

    public static CommandInfo Definition { get; } = new("retention", "retention [days]",
        "See how long patient details are kept after go-live; the practice manager can change it, e.g. retention 120.");

    public const string ManagerOnly = "Only the practice manager can change how long patient details are kept.";

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        if (context.Kind == ConversationKind.Personal && resolver.Resolve(context).Kind == PracticeResolutionKind.Unknown) return ChatResponse.Say(Held(context.User));
        var (practice, reply) = GoLivePractice.Resolve(resolver, context, "You work for more than one practice. Choose one, then type retention again.");
        if (practice is null) return reply!;
        var typed = arguments.Trim().TrimEnd('.', '!');
        if (typed.Length == 0) return ChatResponse.Say(Current(practice));
        if (!practice.IsManagedBy(context.User.Id)) return ChatResponse.Say(ManagerOnly);

        int? days;
        if (string.Equals(typed, "default", StringComparison.OrdinalIgnoreCase)) days = null;
        else if (GovernanceSettings.ReadDays(typed) is { } n) days = n;
        else return ChatResponse.Say($"Type retention and a number of days {GovernanceSettings.DaysRange}, for example retention 120, or retention default for {_defaultDays} days.");

        settings.SetRetention(context.User, practice, days);
        return ChatResponse.Say("Saved. " + Current(practice));
    }

    // Someone on no practice's roster: their held entries are kept the standard period from the day each was logged.
    private string Held(ChatUser user)
    {
        var text = $"You're not on the roster of any practice team I'm in, so the entries you log are held for you alone. Their patient details are kept for {_defaultDays} days after you log each one, then removed if you're still not on a practice team.";
        var held = entries.HeldFor(user.Id);
        if (held.Count == 0) return text;
        var first = RetentionPolicy.HeldPurgeOn(held[0], _defaultDays);
        return text + $" You have {EntryCount.Text(held.Count)} held; the oldest one's details are removed on {UkFormat.LongDate(first)} unless you join a practice team first.";
    }

    private string Current(Practice practice)
    {
        var days = RetentionPolicy.DaysFor(practice, _defaultDays);
        var whose = practice.RetentionDays is null ? "the standard period" : "the practice manager's choice";
        var text = $"{practice.Name} keeps patient details for {days} days after go-live ({whose}).";
        if (RetentionPolicy.PurgeOn(practice, _defaultDays) is not { } on)
            return text + " The date they're removed is set once go-live is.";
        return on <= LondonTime.Today(time)
            ? text + " That period has ended, so they're removed at the next daily purge."
            : text + $" They'll be removed on {UkFormat.LongDate(on)}; references, kinds, dates and counts stay.";
    }
}
