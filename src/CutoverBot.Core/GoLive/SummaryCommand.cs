
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>summary: posts the go-live card here (mentions included); before go-live, a preview of what will need re-entry.</summary>
internal sealed class SummaryCommand(GoLiveViews views, PracticeResolver resolver) : IChatCommand
{
    public static CommandInfo Definition { get; } =
        new("summary", "summary", "Show the go-live summary: what needs re-entering, by kind and by person (before go-live, a preview).");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, reply) = GoLivePractice.Resolve(resolver, context, "You work for more than one practice. Choose one, then type summary again.");
        return practice is null ? reply! : ChatResponse.Show(views.SharedCard(practice));
    }
}
