using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Practices;

/// <summary>The practice a typed go-live command is about, or the reply to give when it is not known.</summary>
internal static class GoLivePractice
{
    public static (Practice? Practice, ChatResponse? Reply) Resolve(PracticeResolver resolver, ChatContext context, string choosePrompt)
    {
        var resolution = resolver.Resolve(context);
        return resolution.Kind switch
        {
            PracticeResolutionKind.Resolved => (resolution.Practice, null),
            PracticeResolutionKind.Refused => (null, ChatResponse.Say(resolution.RefusalMessage!)),
            PracticeResolutionKind.NeedsChoice => (null, ChatResponse.Show(PracticeCards.Choice(choosePrompt, resolution.Choices))),
            _ => (null, ChatResponse.Say(PracticeResolver.UnknownPracticeRefusal)),
        };
    }
}
