using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

public sealed class EntryTriggersTests
{
    private static readonly DateOnly Today = PhraseTable.Today;

    [Theory]
    [InlineData("help")]
    [InlineData("my entries")]
    [InlineData("undo")]
    [InlineData("edit CALL-0001")]
    [InlineData("delete CALL-0001")]
    [InlineData("callback Margaret Evans")]
    [InlineData("recall Margaret Evans")]
    [InlineData("please log call Margaret Evans")]
    [InlineData("Margaret Evans log call")]
    [InlineData("log")]
    [InlineData("new")]
    [InlineData("referrals list")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p>&nbsp;</p>")]
    public void Parse_NotStartingWithATriggerAndNoPatientDetails_ReturnsNull(string text) => Assert.Null(EntryParser.Parse(text, Today));

    [Theory]
    [InlineData("Log call: x", EntryCategory.Call)]
    [InlineData("log-call x", EntryCategory.Call)]
    [InlineData("LOG CALL - x", EntryCategory.Call)]
    [InlineData("log call, x", EntryCategory.Call)]
    [InlineData("- log call x", EntryCategory.Call)]
    [InlineData("new reg: x", EntryCategory.Registration)]
    [InlineData("new patient x", EntryCategory.Registration)]
    [InlineData("log path result x", EntryCategory.PathResult)]
    [InlineData("new consultation x", EntryCategory.Consultation)]
    [InlineData("record home visit x", EntryCategory.HomeVisit)]
    [InlineData("HV x", EntryCategory.HomeVisit)]
    [InlineData("Rx x", EntryCategory.Prescription)]
    [InlineData("repeat request x", EntryCategory.Prescription)]
    [InlineData("log referral x", EntryCategory.Referral)]
    [InlineData("document to scan x", EntryCategory.Document)]
    [InlineData("111: x", EntryCategory.Message111)]
    [InlineData("nhs 111 message x", EntryCategory.Message111)]
    [InlineData("out-of-hours report x", EntryCategory.OohReport)]
    [InlineData("OOH x", EntryCategory.OohReport)]
    [InlineData("cervical screening result x", EntryCategory.Screening)]
    [InlineData("dispensary stock x", EntryCategory.DispensaryStock)]
    [InlineData("log note x", EntryCategory.Other)]
    [InlineData("other x", EntryCategory.Other)]
    public void Parse_TriggerVariants_Category(string text, EntryCategory expected)
    {
        var parsed = EntryParser.Parse(text, Today);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Category);
        Assert.Equal("x", parsed.Text);
    }

    [Theory]
    [InlineData("paper path result x", "x")]
    [InlineData("prescription request x", "x")]
    [InlineData("document to scan x", "x")]
    [InlineData("out of hours report x", "x")]
    [InlineData("111 message x", "x")]
    public void Parse_LongestPhraseWins_NoTriggerWordsLeftInText(string text, string expectedText) =>
        Assert.Equal(expectedText, EntryParser.Parse(text, Today)!.Text);

    [Fact]
    public void All_EveryCategoryHasPhrases_AndEveryPhraseParsesToItsCategory()
    {
        foreach (var category in Enum.GetValues<EntryCategory>())
        {
            var trigger = Assert.Single(EntryTriggers.All, t => t.Category == category);
            Assert.NotEmpty(trigger.Phrases);
            foreach (var phrase in trigger.Phrases)
                Assert.Equal(category, EntryParser.Parse(phrase + " test", Today)?.Category);
        }
    }

    [Fact]
    public void All_NoPhraseBelongsToTwoCategories()
    {
        var phrases = EntryTriggers.All.SelectMany(t => t.Phrases).ToList();
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
