using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Guests;

/// <summary>
/// guests can tick on|off: whether guests of the team (the ICB, the IT delivery partner, suppliers) may tick checklist
/// tasks. The practice manager's choice, off by default. Guests never see or log entries whatever it says.
/// </summary>
internal sealed class GuestTickCommand(PracticeResolver resolver, GovernanceSettings settings) : IChatCommand
{
    public const string Setting = GovernanceSettings.GuestTickSetting;

    public static CommandInfo Definition { get; } = new("guests can tick", "guests can tick on|off",
        "Practice manager: let guests of the team (ICB, suppliers) tick checklist tasks, or stop them (off by default).");

    public const string ManagerOnly = "Only the practice manager can choose whether guests may tick checklist tasks.";

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, reply) = GoLivePractice.Resolve(resolver, context, "You work for more than one practice. Choose one, then type guests can tick again.");
        if (practice is null) return reply!;
        bool? on = arguments.Trim().TrimEnd('.', '!').ToLowerInvariant() switch
        {
            "on" or "yes" => true,
            "off" or "no" => false,
            _ => null,
        };
        if (on is null) return ChatResponse.Say(Current(practice) + " The practice manager can type guests can tick on, or guests can tick off.");
        if (!practice.IsManagedBy(context.User.Id)) return ChatResponse.Say(ManagerOnly);
        settings.SetGuestsCanTick(context.User, practice, on.Value);
        return ChatResponse.Say("Saved. " + Current(practice));
    }

    private static string Current(Practice practice) => practice.GuestsCanTick
        ? $"Guests of {practice.Name}'s team can tick checklist tasks. They still can't log or see entries."
        : $"Guests of {practice.Name}'s team can read the checklist but not tick it. They can't log or see entries.";
}
