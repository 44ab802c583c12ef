using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

public sealed class DateTests
{
    private static readonly DateOnly Today = PhraseTable.Today;

    [Theory]
    [InlineData(48, "1948-02-14")]
    [InlineData(20, "2020-02-14")]
    [InlineData(26, "2026-02-14")]
    [InlineData(0, "2000-02-14")]
    [InlineData(99, "1999-02-14")]
    public void Resolve_TwoDigitYear_MostRecentYearNotAfterToday(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), UkDate.Resolve(14, 2, year, 2, Today));

    [Fact]
    public void Resolve_TwoDigitYearThatWouldBeFuture_GoesBackACentury() =>
        Assert.Equal(new DateOnly(1926, 12, 25), UkDate.Resolve(25, 12, 26, 2, Today));

    [Fact]
    public void Resolve_TwoDigitYearToday_IsThisYear() =>
        Assert.Equal(Today, UkDate.Resolve(26, 11, 26, 2, Today));

    [Theory]
    [InlineData(29, 2, 2024, "2024-02-29")]
    [InlineData(29, 2, 2000, "2000-02-29")]
    [InlineData(29, 2, 2023, null)]
    [InlineData(29, 2, 1900, null)]
    [InlineData(31, 2, 1990, null)]
    [InlineData(31, 4, 1990, null)]
    [InlineData(0, 1, 1990, null)]
    [InlineData(1, 13, 1990, null)]
    [InlineData(1, 1, 1850, null)]
    public void Resolve_FourDigitYear_OnlyRealDays(int day, int month, int year, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), UkDate.Resolve(day, month, year, 4, Today));

    [Fact]
    public void Resolve_LeapDayTwoDigitYear_ResolvesOrRefuses()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), UkDate.Resolve(29, 2, 24, 2, Today));
        Assert.Null(UkDate.Resolve(29, 2, 25, 2, Today));
    }

    [Theory]
    [InlineData(24, 11, "2026-11-24")]
    [InlineData(26, 11, "2026-11-26")]
    [InlineData(27, 11, "2025-11-27")]
    [InlineData(29, 2, "2024-02-29")]
    public void ResolveWithoutYear_MostRecentSuchDay(int day, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), UkDate.ResolveWithoutYear(day, month, Today));

    [Theory]
    [InlineData("log call Ann Lee 03/04/2001", "2001-04-03")]
    [InlineData("log call Ann Lee 3.4.01", "2001-04-03")]
    [InlineData("log call Ann Lee 03-04-2001", "2001-04-03")]
    [InlineData("log call Ann Lee 3 Apr 2001", "2001-04-03")]
    [InlineData("log call Ann Lee 3rd April 2001", "2001-04-03")]
    [InlineData("log call Ann Lee dob 3/4/01", "2001-04-03")]
    [InlineData("log call Ann Lee DOB: 03/04/2001", "2001-04-03")]
    [InlineData("log call Ann Lee d.o.b 3.4.01", "2001-04-03")]
    [InlineData("log call Ann Lee born 3/4/2001", "2001-04-03")]
    [InlineData("log call Ann Lee born on 3/4/2001", "2001-04-03")]
    [InlineData("log call Ann Lee date of birth 3 of April 2001", "2001-04-03")]
    public void Parse_DateOfBirthForms_AlwaysDayFirst(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), EntryParser.Parse(text, Today)!.DateOfBirth);

    [Theory]
    [InlineData("log call Ann Lee 13/13/2001")]
    [InlineData("log call Ann Lee 31/04/2001")]
    [InlineData("log call Ann Lee dob 1/1/2027")]
    [InlineData("log call Ann Lee INR 2.5 on warfarin")]
    [InlineData("log call Ann Lee BP 140/90")]
    public void Parse_NotARealPastDate_NoDateOfBirth(string text) =>
        Assert.Null(EntryParser.Parse(text, Today)!.DateOfBirth);

    [Theory]
    [InlineData("log call Ann Lee 3/4/01 yesterday", "2026-11-25")]
    [InlineData("log call Ann Lee 3/4/01 the day before yesterday", "2026-11-24")]
    [InlineData("log call Ann Lee 3/4/01 this afternoon", "2026-11-26")]
    [InlineData("log call Ann Lee 3/4/01 earlier", "2026-11-26")]
    [InlineData("log call Ann Lee 3/4/01 on Wednesday", "2026-11-25")]
    [InlineData("log call Ann Lee 3/4/01 on Friday", "2026-11-20")]
    [InlineData("log call Ann Lee 3/4/01 last Thursday", "2026-11-19")]
    [InlineData("log call Ann Lee 3/4/01 on 24 Nov", "2026-11-24")]
    [InlineData("log call Ann Lee 3/4/01 received 24/11/2026", "2026-11-24")]
    public void Parse_WhenItHappened_Stated(string text, string expected)
    {
        var parsed = EntryParser.Parse(text, Today)!;
        Assert.Equal(DateOnly.Parse(expected), parsed.OccurredOn);
        Assert.True(parsed.OccurredOnStated);
        Assert.Equal(new DateOnly(2001, 4, 3), parsed.DateOfBirth);
    }

    [Theory]
    [InlineData("log call Ann Lee 3/4/01")]
    [InlineData("log call Ann Lee 3/4/01 on 1/12/2026")]
    [InlineData("log call Ann Lee 3/4/01 tomorrow")]
    public void Parse_NothingOrAFutureDate_TodayNotStated(string text)
    {
        var parsed = EntryParser.Parse(text, Today)!;
        Assert.Equal(Today, parsed.OccurredOn);
        Assert.False(parsed.OccurredOnStated);
    }
}
