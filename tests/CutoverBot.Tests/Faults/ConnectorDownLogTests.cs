using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>
/// What the log shows while the Bot Connector is down, with the committed log levels: one line per failed attempt
/// naming the reason, the exception only at Debug, nothing from the HTTP client or the SDK (a dead connector once
/// wrote hundreds of lines of stack traces for one "help").
/// </summary>
public sealed partial class ConnectorDownLogTests(OutboxBotFixture bot) : IClassFixture<OutboxBotFixture>
{
    [Fact]
    public async Task Help_ConnectorAnswers503_OneInformationLinePerAttemptNamingTheStatusAndNoStackTrace()
    {
        var helen = new FakeMember("29:log-503-helen", "Helen Ward");
        var conversation = "a:chat-with-" + helen.Id;
        await WarmUpAsync();
        bot.Connector.Script.Rule = call => call.IsNewPost && call.ConversationId == conversation ? new ScriptedReply(503) : null;
        var before = bot.Logs.Lines.Count;

        var response = await bot.DriveAsync(bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, helen, "help")), Step);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = LinesSince(before);
        var (reason, attempts) = QueuedAfter(lines, conversation);
        Assert.StartsWith("answered 503", reason, StringComparison.Ordinal);
        Assert.InRange(attempts, 2, 20);
        var retries = Shown(lines).Where(l => l.Contains($"Reply to conversation {conversation} failed ({reason}), attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(attempts - 1, retries.Count);
        Assert.Equal(attempts, Details(lines, conversation).Count);
        AssertQuiet(lines);
    }

    [Fact]
    public async Task Help_ConnectorRefusesConnections_EachAttemptSaysConnectionRefusedWithoutStackTrace()
    {
        var sam = new FakeMember("29:log-refused-sam", "Sam Jones");
        var conversation = "a:chat-with-" + sam.Id;
        await WarmUpAsync();
        var before = bot.Logs.Lines.Count;

        var response = await bot.DriveAsync(bot.SendAsync(TeamsActivities.PersonalMessage(DeadServiceUrl(), sam, "help")), Step);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = LinesSince(before);
        var (reason, attempts) = QueuedAfter(lines, conversation);
        Assert.Equal("connection refused", reason);
        Assert.InRange(attempts, 2, 200);
        var retries = Shown(lines).Where(l => l.Contains($"Reply to conversation {conversation} failed (connection refused), attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(attempts - 1, retries.Count);
        var details = Details(lines, conversation);
        Assert.Equal(attempts, details.Count);
        Assert.All(details, d => Assert.Contains("SocketException", d, StringComparison.Ordinal));
        AssertQuiet(lines);
    }

    // Fake time moves slowly enough that a loopback request answers well inside the one-second turn budget.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    // A first turn through a healthy connector, so the one measured is not the host's first (JIT, connection pool).
    private async Task WarmUpAsync()
    {
        var rule = bot.Connector.Script.Rule;
        bot.Connector.Script.Rule = null;
        await bot.DriveAsync(bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, new FakeMember("29:log-warm-up", "Jo Dispenser"), "help")), Step);
        bot.Connector.Script.Rule = rule;
    }

    private List<string> LinesSince(int before) => bot.Logs.Lines.Skip(before).Where(l => !l.StartsWith("Scope ", StringComparison.Ordinal)).ToList();

    // What a log store receives at the committed levels: Information and above.
    private static IEnumerable<string> Shown(IEnumerable<string> lines) =>
        lines.Where(l => !l.StartsWith("Debug ", StringComparison.Ordinal) && !l.StartsWith("Trace ", StringComparison.Ordinal));

    private static (string Reason, int Attempts) QueuedAfter(IEnumerable<string> lines, string conversationId)
    {
        var queued = Assert.Single(Shown(lines), l => l.Contains($"Reply to conversation {conversationId} not delivered within the turn", StringComparison.Ordinal));
        var match = QueuedReason().Match(queued);
        Assert.True(match.Success, queued);
        return (match.Groups["reason"].Value, int.Parse(match.Groups["attempts"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> Details(IEnumerable<string> lines, string conversationId) =>
        lines.Where(l => l.StartsWith("Debug CutoverBot.Delivery.OutboxTurnSender:", StringComparison.Ordinal)
                         && l.Contains($"Reply to conversation {conversationId} failed, attempt", StringComparison.Ordinal)).ToList();

    private static void AssertQuiet(IReadOnlyList<string> lines)
    {
        var shown = Shown(lines).ToList();
        Assert.DoesNotContain(shown, l => l.Contains("\n   at ", StringComparison.Ordinal) || l.Contains("Exception:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => Category(l).StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, l => Category(l).StartsWith("Microsoft.Bot.", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, l => l.Contains("(null)", StringComparison.Ordinal));
    }

    // LogCapture writes "{level} {category}: {message} {exception}".
    private static string Category(string line) => line.Split(' ', 3) is { Length: 3 } parts ? parts[1].TrimEnd(':') : "";

    // A port that was free a moment ago and has nothing listening now: the connection is refused at once.
    private static string DeadServiceUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    [GeneratedRegex(@"not delivered within the turn \((?<reason>[^,]+), (?<attempts>\d+) attempts\)")]
    private static partial Regex QueuedReason();
}
