using System.Text.Json;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>A realistic session through the real host leaves a view record per showing and an export record, and no patient value.</summary>
public abstract class AuditTrailHostTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    [Fact]
    public async Task Session_EveryShowingAndTheExport_AuditedOnceEachWithoutValues()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "audit");
        await GoLiveScenario.Send(bot, s.Personal(s.Sam, "my entries"));
        s.Pause();
        await s.InvokeAsync(TeamsActivities.ExecuteAction(s.Channel(s.Maria), "reentry.view", new JsonObject { ["practiceId"] = s.TeamId }));
        s.Pause();
        await GoLiveScenario.Send(bot, s.Channel(s.Maria, "export"));

        var trail = bot.Service<IAuditStore>().ForPractice(s.TeamId);
        var views = trail.Where(r => r.Action == AuditAction.Viewed).ToList();
        Assert.Equal(5, views.Count(v => v.Surface == "quick entry"));
        var mine = Assert.Single(views, v => v.Surface == "my entries");
        Assert.Equal((s.Sam.Id, 2), (mine.UserId, mine.Count));
        var everyone = Assert.Single(views, v => v.Surface == "reentry.view");
        Assert.Equal((s.Maria.Id, 5), (everyone.UserId, everyone.References.Count));
        var export = Assert.Single(trail, r => r.Action == AuditAction.Exported);
        Assert.Equal((s.Maria.Id, 5), (export.UserId, export.Count));
        GoLiveScenario.AssertNoPatientValues(JsonSerializer.Serialize(trail));
    }
}

public sealed class AuditTrailHostTestsOnLiteDb(BotFixture bot) : AuditTrailHostTests<BotFixture>(bot);

public sealed class AuditTrailHostTestsOnPostgreSql(PostgresBotFixture bot) : AuditTrailHostTests<PostgresBotFixture>(bot);
