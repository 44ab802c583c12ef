using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Checklist;

/// <summary>What the checklist host tests do through the real host: send as Teams does, read the answer, seed a morning post.</summary>
internal static class ChecklistHost
{
    // Cards read as staff would see their words: apostrophes and ticks unescaped.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What one activity produced: the HTTP answer's body (an invoke's card or error) and the calls to the connector.</summary>
    public sealed record Turn(JsonNode? Answer, IReadOnlyList<ConnectorCall> Calls)
    {
        /// <summary>The card an Action.Execute was answered with, as JSON text.</summary>
        public string AnswerCard => Answer?["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            ? Answer["value"]!.ToJsonString(Readable)
            : throw new InvalidOperationException("The answer is not a card: " + Answer?.ToJsonString());

        /// <summary>The one update of a posted message, as the card's JSON text.</summary>
        public string Put(string activityId) => Calls.Single(c => c.Method == "PUT" && c.ActivityId == activityId).Card!.ToJsonString(Readable);

        /// <summary>The card posted as the reply (a typed checklist, say), as JSON text.</summary>
        public string ReplyCard => Calls.Single(c => c.IsNewPost && c.Card is not null).Card!.ToJsonString(Readable);
    }

    public static async Task<Turn> SendAsync(BotFixture bot, JsonObject activity)
    {
        // Move the fake clock on so Teams' per-conversation pacing never waits on it.
        bot.Time.Advance(TimeSpan.FromSeconds(5));
        var before = bot.Connector.Calls.Count;
        var response = await bot.SendAsync(activity);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return new Turn(text.Length > 0 ? JsonNode.Parse(text) : null, bot.CallsSince(before));
    }

    /// <summary>Records a channel checklist post as if the scheduler had sent it on that morning.</summary>
    public static void SeedPost(BotFixture bot, string teamId, DateOnly date, string activityId)
    {
        var key = new PostKey(teamId, MorningPostKind.ChannelChecklist, date);
        var postLog = bot.Service<IPostLogStore>();
        if (!MorningClaim.TryClaim(bot, key)) throw new InvalidOperationException("That morning's post was already claimed.");
        postLog.MarkSent(key, activityId, bot.Service<IPracticeStore>().Find(teamId)!.ChannelId, bot.Time.GetUtcNow());
    }

    /// <summary>Moves the practice's first setup day back, as for a practice that has had the bot for a while.</summary>
    public static void SetUpDaysAgo(BotFixture bot, string teamId, int days)
    {
        var practices = bot.Service<IPracticeStore>();
        var practice = practices.Find(teamId)!;
        practice.SetUpOn = Core.Entries.LondonTime.Today(bot.Time).AddDays(-days);
        practices.Upsert(practice);
    }

    /// <summary>A channel message as Teams delivers it: HTML, with the bot's mention and non-breaking spaces.</summary>
    public static JsonObject HtmlChannelMessage(BotFixture bot, string teamId, FakeMember from, string text)
    {
        var activity = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, from, text);
        activity["textFormat"] = "xml";
        activity["text"] = $"<p><at>{TeamsActivities.BotName}</at>&nbsp;{text.Replace(" ", "&nbsp;", StringComparison.Ordinal)}</p>";
        return activity;
    }
}
