using CutoverBot.Core.Cards;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.GoLive;

/// <summary>
/// A practice of 2,000 entries by 80 people with Teams-length user ids: every card stays under Teams' 28 KB and
/// paging reaches every entry.
/// </summary>
public sealed class LargePracticeTests(LargePracticeTests.Practice2000 fixture) : IClassFixture<LargePracticeTests.Practice2000>
{
    private const int EntryCount = 2000;
    private readonly GoLiveHarness _h = fixture.Harness;
    private readonly List<ChatUser> _staff = fixture.Staff;

    /// <summary>Seeded once for the class: the tests read it, and the one that confirms works on its own person's entries.</summary>
    public sealed class Practice2000 : IDisposable
    {
        public Practice2000()
        {
            // Real Teams user ids are about 90 characters; short test ids would hide the size of mentions and refresh lists.
            Staff = Enumerable.Range(1, 80)
                .Select(i => new ChatUser($"29:1{i:000}" + new string('x', 84), $"Staff Member-Longname {i:00}"))
                .ToList();
            foreach (var person in Staff)
                Harness.Bot.Practices.UpsertMember(new Practices.PracticeMember { PracticeId = Riverside, UserId = person.Id, Name = person.Name });
            var categories = Enum.GetValues<EntryCategory>();
            for (var i = 0; i < EntryCount; i++)
            {
                var category = categories[i % categories.Length];
                Harness.Seed(Staff[i % Staff.Count], category,
                    name: $"Patient Withaveryverylongname {i:0000}",
                    dob: i % 17 == 0 ? null : new DateOnly(1940 + i % 60, 1 + i % 12, 1 + i % 28),
                    nhs: "9434765919",
                    occurredOn: i % 23 == 0 ? null : GoLiveHarness.GoLive.AddDays(-1 - i % 10),
                    ubrn: category == EntryCategory.Referral && i % 3 != 0 ? "123456789012" : null,
                    route: category == EntryCategory.Prescription ? (PrescriptionChannel)(i % 3) : null,
                    text: new string('d', 300),
                    status: i % 5 == 0 ? EntryStatus.Reentered : EntryStatus.Pending);
            }
        }

        internal GoLiveHarness Harness { get; } = new();
        public List<ChatUser> Staff { get; }

        public void Dispose() => Harness.Dispose();
    }

    private static int Size(string json) => CardRenderer.Utf8Size(json);

    [Fact]
    public void GoLiveCard_2000Entries_UnderTeamsLimit()
    {
        var message = Assert.Single(_h.Say(Channel(Manager), "summary").Messages);
        var json = _h.Render(message.Card!);

        Assert.True(Size(json) < CardRenderer.MaxCardBytes, $"{Size(json)} bytes");
        var card = CardJson.Parse(json);
        Assert.Equal(GoLiveCards.MaxRefreshUsers, card["refresh"]!["userIds"]!.AsArray().Count);
        Assert.Contains(CardJson.Actions(card["body"]), a => a.Verb == GoLivePageAction.Name);
    }

    [Theory]
    [InlineData(GoLiveSection.Registrations)]
    [InlineData(GoLiveSection.Prescriptions)]
    [InlineData(GoLiveSection.Referrals)]
    [InlineData(GoLiveSection.MissingDetails)]
    [InlineData(GoLiveSection.People)]
    public void GoLiveList_ShowMore_ReachesEveryItemUnderTheLimit(GoLiveSection section)
    {
        var expected = GoLiveSections.Items(_h.Summary(), section).Select(i => i.Text).ToList();
        var seen = new List<string>();
        var page = 1;
        for (var guard = 0; guard < 100; guard++)
        {
            var result = _h.Click(Channel(Guest), GoLivePageAction.Name, new { practiceId = Riverside, section = GoLiveSections.Key(section), page });
            Assert.Equal(200, result.StatusCode);
            var json = _h.Render(result.Card!);
            Assert.True(Size(json) < CardRenderer.MaxCardBytes, $"page {page}: {Size(json)} bytes");
            var data = (GoLiveListCardData)result.Card!.Data;
            seen.AddRange(data.Lines.SelectMany(l => Items(l.Text, section)));
            if (!data.HasNext) break;
            Assert.Contains(CardJson.Actions(CardJson.Parse(json)), a => a.Title == "Show more" && (int)a.Data["page"]! == data.NextPage);
            page = data.NextPage;
        }

        Assert.True(expected.Count > GoLiveCards.ItemsOnCard);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void ManagerView_ShowMore_ReachesEveryOutstandingEntryUnderTheLimit()
    {
        var expected = _h.Bot.Entries.ForPractice(Riverside).Where(e => e.Status == EntryStatus.Pending).Select(e => e.Id.ToString()).Order().ToList();
        var seen = new List<string>();
        var page = 1;
        for (var guard = 0; guard < 1000; guard++)
        {
            var result = _h.Click(Channel(Manager), ReentryViewAction.Name, new { practiceId = Riverside, page });
            var json = _h.Render(result.Card!);
            Assert.True(Size(json) < CardRenderer.MaxCardBytes, $"page {page}: {Size(json)} bytes");
            var data = (ReentryViewCardData)result.Card!.Data;
            seen.AddRange(data.Rows.Select(r => r.EntryId));
            if (!data.HasNext) break;
            page = data.NextPage;
        }

        Assert.Equal(expected, seen.Order());
    }

    [Fact]
    public void OwnView_OneOfEighty_ShowsOnlyTheirsAcrossPages()
    {
        var person = _staff[7];
        var theirs = _h.Bot.Entries.ForPractice(Riverside).Where(e => e.AuthorId == person.Id && e.Status == EntryStatus.Pending).Select(e => e.Id.ToString()).ToHashSet();
        var seen = new List<string>();
        for (var page = 1; ; page++)
        {
            var data = (ReentryViewCardData)_h.Click(Personal(person), ReentryViewAction.Name, new { practiceId = Riverside, page }).Card!.Data;
            seen.AddRange(data.Rows.Select(r => r.EntryId));
            if (!data.HasNext) break;
        }

        Assert.Equal(theirs.Order(), seen.Order());
    }

    [Fact]
    public void ConfirmAll_OnePersonOf80_SharedCardStaysUnderLimit()
    {
        var result = _h.Click(Channel(_staff[0]), ReentryConfirmAllAction.Name, new { practiceId = Riverside });

        Assert.Equal(200, result.StatusCode);
        Assert.True(Size(_h.Render(result.SharedCard!)) < CardRenderer.MaxCardBytes);
        Assert.True(Size(_h.Render(result.Card!)) < CardRenderer.MaxCardBytes);
    }

    // Undoes GoLiveSections.Lines: "Tue 24 Nov: RX-0001 (phone), RX-0002" or "REG-0001, REG-0002" or "Name: 1 of 25 done".
    private static IEnumerable<string> Items(string line, GoLiveSection section) => section switch
    {
        GoLiveSection.People => [line],
        GoLiveSection.Prescriptions => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(", "),
        _ => line.Split(", "),
    };
}
