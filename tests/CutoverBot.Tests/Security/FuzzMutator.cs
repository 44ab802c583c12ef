using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Security;

/// <summary>Breaks a well-formed activity the ways a broken client or a forger would: fields missing, of the wrong type, or unknown.</summary>
internal static class FuzzMutator
{
    private static readonly string[] Fields =
        ["type", "id", "timestamp", "localTimestamp", "channelId", "from", "conversation", "recipient", "text", "textFormat", "entities",
         "channelData", "value", "name", "replyToId", "locale", "attachments", "membersAdded", "membersRemoved", "action", "serviceUrl", "valueType"];

    private static readonly string[] Types =
        ["message", "invoke", "event", "conversationUpdate", "installationUpdate", "messageReaction", "messageUpdate", "messageDelete", "typing",
         "endOfConversation", "handoff", "trace", "delay", "command", "commandResult", "suggestion", "", " ", "MESSAGE", "Invoke", "💥", "null"];

    private static readonly string[] InvokeNames =
        ["adaptiveCard/action", "fileConsent/invoke", "task/fetch", "task/submit", "composeExtension/query", "signin/verifyState", "actionableMessage/executeAction", "", "adaptiveCard/action/"];

    // Never a reachable address: a forged serviceUrl that answers would only test the connector, not the bot.
    private static readonly string[] ServiceUrls = ["", "not a url", "ftp://example.invalid/", "file:///etc/passwd", "javascript:alert(1)", "//relative", "http://", "https://[::1"];

    private static readonly string[] Locales = ["en-GB", "xx-YY", "", "en-GB\u0000", "../../etc", "zh-Hant-TW-x-private-use-too-long-for-anyone", "🙂"];

    public static void Mutate(JsonObject activity, Random random)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            switch (random.Next(12))
            {
                case 0: activity.Remove(Fields[random.Next(Fields.Length)]); break;
                case 1: activity[Fields[random.Next(Fields.Length)]] = FuzzJson.Value(random); break;
                case 2: activity["type"] = random.Next(5) == 0 ? FuzzJson.Value(random) : Types[random.Next(Types.Length)]; break;
                case 3: activity["name"] = InvokeNames[random.Next(InvokeNames.Length)]; activity["type"] = "invoke"; break;
                case 4: Nested(activity, "from", random); break;
                case 5: Nested(activity, "conversation", random); break;
                case 6: Nested(activity, "recipient", random); break;
                case 7: activity["channelData"] = random.Next(2) == 0 ? FuzzJson.Value(random) : OddChannelData(random); break;
                case 8: activity["entities"] = new JsonArray(Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(2) == 0 ? FuzzJson.Value(random) : OddMention(random)).ToArray()); break;
                case 9: activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = FuzzJson.Value(random), ["content"] = FuzzJson.Value(random), ["contentUrl"] = FuzzJson.Value(random) }); break;
                case 10: activity["locale"] = Locales[random.Next(Locales.Length)]; activity["timestamp"] = FuzzJson.Value(random); break;
                default: activity["serviceUrl"] = ServiceUrls[random.Next(ServiceUrls.Length)]; break;
            }
        }
    }

    /// <summary>A field of a nested object (from.id, conversation.conversationType...) replaced by anything, or the object by a non-object.</summary>
    private static void Nested(JsonObject activity, string field, Random random)
    {
        if (random.Next(3) == 0 || activity[field] is not JsonObject inner)
        {
            activity[field] = FuzzJson.Value(random);
            return;
        }
        string[] keys = ["id", "name", "aadObjectId", "role", "conversationType", "tenantId", "isGroup", "userRole"];
        inner[keys[random.Next(keys.Length)]] = random.Next(3) == 0 ? new string('9', random.Next(500, 5000)) : FuzzJson.Value(random);
    }

    private static JsonObject OddChannelData(Random random) => new()
    {
        ["team"] = random.Next(2) == 0 ? FuzzJson.Value(random) : new JsonObject { ["id"] = FuzzJson.Value(random), ["name"] = FuzzJson.Value(random), ["aadGroupId"] = FuzzJson.Value(random) },
        ["tenant"] = FuzzJson.Value(random),
        ["eventType"] = random.Next(2) == 0 ? "teamRenamed" : FuzzJson.Value(random),
        ["channel"] = FuzzJson.Value(random),
        ["settings"] = FuzzJson.Value(random),
    };

    private static JsonObject OddMention(Random random) => new()
    {
        ["type"] = "mention",
        ["mentioned"] = random.Next(2) == 0 ? FuzzJson.Value(random) : new JsonObject { ["id"] = FuzzJson.Value(random) },
        ["text"] = FuzzJson.Value(random),
    };
}
