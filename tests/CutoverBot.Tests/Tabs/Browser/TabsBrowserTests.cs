using CutoverBot.Core.Parsing;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;

namespace CutoverBot.Tests.Tabs.Browser;

/// <summary>
/// The tab pages in Debian's Chromium with the real teams-js, against the real host on a real port (one browser run for
/// the class, see <see cref="TabsBrowserFixture"/>): what the manager, a member of staff, a guest and the ICB see.
/// </summary>
public sealed class TabsBrowserTests(TabsBrowserFixture browser) : IClassFixture<TabsBrowserFixture>
{
    private JsonNode Seen(string page) => browser.Seen[page]!;

    private static IEnumerable<string> Strings(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>());

    private static List<List<string>> Table(JsonNode? node) => node!.AsArray().Select(r => Strings(r).ToList()).ToList();

    [Theory]
    [InlineData("channelManager")]
    [InlineData("channelGuest")]
    [InlineData("entriesGuest")]
    [InlineData("entriesStaff")]
    [InlineData("programme")]
    [InlineData("config")]
    public void Page_Loads_WithNoConsoleErrorsAndUnder300KB(string page)
    {
        Assert.Empty(Strings(Seen(page)["errors"]));
        var bytes = Seen(page)["bytes"]!.GetValue<int>();
        Assert.InRange(bytes, 1, 300 * 1024);
    }

    [Fact]
    public void Page_RefusedByTheApi_ShowsTheReasonWithNoScriptError()
    {
        // The browser itself logs the API's 403; nothing else may fail.
        Assert.All(Strings(Seen("programmeOutsider")["errors"]), e => Assert.Contains("status of 403", e));
        Assert.Contains("not on this team's roster", Seen("programmeOutsider")["body"]!.GetValue<string>());
    }

    [Fact]
    public void Channel_LoadsTheRealTeamsLibrary()
    {
        Assert.Equal("2.58.0", Seen("channelManager")["teamsJs"]!.GetValue<string>());
    }

    [Fact]
    public void Channel_EntriesPerDayTable_AddsUpToTheSeededEntriesByKind()
    {
        var table = Table(Seen("channelManager")["perDay"]);
        var head = table[0];
        var totals = table.Skip(1).Sum(r => int.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(browser.RiversideEntries.Count, totals);
        var calls = head.IndexOf("Phone call");
        Assert.Equal(browser.RiversideEntries.Count(e => e.Category == EntryCategory.Call),
            table.Skip(1).Sum(r => int.Parse(r[calls], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(Seen("channelManager")["svgBars"]!.GetValue<int>() > 0);
        Assert.Contains("Entries logged per day, by kind", Strings(Seen("channelManager")["chartTitles"]));
        Assert.Contains("Day logged", Strings(Seen("channelManager")["axisLabels"]));
        Assert.Contains("Entries", Strings(Seen("channelManager")["axisLabels"]));
    }

    [Fact]
    public void Channel_BurnDownAndPeople_ShowWhatIsLeft()
    {
        var burndown = Table(Seen("channelManager")["burndown"]);
        var byPerson = Table(Seen("channelManager")["byPerson"]);

        // The last point is today: what is still pending now (the staff member's click comes later, in another page).
        var pendingNow = browser.RiversideEntries.Count(e => e.Status == EntryStatus.Pending);
        Assert.Equal(pendingNow.ToString(System.Globalization.CultureInfo.InvariantCulture), burndown[^1][1]);
        Assert.Equal(["Total", pendingNow.ToString(System.Globalization.CultureInfo.InvariantCulture)], byPerson[^1].Take(2));
        Assert.Contains(byPerson, r => r[0] == "Sam Jones");
    }

    [Fact]
    public void Channel_OverdueTasks_AreNamed()
    {
        var overdue = Strings(Seen("channelManager")["overdue"]).ToList();

        Assert.NotEmpty(overdue);
        Assert.All(overdue, t => Assert.Contains("due by", t));
    }

    [Theory]
    [InlineData("channelDark", "theme-dark", "rgb(31, 31, 31)")]
    [InlineData("channelContrast", "theme-contrast", "rgb(0, 0, 0)")]
    public void Channel_FollowsTeamsTheme(string page, string theme, string background)
    {
        Assert.Equal(theme, Seen(page)["theme"]!.GetValue<string>());
        Assert.Equal(background, Seen(page)["background"]!.GetValue<string>());
        Assert.Empty(Strings(Seen(page)["errors"]));
    }

    [Fact]
    public void Channel_IsReadableAtPhoneWidth()
    {
        Assert.False(Seen("channelManager")["wideAt360"]!.GetValue<bool>());
    }

    [Fact]
    public void Channel_Guest_SeesCountsButNoEntryOrPatient()
    {
        var body = Seen("channelGuest")["body"]!.GetValue<string>();

        Assert.Contains("Cutover: Riverside Surgery", body);
        Assert.All(browser.RiversideEntries, e => Assert.DoesNotContain(e.Reference, body));
        Assert.DoesNotContain("Margaret", body);
        Assert.Equal(403, Seen("channelGuest")["entriesApi"]!.GetValue<int>());
        Assert.Contains("not on the staff roster", Seen("entriesGuest")["body"]!.GetValue<string>());
    }

    [Fact]
    public void Entries_StaffConfirmButton_ChangesTheEntry()
    {
        var seen = Seen("entriesStaff");
        var reference = seen["reference"]!.GetValue<string>();

        Assert.Contains("Re-entered", seen["after"]!.GetValue<string>());
        Assert.Contains(reference, seen["status"]!.GetValue<string>());
        var before = Strings(seen["before"]).ToList();
        var sams = browser.RiversideEntries.Where(e => e.AuthorName == "Sam Jones").Select(e => e.Reference).ToList();
        Assert.Equal(sams.Count, before.Count);
        Assert.All(before, row => Assert.Contains(row.Split('\t')[0].Trim(), sams));
    }

    [Fact]
    public void Entries_Keyboard_TabsToAnEntryAndEnterOpensItsDetails()
    {
        var seen = Seen("entriesStaff");

        Assert.StartsWith("Open ", Strings(seen["focused"]).Last());
        Assert.Contains("Patient", seen["details"]!.GetValue<string>());
        Assert.Equal("Close", seen["closeFocused"]!.GetValue<string>());
    }

    [Fact]
    public void Entries_AnotherPracticesEntry_IsUnreachable()
    {
        Assert.Equal(403, Seen("entriesStaff")["otherPractice"]!.GetValue<int>());
        Assert.Equal(403, Seen("entriesStaff")["otherAsOwn"]!.GetValue<int>());
    }

    [Fact]
    public void Programme_ListsTheSharingPracticeWithATotalAndSortsByKeyboard()
    {
        var seen = Seen("programme");

        // First by go-live (Riverside went live yesterday, Meadow Lane goes live in 17 days); then the Practice heading,
        // pressed with Enter, sorts by name, and Enter again reverses it.
        Assert.Equal(["Riverside Surgery", "Meadow Lane Surgery"], Strings(seen["first"]));
        Assert.Equal(["Meadow Lane Surgery", "Riverside Surgery"], Strings(seen["byName"]));
        Assert.Equal(["Riverside Surgery", "Meadow Lane Surgery"], Strings(seen["byNameDesc"]));
        var total = seen["total"]!.GetValue<string>();
        Assert.Contains("Total (2 practices)", total);
        Assert.Contains((browser.RiversideEntries.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), total);
        Assert.Contains("F81001", seen["body"]!.GetValue<string>());
        Assert.Contains("F81002", seen["body"]!.GetValue<string>());
        Assert.DoesNotContain("Hillview", seen["body"]!.GetValue<string>());
        Assert.DoesNotContain("Rose Hill", seen["body"]!.GetValue<string>());
        Assert.Contains("not on this team's roster", Seen("programmeOutsider")["body"]!.GetValue<string>());
    }
}
