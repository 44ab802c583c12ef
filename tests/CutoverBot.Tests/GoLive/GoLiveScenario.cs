using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.GoLive;

/// <summary>
/// A practice one day after go-live (set up through the real setup command), with five entries by three people: two by
/// Sam (one in the channel, one in personal chat), two by Priya and one by Maria, the manager. Gary is a guest.
/// </summary>
public sealed class GoLiveScenario
{
    /// <summary>Every patient value the entries carry; none may reach the channel.</summary>
    public static readonly string[] PatientValues =
        ["Margaret", "Evans", "1948", "Tomasz", "Nowak", "1990", "Sarah Jones", "1982", "943 476 5919", "9434765919", "Alan Reid", "1959", "Edna", "1936"];

    private GoLiveScenario(BotFixture bot, string teamId, FakeMember maria, FakeMember sam, FakeMember priya, FakeMember gary)
    {
        Bot = bot;
        TeamId = teamId;
        Maria = maria;
        Sam = sam;
        Priya = priya;
        Gary = gary;
    }

    public BotFixture Bot { get; }
    public string TeamId { get; }
    public FakeMember Maria { get; }
    public FakeMember Sam { get; }
    public FakeMember Priya { get; }
    public FakeMember Gary { get; }

    public JsonObject Channel(FakeMember from, string text = "") => TeamsActivities.ChannelMessage(Bot.ServiceUrl, TeamId, from, text);
    public JsonObject Personal(FakeMember from, string text = "") => TeamsActivities.PersonalMessage(Bot.ServiceUrl, from, text);

    public IReadOnlyList<Entry> EntriesOf(FakeMember author) =>
        Bot.Service<IEntryStore>().ForPractice(TeamId).Where(e => e.AuthorId == author.Id).OrderBy(e => e.LoggedAt).ToList();

    public Entry Entry(Guid id) => Bot.Service<IEntryStore>().Find(id)!;

    public static async Task<GoLiveScenario> CreateAsync(BotFixture bot, string key)
    {
        var s = new GoLiveScenario(bot, $"19:golive-{key}@thread.tacv2",
            new FakeMember($"29:{key}-maria", "Maria Manager"), new FakeMember($"29:{key}-sam", "Sam Reception"),
            new FakeMember($"29:{key}-priya", "Priya Admin"), new FakeMember($"29:{key}-gary", "Gary Guest", UserRole: "guest"));
        await PracticeSetup.InstallAsync(bot, s.TeamId, "Riverside Surgery", s.Maria, s.Sam, s.Priya, s.Gary);
        // Fixture clock: Tue 10 March 2026, so go-live was yesterday.
        await Send(bot, s.Channel(s.Maria, "setup FDP 02/03/2026 go-live 09/03/2026"));
        await Send(bot, s.Channel(s.Sam, "log call Margaret Evans 14/02/1948 wants to know if her bloods are back"));
        await Send(bot, s.Personal(s.Sam, "new reg Tomasz Nowak dob 22 Aug 1990 moved from Leeds, GMS1 in tray"));
        await Send(bot, s.Personal(s.Priya, "path result Sarah Jones 5.6.82 NHS 943 476 5919 FBC normal, seen by Dr Patel"));
        await Send(bot, s.Personal(s.Priya, "prescription request by phone Alan Reid 9/9/59 repeat inhaler"));
        await Send(bot, s.Personal(s.Maria, "home visit Edna Price 12/01/1936 chest infection"));
        var practice = bot.Service<IPracticeStore>().Find(s.TeamId)!;
        Assert.Equal(new DateOnly(2026, 3, 9), practice.GoLiveDate);
        Assert.Equal(5, bot.Service<IEntryStore>().ForPractice(s.TeamId).Count);
        return s;
    }

    /// <summary>Moves the clock on a few seconds so Teams' per-conversation pacing never makes a test wait on the fake clock.</summary>
    public void Pause() => Bot.Time.Advance(TimeSpan.FromSeconds(5));

    public static async Task<HttpResponseMessage> Send(BotFixture bot, JsonNode activity)
    {
        var response = await bot.SendAsync(activity);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public async Task<JsonNode> InvokeAsync(JsonObject activity)
    {
        var response = await Send(Bot, activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Every call the bot made into this practice's channel (its threads included).</summary>
    public IEnumerable<ConnectorCall> ChannelCalls(IEnumerable<ConnectorCall> calls) =>
        calls.Where(c => c.ConversationId is { } id && id.StartsWith(TeamId, StringComparison.Ordinal));

    /// <summary>What a person would see of a call: its text, cards and mentions (not ids, which are arbitrary digits).</summary>
    public static string Visible(ConnectorCall call) =>
        string.Join("\n", new[] { call.Body?["text"], call.Body?["attachments"], call.Body?["entities"] }.Select(n => n?.ToJsonString() ?? ""));

    public static void AssertNoPatientValues(string text)
    {
        foreach (var value in PatientValues) Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
    }
}
