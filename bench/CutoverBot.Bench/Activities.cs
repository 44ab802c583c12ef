using System.Globalization;
using System.Text.Json.Nodes;

namespace CutoverBot.Bench;

/// <summary>Teams-shaped activities as the Bot Connector posts them to /api/messages (the shapes the host tests use).</summary>
internal sealed class Activities(string serviceUrl)
{
    public const string TenantId = "bench-tenant";
    private const string BotId = "28:cutoverbot-bench";
    private long _next;

    /// <summary>A quick entry typed in personal chat by a member of staff.</summary>
    public string QuickEntry(string userId, int n) => Personal(userId,
        $"log call Bench Patient{n % 997} {1 + n % 28}/{1 + n % 12}/19{40 + n % 60} asked for blood results").ToJsonString();

    /// <summary>"summary" typed in the practice channel, mentioning the bot.</summary>
    public string Summary(string teamId, string userId) => Channel(teamId, userId, "<at>CutoverBot</at> summary").ToJsonString();

    /// <summary>A tick (or untick) on the channel's checklist card: Action.Execute, answered with the card redrawn.</summary>
    public string ChecklistTick(string teamId, string userId, string taskId, DateOnly date, bool tick) =>
        Execute(Channel(teamId, userId, ""), "checklist.toggle", new JsonObject
        {
            ["taskId"] = taskId,
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["act"] = tick ? "tick" : "untick",
        }).ToJsonString();

    /// <summary>"Show all" on one of the go-live card's lists.</summary>
    public string GoLivePage(string teamId, string userId, string section, int page) =>
        Execute(Channel(teamId, userId, ""), "golive.page", new JsonObject { ["practiceId"] = teamId, ["section"] = section, ["page"] = page }).ToJsonString();

    private JsonObject Personal(string userId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = NextId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = User(userId),
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = "a:chat-" + userId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CutoverBot" },
        ["textFormat"] = "plain",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    private JsonObject Channel(string teamId, string userId, string text)
    {
        var id = NextId();
        var activity = Personal(userId, text);
        activity["conversation"] = new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = $"{teamId};messageid={id}",
        };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CutoverBot" }, ["text"] = "<at>CutoverBot</at>",
        });
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = teamId,
            ["teamsTeamId"] = teamId,
            ["channel"] = new JsonObject { ["id"] = teamId },
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Bench Surgery" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity;
    }

    private JsonObject Execute(JsonObject source, string verb, JsonObject data)
    {
        source["type"] = "invoke";
        source["name"] = "adaptiveCard/action";
        source["replyToId"] = "card-activity-1";
        source.Remove("text");
        source.Remove("entities");
        source["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return source;
    }

    private static JsonObject User(string userId) => new() { ["id"] = userId, ["name"] = "Staff " + userId[^4..], ["aadObjectId"] = "aad-" + userId };

    private string NextId() => "1700" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}
