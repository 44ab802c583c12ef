using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>Teams-shaped activities, as the Bot Connector posts them to /api/messages.</summary>
public static class TeamsActivities
{
    public const string TenantId = "tenant-riverside";
    public const string BotId = "28:cutoverbot-app-id";
    public const string BotName = "CutoverBot";

    private static int _nextId = 1000;

    public static JsonObject ChannelMessage(string serviceUrl, string teamId, FakeMember from, string text, string? teamName = "Riverside Surgery")
    {
        PatientValues.RegisterMessage(text);
        var id = NextId();
        var mention = $"<at>{BotName}</at>";
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-03-10T09:30:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = User(from),
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "channel",
                ["tenantId"] = TenantId,
                ["id"] = $"{teamId};messageid={id}",
            },
            ["recipient"] = Bot(),
            ["textFormat"] = "plain",
            ["text"] = $"{mention} {text}",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = Bot(),
                ["text"] = mention,
            }),
            ["channelData"] = TeamChannelData(teamId, teamName),
        };
    }

    public static JsonObject PersonalMessage(string serviceUrl, FakeMember from, string text)
    {
        PatientValues.RegisterMessage(text);
        return PersonalMessageOf(serviceUrl, from, text);
    }

    private static JsonObject PersonalMessageOf(string serviceUrl, FakeMember from, string text) => new()
    {
        ["type"] = "message",
        ["id"] = NextId(),
        ["timestamp"] = "2026-03-10T09:30:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = User(from),
        ["conversation"] = PersonalConversation(from),
        ["recipient"] = Bot(),
        ["textFormat"] = "plain",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static JsonObject InstallInTeam(string serviceUrl, string teamId, string teamName, FakeMember installer, string action = "add") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = NextId(),
        ["action"] = action,
        ["timestamp"] = "2026-03-10T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = User(installer),
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = TenantId,
            ["id"] = teamId,
        },
        ["recipient"] = Bot(),
        ["channelData"] = TeamChannelData(teamId, teamName),
    };

    /// <summary>The conversationUpdate Teams sends when members (possibly the bot) join or leave a team.</summary>
    public static JsonObject TeamMembersChanged(string serviceUrl, string teamId, string teamName, FakeMember actor, JsonArray? added = null, JsonArray? removed = null)
    {
        var activity = InstallInTeam(serviceUrl, teamId, teamName, actor);
        activity["type"] = "conversationUpdate";
        activity.Remove("action");
        if (added is not null) activity["membersAdded"] = added;
        if (removed is not null) activity["membersRemoved"] = removed;
        activity["channelData"]!["eventType"] = added is not null ? "teamMemberAdded" : "teamMemberRemoved";
        return activity;
    }

    /// <summary>The installationUpdate Teams sends when someone adds (or removes) the app in their personal scope.</summary>
    public static JsonObject PersonalInstall(string serviceUrl, FakeMember user, string action = "add") => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = NextId(),
        ["action"] = action,
        ["timestamp"] = "2026-03-10T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = User(user),
        ["conversation"] = PersonalConversation(user),
        ["recipient"] = Bot(),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>The conversationUpdate that comes with it: the bot joins the person's one-to-one chat.</summary>
    public static JsonObject PersonalBotAdded(string serviceUrl, FakeMember user)
    {
        var activity = PersonalInstall(serviceUrl, user);
        activity["type"] = "conversationUpdate";
        activity.Remove("action");
        activity["membersAdded"] = new JsonArray(Bot());
        return activity;
    }

    /// <summary>The same activity as Teams sends it again with a fresh id (a redelivery that is not recognisable by id).</summary>
    public static JsonObject WithNewId(JsonObject activity)
    {
        var copy = activity.DeepClone().AsObject();
        copy["id"] = NextId();
        return copy;
    }

    public static JsonObject ExecuteAction(JsonObject conversationSource, string verb, JsonObject data, string replyToId = "card-activity-1")
    {
        PatientValues.RegisterForm(data);
        var activity = conversationSource.DeepClone().AsObject();
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["id"] = NextId();
        activity["replyToId"] = replyToId;
        activity.Remove("text");
        activity.Remove("entities");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>A refresh Teams sends by itself when someone in refresh.userIds opens the card (trigger automatic).</summary>
    public static JsonObject RefreshAction(JsonObject conversationSource, string verb, JsonObject data, string replyToId)
    {
        var activity = ExecuteAction(conversationSource, verb, data, replyToId);
        activity["value"]!["trigger"] = "automatic";
        return activity;
    }

    /// <summary>The user's answer to a file consent card (accept carries where Teams wants the bytes put).</summary>
    public static JsonObject FileConsent(JsonObject personalSource, string action, JsonNode? context, string consentActivityId, string? uploadUrl = null, string? fileName = null)
    {
        var activity = personalSource.DeepClone().AsObject();
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["id"] = NextId();
        activity["replyToId"] = consentActivityId;
        activity.Remove("text");
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context?.DeepClone() };
        if (uploadUrl is not null)
        {
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://example-my.sharepoint.com/personal/manager/Documents/Applications/Microsoft Teams Chat Files/" + fileName,
                ["name"] = fileName,
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "unique-" + fileName,
                ["fileType"] = Path.GetExtension(fileName)?.TrimStart('.'),
            };
        }
        activity["value"] = value;
        return activity;
    }

    public static JsonObject Bot() => new() { ["id"] = BotId, ["name"] = BotName };

    public static JsonObject User(FakeMember m) => new() { ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = m.AadObjectId ?? "aad-" + m.Id };

    public static JsonObject PersonalConversation(FakeMember m) => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = TenantId,
        ["id"] = "a:chat-with-" + m.Id,
    };

    private static JsonObject TeamChannelData(string teamId, string? teamName)
    {
        var team = new JsonObject { ["id"] = teamId };
        if (teamName is not null) team["name"] = teamName;
        return new JsonObject
        {
            ["teamsChannelId"] = teamId,
            ["teamsTeamId"] = teamId,
            ["channel"] = new JsonObject { ["id"] = teamId },
            ["team"] = team,
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
    }

    private static string NextId() => "17000000" + Interlocked.Increment(ref _nextId);
}
