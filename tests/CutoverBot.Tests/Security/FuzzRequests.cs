using CutoverBot.Core;
using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Makes request number i of a run from the run's seed alone, so any request can be made again on its own and
/// requests can be sent in parallel batches in any order.
/// </summary>
internal sealed class FuzzRequests(int seed, string serviceUrl, string teamId, FakeMember staff, FakeMember guest, IReadOnlyList<string> entryIds)
{
    private static readonly string[] ContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", "json", "application/json; charset=utf-16", "application/merge-patch+json", "*/*"];

    public FuzzRequest Make(int index)
    {
        // Not HashCode.Combine: its seed changes with every process.
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var roll = random.Next(100);
        return roll switch
        {
            < 14 => Entry(index, "quick entry, personal chat", Personal(Author(index), FuzzText.QuickEntry(random))),
            < 24 => Entry(index, "quick entry, channel", Channel(Author(index), FuzzText.QuickEntry(random))),
            < 26 => Entry(index, "quick entry, 100 KB", Personal(Author(index), FuzzText.QuickEntry(random) + " " + FuzzText.Huge(random))),
            < 28 => Json(index, "quick entry from a guest", Channel(guest, FuzzText.QuickEntry(random))),
            < 42 => Json(index, "message", Message(random, Sender(random), FuzzText.Any(random))),
            < 56 => Json(index, "card action", Invoke(random)),
            < 58 => Json(index, "card action, huge data", Invoke(random, huge: true)),
            < 62 => Json(index, "card submit", Submit(random)),
            < 64 => Json(index, "file consent", FileConsent(random)),
            < 68 => Json(index, "install or membership", Membership(random)),
            < 90 => Mutated(index, random),
            _ => Raw(index, random),
        };
    }

    private static FakeMember Author(int index) => new($"29:fuzz-author-{index}", "Author " + index);

    private FakeMember Sender(Random random) => random.Next(4) switch
    {
        0 => staff,
        1 => guest,
        2 => new FakeMember($"29:fuzz-talker-{random.Next(50)}", FuzzText.RawUnicode(random, random.Next(0, 40))),
        // Printable ASCII, as real ids are, but with the characters that mean something in a URL; sometimes not ASCII at all.
        _ => new FakeMember("29:" + (random.Next(4) == 0 ? FuzzText.RawUnicode(random, random.Next(1, 30)) : AsciiId(random)), "Stranger"),
    };

    private const string UrlCharacters = "/?#%;&=+. :@\\'\"<>";

    private static string AsciiId(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 40))
            .Select(_ => random.Next(3) == 0 ? UrlCharacters[random.Next(UrlCharacters.Length)] : (char)random.Next(' ', '~' + 1)).ToArray());

    private static FuzzRequest Entry(int index, string kind, JsonObject activity) =>
        new(index, kind, FuzzJson.Write(Tag(activity, index)), "application/json", activity["from"]!["id"]!.GetValue<string>());

    private static FuzzRequest Json(int index, string kind, JsonObject activity) => new(index, kind, FuzzJson.Write(Tag(activity, index)), "application/json");

    // The activity id names the request, so a "Turn failed" log line leads back to it.
    private static JsonObject Tag(JsonObject activity, int index)
    {
        if (activity["id"] is JsonValue) activity["id"] = "fuzz-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return activity;
    }

    private JsonObject Personal(FakeMember from, string text) => TeamsActivities.PersonalMessage(serviceUrl, from, text);

    private JsonObject Channel(FakeMember from, string text) => TeamsActivities.ChannelMessage(serviceUrl, teamId, from, text);

    private JsonObject Message(Random random, FakeMember from, string text) => random.Next(3) switch
    {
        0 => Personal(from, text),
        1 => Channel(from, text),
        _ => GroupChat(Channel(from, text)),
    };

    private static JsonObject GroupChat(JsonObject activity)
    {
        activity["conversation"]!["conversationType"] = "groupChat";
        activity["conversation"]!["id"] = "19:group-chat@unq.gbl.spaces";
        activity.Remove("channelData");
        return activity;
    }

    private JsonObject Invoke(Random random, bool huge = false)
    {
        var verbs = CutoverFeatures.Verbs;
        var verb = random.Next(5) == 0 ? FuzzText.Any(random) : verbs[random.Next(verbs.Count)];
        var data = FuzzJson.Object(random);
        // Forged references to real entries: whoever clicks here is never their author or the manager.
        if (entryIds.Count > 0 && random.Next(2) == 0) data["entryId"] = entryIds[random.Next(entryIds.Count)];
        if (random.Next(3) == 0) data["practiceId"] = random.Next(2) == 0 ? teamId : "19:another-practice@thread.tacv2";
        if (huge) data["summary"] = FuzzText.Huge(random);
        var activity = TeamsActivities.ExecuteAction(Message(random, Sender(random), ""), verb, data);
        if (random.Next(6) == 0) activity["value"] = FuzzJson.Value(random);
        else if (random.Next(6) == 0) activity["value"]!["action"] = FuzzJson.Value(random);
        return activity;
    }

    private JsonObject Submit(Random random)
    {
        var activity = Message(random, Sender(random), random.Next(3) == 0 ? FuzzText.Any(random) : "");
        var value = FuzzJson.Object(random);
        if (random.Next(2) == 0) value["verb"] = CutoverFeatures.Verbs[random.Next(CutoverFeatures.Verbs.Count)];
        if (entryIds.Count > 0 && random.Next(2) == 0) value["entryId"] = entryIds[random.Next(entryIds.Count)];
        activity["value"] = random.Next(8) == 0 ? FuzzJson.Value(random) : value;
        return activity;
    }

    private JsonObject FileConsent(Random random)
    {
        string[] actions = ["accept", "decline", "", "ACCEPT", "maybe"];
        var activity = TeamsActivities.FileConsent(Personal(Sender(random), ""), actions[random.Next(actions.Length)], FuzzJson.Value(random), "consent-1");
        activity["value"]!["uploadInfo"] = random.Next(3) switch
        {
            0 => null,
            1 => FuzzJson.Value(random),
            _ => new JsonObject { ["uploadUrl"] = "not a url", ["name"] = FuzzJson.Value(random), ["contentUrl"] = FuzzJson.Value(random) },
        };
        return activity;
    }

    // Other teams only: changing the practice team's roster would turn the guest into staff, which is correct but not what this run checks.
    private JsonObject Membership(Random random)
    {
        var team = $"19:fuzz-team-{random.Next(20)}@thread.tacv2";
        var members = new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(3) switch
        {
            0 => (JsonNode?)TeamsActivities.Bot(),
            1 => FuzzJson.Value(random),
            _ => new JsonObject { ["id"] = FuzzJson.Value(random) },
        }).ToArray());
        string[] actions = ["add", "remove", "add-upgrade", "", "explode"];
        return random.Next(2) == 0
            ? TeamsActivities.InstallInTeam(serviceUrl, team, FuzzText.RawUnicode(random, random.Next(0, 300)), staff, actions[random.Next(actions.Length)])
            : TeamsActivities.TeamMembersChanged(serviceUrl, team, "Team", staff, random.Next(2) == 0 ? members : null, random.Next(2) == 0 ? members.DeepClone().AsArray() : null);
    }

    private FuzzRequest Mutated(int index, Random random)
    {
        var activity = Tag(random.Next(5) switch
        {
            0 => Invoke(random),
            1 => FileConsent(random),
            2 => Membership(random),
            _ => Message(random, Sender(random), FuzzText.Any(random)),
        }, index);
        FuzzMutator.Mutate(activity, random);
        return Json(index, "malformed activity", activity);
    }

    private FuzzRequest Raw(int index, Random random)
    {
        var valid = FuzzJson.Write(Personal(staff, "help"));
        return random.Next(10) switch
        {
            0 => new(index, "not JSON", FuzzText.Any(random), "application/json"),
            1 => new(index, "truncated JSON", valid[..random.Next(valid.Length)], "application/json"),
            2 => new(index, "JSON that is not an object", FuzzJson.Write(FuzzJson.Value(random) ?? JsonValue.Create(0)), "application/json"),
            3 => new(index, "nested too deep", FuzzJson.Write(FuzzJson.Deep(random, random.Next(65, 3000))), "application/json"),
            4 => new(index, "byte order mark", "\uFEFF" + valid, "application/json"),
            5 => new(index, "no content type", valid, null),
            6 => new(index, "wrong content type", valid, ContentTypes[random.Next(ContentTypes.Length)]),
            7 => new(index, "duplicate keys", valid.Insert(1, "\"type\":42,\"from\":[],"), "application/json"),
            8 => new(index, "whitespace", new string(' ', random.Next(0, 300_000)), "application/json"),
            _ => new(index, "comments and trailing commas", valid.Insert(1, "/* x */").Replace("}", ",}", StringComparison.Ordinal), "application/json"),
        };
    }
}
