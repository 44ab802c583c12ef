using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// The message extension's invokes as Teams sends them: composeExtension/fetchTask with the chosen message in
/// messagePayload (its body as HTML), composeExtension/submitAction with the task module form's values in data, and
/// composeExtension/query with the search box's text in parameters.
/// </summary>
public static class ExtensionInvokes
{
    public const string LogCommand = "logForReentry";
    public const string FindCommand = "findEntry";

    private static int _nextId = 5000;

    /// <summary>A group chat (no team) with the sender in it, as its activities arrive.</summary>
    public static JsonObject GroupChat(string serviceUrl, FakeMember from, string chatId = "19:meeting-group-chat@thread.v2") => new()
    {
        ["type"] = "message",
        ["id"] = NextId(),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = TeamsActivities.User(from),
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = TeamsActivities.TenantId, ["id"] = chatId },
        ["recipient"] = TeamsActivities.Bot(),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsActivities.TenantId } },
    };

    /// <summary>The message a user chose "Log for re-entry" on, shaped as messagePayload.</summary>
    public static JsonObject Payload(string html, string? messageId = null, string? link = "default", string createdDateTime = "2026-03-10T08:15:00.000Z", FakeMember? author = null)
    {
        var id = messageId ?? "17415" + Interlocked.Increment(ref _nextId);
        var payload = new JsonObject
        {
            ["id"] = id,
            ["replyToId"] = null,
            ["createdDateTime"] = createdDateTime,
            ["lastModifiedDateTime"] = null,
            ["deleted"] = false,
            ["importance"] = "normal",
            ["locale"] = "en-gb",
            ["from"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = "aad-" + (author?.Id ?? "gp"), ["displayName"] = author?.Name ?? "Dr Rees", ["userIdentityType"] = "aadUser" },
            },
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
            ["attachments"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["reactions"] = new JsonArray(),
        };
        payload["linkToMessage"] = link == "default" ? $"https://teams.microsoft.com/l/message/19:abc@thread.v2/{id}?context=%7B%7D" : link;
        return payload;
    }

    public static JsonObject FetchTask(JsonObject conversationSource, JsonObject? messagePayload, string commandContext = "message", string commandId = LogCommand)
    {
        var value = new JsonObject { ["commandId"] = commandId, ["commandContext"] = commandContext, ["context"] = new JsonObject { ["theme"] = "default" } };
        if (messagePayload is not null) value["messagePayload"] = messagePayload.DeepClone();
        return Invoke(conversationSource, "composeExtension/fetchTask", value);
    }

    public static JsonObject SubmitAction(JsonObject conversationSource, JsonObject data, string commandId = LogCommand)
    {
        PatientValues.RegisterForm(data);
        return Invoke(conversationSource, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["context"] = new JsonObject { ["theme"] = "default" },
            ["data"] = data.DeepClone(),
        });
    }

    public static JsonObject Query(JsonObject conversationSource, string text, string commandId = FindCommand) =>
        Invoke(conversationSource, "composeExtension/query", new JsonObject
        {
            ["commandId"] = commandId,
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        });

    public static JsonObject Invoke(JsonObject conversationSource, string name, JsonNode? value)
    {
        var activity = conversationSource.DeepClone().AsObject();
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["id"] = NextId();
        activity.Remove("text");
        activity.Remove("entities");
        activity.Remove("textFormat");
        activity["value"] = value?.DeepClone();
        return activity;
    }

    private static string NextId() => "f:extension-" + Interlocked.Increment(ref _nextId);
}
