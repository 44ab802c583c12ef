using CutoverBot.Core.Kernel;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.MessageActions;

public sealed class MessagePrefillTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static TeamsMessage Message(string html, DateTimeOffset? at = null) =>
        new("1741599000000", "19:a@thread.v2", null, html, at ?? new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Read_RelativeDayInAnOlderMessage_CountedFromTheDayItWasSent()
    {
        var (parsed, _) = MessagePrefill.Read(Message("<p>log call Tomasz Nowak rang yesterday about his sick note</p>",
            new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.Zero)), Today);

        Assert.Equal(new DateOnly(2026, 3, 5), parsed.OccurredOn);
    }

    [Fact]
    public void Read_SentJustBeforeMidnightInBritishSummerTime_TheLondonDay()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London.
        var (parsed, _) = MessagePrefill.Read(Message("log call Tomasz Nowak about his sick note", new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero)),
            new DateOnly(2026, 7, 10));

        Assert.Equal(new DateOnly(2026, 7, 2), parsed.OccurredOn);
    }

    [Fact]
    public void Read_CreatedDateInTheFuture_Today()
    {
        var (parsed, _) = MessagePrefill.Read(Message("log call Tomasz Nowak", new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)), Today);

        Assert.Equal(Today, parsed.OccurredOn);
    }

    [Fact]
    public void Read_NoKindAndNoPatientDetails_WholeTextAsAGuessedNote()
    {
        var (parsed, notices) = MessagePrefill.Read(Message("<p>Fridge temperature was 9 degrees at 8am</p>"), Today);

        Assert.Equal(EntryCategory.Other, parsed.Category);
        Assert.Equal("Fridge temperature was 9 degrees at 8am", parsed.Text);
        Assert.Contains(MessagePrefill.KindGuessedText, notices);
    }

    [Fact]
    public void Read_FailingNhsNumber_NotFilledInAndSaysWhy()
    {
        var (parsed, notices) = MessagePrefill.Read(Message("log call 943 476 5918 asked for a sick note"), Today);

        Assert.Null(parsed.NhsNumber);
        Assert.Contains(MessagePrefill.NhsFailedText, notices);
    }

    [Fact]
    public void Read_TextOverTheLimit_CutAtTheLimitWithoutABrokenCharacter()
    {
        var html = "log call " + new string('a', ChatLimits.MaxMessageLength - 10) + "😀😀😀😀";

        var (parsed, notices) = MessagePrefill.Read(Message(html), Today);

        Assert.True(parsed.Text.Length <= ChatLimits.MaxMessageLength);
        Assert.False(char.IsHighSurrogate(parsed.Text[^1]));
        Assert.Contains(MessagePrefill.CutText, notices);
    }

    [Theory]
    [InlineData("<p>&nbsp;</p><img src=\"x.png\">", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Read_NothingReadable_EmptyFormAndSaysSoOnlyForMarkup(string? html, bool saysNoText)
    {
        var (parsed, notices) = MessagePrefill.Read(html is null ? null : Message(html), Today);

        Assert.Equal("", parsed.Text);
        Assert.Equal(saysNoText, notices.Contains(MessagePrefill.NoTextText));
    }
}
