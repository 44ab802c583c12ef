using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>The manager's card greets for the time it goes out, so one caught up in the afternoon reads right.</summary>
public sealed class DayGreetingTests
{
    [Theory]
    [InlineData("06:30", "Good morning")]
    [InlineData("11:59", "Good morning")]
    [InlineData("12:00", "Good afternoon")]
    [InlineData("13:50", "Good afternoon")]
    [InlineData("17:59", "Good afternoon")]
    [InlineData("18:00", "Good evening")]
    [InlineData("23:10", "Good evening")]
    public void At_LondonTime_GreetingForThatPartOfTheDay(string time, string expected)
    {
        Assert.Equal(expected, DayGreeting.At(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Plan_CaughtUpAt1350_ManagerCardSaysGoodAfternoon()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());

        var posts = h.Planner.Plan(practice, ChecklistHarness.Fdp, new TimeOnly(13, 50));

        var json = new CardRenderer().Render(posts.Single(p => p.Kind == MorningPostKind.ManagerMorning).Card);
        Assert.Contains("Good afternoon: ", json, StringComparison.Ordinal);
        Assert.DoesNotContain("morning", json.Replace("manager-morning", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plan_NoTimeGiven_GreetsForThePracticesPostTime()
    {
        using var h = new ChecklistHarness();
        var practice = ChecklistHarness.NewPractice();
        practice.MorningPostTime = new TimeOnly(8, 0);
        h.Save(practice);

        var card = h.Planner.Plan(practice, ChecklistHarness.Fdp).Single(p => p.Kind == MorningPostKind.ManagerMorning).Card;

        Assert.Equal("Good morning", ((ManagerMorningCardData)card.Data).Greeting);
    }
}
