using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>A message that carries patient details is never turned away for want of a start word.</summary>
public sealed class EntryParserGuessTests
{
    private static readonly DateOnly Today = PhraseTable.Today;

    [Theory]
    [InlineData("callback Margaret Evans 14/2/48", EntryCategory.Call)]
    [InlineData("please log call Margaret Evans 14/2/48", EntryCategory.Call)]
    [InlineData("Margaret Evans 14/2/48 home visit please", EntryCategory.HomeVisit)]
    [InlineData("EVANS, Margaret 14/2/48 discharge letter came", EntryCategory.Document)]
    [InlineData("943 476 5919 wants her inhaler on repeat", EntryCategory.Prescription)]
    [InlineData("Margaret Evans dob 14/2/48 left her glasses", EntryCategory.Other)]
    [InlineData("sorry forgot this one: dob 14/02/1948, husband dropped the form in", EntryCategory.Other)]
    public void Parse_NoStartWordButPatientDetails_KeptWholeWithTheKindGuessed(string text, EntryCategory expected)
    {
        var parsed = EntryParser.Parse(text, Today);

        Assert.NotNull(parsed);
        Assert.True(parsed.KindGuessed);
        Assert.Equal(expected, parsed.Category);
        Assert.Equal(TextNormaliser.Normalise(text), parsed.Text);
    }

    [Fact]
    public void Parse_NoStartWord_ReadsTheDetailsAsAnyEntry()
    {
        var parsed = EntryParser.Parse("Margaret Hughes 14/5/1950 943 476 5919 rang yesterday", Today)!;

        Assert.Equal("Margaret Hughes", parsed.PatientName);
        Assert.Equal(new DateOnly(1950, 5, 14), parsed.DateOfBirth);
        Assert.Equal("9434765919", parsed.NhsNumber);
        Assert.Equal(Today.AddDays(-1), parsed.OccurredOn);
    }

    [Theory]
    [InlineData("thanks Margaret Evans")]
    [InlineData("Margaret Evans is on leave on 3/12/2026")]
    [InlineData("meeting moved to 1/12/2026 at 2pm")]
    [InlineData("the fridge was 9.1 this morning")]
    [InlineData("Sarah Jones will cover reception")]
    public void Parse_NoStartWordAndNothingOnlyAPatientRecordHolds_ReturnsNull(string text) =>
        Assert.Null(EntryParser.Parse(text, Today));

    [Fact]
    public void Parse_StartWord_KindIsNotGuessed() => Assert.False(EntryParser.Parse("rang re Margaret Evans 14/2/48", Today)!.KindGuessed);
}
