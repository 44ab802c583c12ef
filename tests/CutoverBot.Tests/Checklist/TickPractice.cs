using System.Globalization;
using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Checklist;

/// <summary>A practice of the tick tests: its team, its manager and a receptionist, and the task they tick.</summary>
public sealed class TickPractice(BotFixture bot, string teamId, FakeMember maria, FakeMember sam)
{
    public string TeamId { get; } = teamId;
    public FakeMember Maria { get; } = maria;
    public FakeMember Sam { get; } = sam;
    public string TaskId { get; set; } = "";

    public JsonObject Channel(FakeMember from, string text = "") => TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, from, text);

    /// <summary>The data of a Tick or Untick button on the checklist card of <paramref name="date"/>.</summary>
    public JsonObject Click(DateOnly date, string act) => new()
    {
        ["taskId"] = TaskId,
        ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["act"] = act,
    };
}
