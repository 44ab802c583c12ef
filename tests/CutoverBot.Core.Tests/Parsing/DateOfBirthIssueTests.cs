using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>A date typed as a date of birth that cannot be one is never kept, and never dropped without saying why.</summary>
public sealed class DateOfBirthIssueTests
{
    private static readonly DateOnly Today = PhraseTable.Today;

    [Theory]
    [InlineData("new reg Tariq Aziz 31/02/2020", DateOfBirthIssue.NotADate)]
    [InlineData("call re Sam Green, dob 31/02/1990", DateOfBirthIssue.NotADate)]
    [InlineData("111 msg Owen Ellis 3/4/1850 chest pain", DateOfBirthIssue.NotADate)]
    [InlineData("log call 943 476 5919 30/13/1950", DateOfBirthIssue.NotADate)]
    [InlineData("log call Alice Webb dob 12/12/2031 wants results", DateOfBirthIssue.InFuture)]
    [InlineData("log call Alice Webb 12/12/2031", DateOfBirthIssue.InFuture)]
    [InlineData("log call Amy Ross 1/1/26 on 24/11/2025", DateOfBirthIssue.AfterEvent)]
    [InlineData("new reg baby Lily Evans dob 25/11/2026 seen 20/11/2026", DateOfBirthIssue.AfterEvent)]
    public void Parse_DateOfBirthThatCannotBeOne_IsLeftOutAndTheReasonGiven(string text, DateOfBirthIssue expected)
    {
        var parsed = EntryParser.Parse(text, Today)!;

        Assert.Null(parsed.DateOfBirth);
        Assert.Equal(expected, parsed.DateOfBirthIssue);
    }

    [Theory]
    [InlineData("log call Margaret Evans 14/2/48")]
    [InlineData("log call Margaret Evans 14/2/48 appointment booked for 30/11/2026")]
    [InlineData("log call Margaret Evans wants an appointment on 31/11")]
    [InlineData("log call wants a callback on 3/12/2026")]
    public void Parse_NoDateOfBirthRefused_NoIssue(string text) =>
        Assert.Equal(DateOfBirthIssue.None, EntryParser.Parse(text, Today)!.DateOfBirthIssue);

    [Theory]
    [InlineData("log call Chloe Nguyen 2004-08-17", 2004, 8, 17)]
    [InlineData("new reg dob 1950/03/03 Edna Price", 1950, 3, 3)]
    [InlineData("new reg Edna Price born 1931-2-3", 1931, 2, 3)]
    public void Parse_YearFirstDate_IsReadAsADateOfBirth(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), EntryParser.Parse(text, Today)!.DateOfBirth);
}
