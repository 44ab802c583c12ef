
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Setup;

/// <summary>setup: the setup form; setup FDP &lt;date&gt; go-live &lt;date&gt; [dispensing]: the same, typed.</summary>
internal sealed class SetupCommand(SetupService setup, SetupCards cards) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("setup", SetupTypedForm.Usage, "Set or change the practice's cutover dates (setup on its own shows the form).");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, refusal) = setup.PracticeFor(context);
        if (practice is null) return ChatResponse.Say(refusal!);
        if (arguments.Trim().Length == 0) return ChatResponse.Show(cards.Form(practice, [], null));

        var (request, error) = SetupTypedForm.Read(arguments);
        if (request is null) return ChatResponse.Say(error!);
        var outcome = setup.Apply(context, practice, request);
        if (!outcome.Saved) return ChatResponse.Say("Setup not saved: " + string.Join(" ", outcome.Errors));
        var messages = outcome.Warnings.Select(w => OutgoingMessage.Say("Note: " + w)).Prepend(OutgoingMessage.Say(outcome.Summary)).ToList();
        return new ChatResponse(messages);
    }
}
