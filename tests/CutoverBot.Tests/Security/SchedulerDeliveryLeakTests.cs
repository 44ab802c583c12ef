using CutoverBot.Delivery;
using CutoverBot.Scheduling;
using CutoverBot.Tests.Delivery;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Scheduling;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Security;

/// <summary>
/// The scheduler and delivery rigs run the bot's classes without the host; their logs go through the same leak check
/// as the host's, so a morning post or a personal card that fails cannot carry a patient value into a log unnoticed.
/// </summary>
public sealed class SchedulerDeliveryLeakTests
{
    // A patient no other test uses, so only these lines could hold her.
    private const string Typed = "log call Ottoline Marchbanks 21/09/1944 NHS 401 023 2137 asking about her warfarin dose";

    static SchedulerDeliveryLeakTests() => PatientValues.RegisterMessage(Typed);

    [Fact]
    public async Task SendCardAsync_PersonalCardWithPatientDetailsTeamsKeepsRefusing_FailureLoggedWithoutThem()
    {
        var h = await DeliveryHarness.StartAsync();
        var practice = h.AddPractice();
        h.Connector.Script.Rule = _ => new ScriptedReply(500, ErrorCode: "ServiceError");

        var result = await h.SendAsync(practice, recipient: "29:gp-0007", text: "Ottoline Marchbanks 21/09/1944 401 023 2137: still to re-enter");

        Assert.NotEqual(SendOutcome.Sent, result.Outcome);
        Assert.Contains(h.Logs.Lines, l => l.Contains("Giving up on a message to practice", StringComparison.Ordinal));
        // Disposing runs the leak check over everything the sender and its retries logged.
        await h.DisposeAsync();
    }

    [Fact]
    public async Task DeliveryHarness_SenderLoggedATypedValue_DisposeFails()
    {
        var h = await DeliveryHarness.StartAsync();

        h.Logs.For<ProactiveSender>().LogWarning("Could not send the card of {Name}", "Ottoline Marchbanks");

        await Assert.ThrowsAsync<PatientDataLeakException>(async () => await h.DisposeAsync());
    }

    [Fact]
    public async Task SchedulerHarness_JobLoggedATypedValue_DisposeFails()
    {
        var h = new SchedulerHarness(new DateTimeOffset(2027, 3, 22, 7, 0, 0, TimeSpan.Zero));

        h.Logs.For<MorningPostJob>().LogWarning("Posted the card about {Nhs}", "401 023 2137");

        await Assert.ThrowsAsync<PatientDataLeakException>(async () => await h.DisposeAsync());
    }
}
