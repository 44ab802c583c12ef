using CutoverBot.Bot;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Tests.Hosting;

/// <summary>What the host may put into a posted (shared) message after a click.</summary>
public sealed class SharedCardTests
{
    private static readonly CardReply Shared = new(GoLiveCards.Template, new object());
    private static readonly CardReply OwnView = new(ReentryView.Template, new object());

    [Fact]
    public void SharedCardOf_ViewWithSharedCard_TheSharedCard() =>
        Assert.Same(Shared, CardActionHandler.SharedCardOf(new CardActionResult(200, OwnView, null, []) { SharedCard = Shared }));

    [Fact]
    public void SharedCardOf_UserSpecificViewMarkedForEveryone_Nothing() =>
        Assert.Null(CardActionHandler.SharedCardOf(new CardActionResult(200, OwnView, null, []) { UpdateForEveryone = true }));

    [Fact]
    public void SharedCardOf_SharedCardWithPatientDetailsTemplate_Nothing() =>
        Assert.Null(CardActionHandler.SharedCardOf(new CardActionResult(200, Shared, null, []) { SharedCard = OwnView }));

    [Fact]
    public void SharedCardOf_NoSharedCardAndNotForEveryone_Nothing() =>
        Assert.Null(CardActionHandler.SharedCardOf(CardActionResult.Ok(Shared)));
}
