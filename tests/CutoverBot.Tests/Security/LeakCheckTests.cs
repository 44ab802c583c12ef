using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Security;

/// <summary>The suite-wide leak check can fail: a line holding a patient value the suite typed is caught in every form.</summary>
public sealed class LeakCheckTests
{
    // A name no other test uses, so these lines are the only ones that could hold it.
    private const string Typed = "log call Zebedee Quartermaine 03/04/1951 NHS 943 476 5919 asking about his blood pressure tablets";

    static LeakCheckTests() => PatientValues.RegisterMessage(Typed);

    [Theory]
    [InlineData("Saved an entry for Zebedee Quartermaine")]
    [InlineData("surname QUARTERMAINE in upper case")]
    [InlineData("dob 03/04/1951")]
    [InlineData("dob 1951-04-03")]
    [InlineData("dob 04/03/1951 as an invariant DateOnly prints it")]
    [InlineData("nhs 9434765919")]
    [InlineData("nhs 943 476 5919")]
    [InlineData("nhs 943-476-5919")]
    public void AssertNoLeaks_LineHoldsATypedValue_Fails(string line)
    {
        var logs = new LogCapture();
        logs.Write("Information CutoverBot.Bot: " + line);

        Assert.Throws<PatientDataLeakException>(logs.AssertNoLeaks);
    }

    [Theory]
    [InlineData("RequestId:0HNQBNN17QUARTERMAINE")]
    [InlineData("trace 19434765919 is a longer number")]
    public void AssertNoLeaks_ValueOnlyInsideALongerToken_Passes(string line)
    {
        // Random ids hold registered surnames by chance; inside a longer run of letters or digits it is not the value.
        var logs = new LogCapture();
        logs.Write("Information Microsoft.AspNetCore.Hosting: " + line);

        logs.AssertNoLeaks();
    }

    [Theory]
    [InlineData("Quartermaine's entry")]
    [InlineData("name=Quartermaine;")]
    [InlineData("id9434765919")]
    public void AssertNoLeaks_ValueNextToPunctuationOrLetters_Fails(string line)
    {
        var logs = new LogCapture();
        logs.Write("Information CutoverBot.Bot: " + line);

        Assert.Throws<PatientDataLeakException>(logs.AssertNoLeaks);
    }

    [Fact]
    public void AssertNoLeaks_ValueOnlyInTheExceptionMessage_Fails()
    {
        var logs = new LogCapture();
        var logger = logs.CreateLogger("CutoverBot.Bot.CutoverTeamsBot");

        logger.LogError(new InvalidOperationException("Cannot save Quartermaine"), "Turn failed");

        Assert.Throws<PatientDataLeakException>(logs.AssertNoLeaks);
    }

    [Fact]
    public void AssertNoLeaks_ValueInAScope_Fails()
    {
        var logs = new LogCapture();

        using (logs.CreateLogger("CutoverBot").BeginScope("patient {Name}", "Zebedee Quartermaine")) { }

        Assert.Throws<PatientDataLeakException>(logs.AssertNoLeaks);
    }

    [Fact]
    public void AssertNoLeaks_OnlyIdsAndCounts_Passes()
    {
        var logs = new LogCapture();
        logs.CreateLogger("CutoverBot").LogInformation("Saved CALL-0001 for practice {PracticeId}: {Count} entries", "19:team@thread.tacv2", 3);

        logs.AssertNoLeaks();
        Assert.Empty(logs.Leaks);
    }

    [Fact]
    public void RegisterMessage_Command_RegistersNothing()
    {
        PatientValues.RegisterMessage("edit Xanthippe-Quorn 05/06/1933");

        Assert.Empty(PatientValues.FoundIn("edit Xanthippe-Quorn 05/06/1933"));
    }

    [Fact]
    public async Task BotFactory_HostLoggedATypedValue_DisposeFails()
    {
        var path = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
        var factory = new BotFactory(path, new FakeTimeProvider(), new LogCapture());
        factory.CreateClient().Dispose();
        factory.Services.GetRequiredService<ILogger<LeakCheckTests>>().LogWarning("Could not file the entry of {Name}", "Zebedee Quartermaine");

        await Assert.ThrowsAsync<PatientDataLeakException>(async () => await factory.DisposeAsync());
        File.Delete(path);
    }
}
