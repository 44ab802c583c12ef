using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace CutoverBot.CrashTest;

/// <summary>
/// Posts Teams-shaped activities to the bot as the Bot Connector does: waits at most 15 seconds for the HTTP answer and,
/// when none comes, delivers the same activity (same id) once more.
/// </summary>
internal sealed class TeamsSide(Uri botAddress, string serviceUrl) : IDisposable
{
    public static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(15);
    private readonly HttpClient _http = new() { BaseAddress = botAddress, Timeout = TurnTimeout };
    // Shared by every instance: a restarted bot must not take a new message for a redelivery of an old one.
    private static int _nextId;
    private int _redelivered;
    private long _slowestTicks;

    public int Redelivered => Volatile.Read(ref _redelivered);

    /// <summary>The longest the bot took to answer a delivery.</summary>
    public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks));

    /// <summary>True when the bot answered 2xx (to the first delivery or the redelivery).</summary>
    public async Task<bool> SendAsync(JsonObject activity, bool redeliverAnyway = false)
    {
        var json = activity.ToJsonString();
        var answered = await DeliverAsync(json);
        if (answered && !redeliverAnyway) return true;
        Interlocked.Increment(ref _redelivered);
        return await DeliverAsync(json) || answered;
    }

    private async Task<bool> DeliverAsync(string json)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("api/messages", content);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
        finally
        {
            var ticks = watch.Elapsed.Ticks;
            long seen;
            while (ticks > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, ticks, seen) != seen)
            {
            }
        }
    }

    /// <summary>A channel message that @mentions the bot, as Teams posts it.</summary>
    public JsonObject ChannelMessage(string teamId, int userIndex, string text)
    {
        var id = "1700" + Interlocked.Increment(ref _nextId).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var user = CrashData.UserId(userIndex);
        var bot = new JsonObject { ["id"] = "28:cutoverbot", ["name"] = "CutoverBot" };
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = TimeProvider.System.GetUtcNow().ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = user, ["name"] = $"Staff {userIndex}", ["aadObjectId"] = "aad-" + user },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = CrashData.TenantId, ["id"] = $"{teamId};messageid={id}",
            },
            ["recipient"] = bot.DeepClone(),
            ["textFormat"] = "plain",
            ["text"] = "<at>CutoverBot</at> " + text,
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = bot.DeepClone(), ["text"] = "<at>CutoverBot</at>" }),
            ["channelData"] = new JsonObject
            {
                ["teamsChannelId"] = teamId, ["teamsTeamId"] = teamId,
                ["channel"] = new JsonObject { ["id"] = teamId },
                ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Crash Surgery" },
                ["tenant"] = new JsonObject { ["id"] = CrashData.TenantId },
            },
        };
    }

    /// <summary>A quick entry whose patient name is unique to <paramref name="n"/> (letters only, as names are read).</summary>
    public static string QuickEntry(int n) => $"log call Ann {Surname(n)} 14/02/1948 wants to know if her bloods are back";

    public static string Surname(int n)
    {
        var letters = new char[4];
        for (var i = 3; i >= 0; i--)
        {
            letters[i] = (char)('a' + n % 26);
            n /= 26;
        }
        return "Q" + new string(letters);
    }

    public void Dispose() => _http.Dispose();
}
