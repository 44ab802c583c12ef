using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

public sealed class EntryParserTests
{
    private static readonly DateOnly Today = PhraseTable.Today;

    [Fact]
    public void Parse_Text_IsEverythingAfterTheTriggerIncludingTheName()
    {
        var parsed = EntryParser.Parse("<p>Log call:&nbsp; Margaret  Evans 14/02/1948 wants to know if her bloods are back</p>", Today)!;
        Assert.Equal("Margaret Evans 14/02/1948 wants to know if her bloods are back", parsed.Text);
    }

    [Fact]
    public void Parse_TriggerOnly_EmptyTextAndNothingInvented()
    {
        var parsed = EntryParser.Parse("log call", Today)!;
        Assert.Equal("", parsed.Text);
        Assert.Null(parsed.PatientName);
        Assert.Null(parsed.DateOfBirth);
        Assert.Null(parsed.NhsNumber);
        Assert.False(parsed.NhsNumberFailedCheck);
        Assert.Null(parsed.Ubrn);
        Assert.Null(parsed.PrescriptionChannel);
        Assert.Equal(Today, parsed.OccurredOn);
        Assert.False(parsed.OccurredOnStated);
    }

    [Theory]
    [InlineData("log call Margaret Evans 14/2/48 seen by Dr Patel")]
    [InlineData("paper path result FBC normal, seen by Dr Patel")]
    [InlineData("consultation Dr Patel saw her today")]
    public void Parse_DoctorLaterOrLeading_NeverThePatient(string text) =>
        Assert.NotEqual("Patel", EntryParser.Parse(text, Today)!.PatientName?.Split(' ')[^1]);

    [Theory]
    [InlineData("log call Monday Margaret")]
    [InlineData("log call Yesterday Evening")]
    [InlineData("log call Call Back")]
    [InlineData("log call New Patient")]
    [InlineData("log call Today Please")]
    public void Parse_NonNameCapitalisedWords_NoName(string text) => Assert.Null(EntryParser.Parse(text, Today)!.PatientName);

    [Fact]
    public void Parse_ValidNumberBesideFailedOne_KeepsValidWithoutFailureFlag()
    {
        var parsed = EntryParser.Parse("log call 943 476 5918 or 943 476 5919", Today)!;
        Assert.Equal("9434765919", parsed.NhsNumber);
        Assert.False(parsed.NhsNumberFailedCheck);
    }

    [Theory]
    [InlineData("log call 07700 900123")]
    [InlineData("log call 01632 960001")]
    [InlineData("log call 0161 496 0000")]
    [InlineData("log call +44 7700 900123")]
    [InlineData("log call 0001 2345 6789")]
    public void Parse_PhoneNumbersAndUbrns_NotNhsNumbers(string text)
    {
        var parsed = EntryParser.Parse(text, Today)!;
        Assert.Null(parsed.NhsNumber);
        Assert.False(parsed.NhsNumberFailedCheck);
        Assert.Null(parsed.DateOfBirth);
    }

    [Theory]
    [InlineData("prescription by phone", PrescriptionChannel.Phone)]
    [InlineData("prescription phoned in", PrescriptionChannel.Phone)]
    [InlineData("prescription at the desk", PrescriptionChannel.Counter)]
    [InlineData("prescription front desk", PrescriptionChannel.Counter)]
    [InlineData("prescription over the counter", PrescriptionChannel.Counter)]
    [InlineData("prescription online", PrescriptionChannel.Other)]
    [InlineData("prescription letter from care home", PrescriptionChannel.Other)]
    [InlineData("prescription e-mail", PrescriptionChannel.Other)]
    public void Parse_PrescriptionRoute_Channel(string text, PrescriptionChannel expected) =>
        Assert.Equal(expected, EntryParser.Parse(text, Today)!.PrescriptionChannel);

    [Fact]
    public void Parse_ChannelWordsInOtherCategories_NoChannel() =>
        Assert.Null(EntryParser.Parse("log call by phone from pharmacy", Today)!.PrescriptionChannel);

    [Theory]
    [InlineData("1/2/3 943 476 x Ab'-cd 07700 <p ")]
    [InlineData("on 1/2 dob 3/4/1950 yesterday 4 Feb ")]
    public void Parse_VeryLongText_FinishesQuicklyAndKeepsItAll(string repeated)
    {
        var text = "log call Margaret Evans 14/2/48 " + string.Concat(Enumerable.Repeat(repeated, 2_000));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var parsed = EntryParser.Parse(text, Today)!;
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.Equal("Margaret Evans", parsed.PatientName);
        Assert.Equal(text[9..].TrimEnd(), parsed.Text);
    }

    [Fact]
    public void ParsedEntry_ToString_HasNoPatientDetails()
    {
        var parsed = EntryParser.Parse("log call Margaret Evans 14/2/48 943 476 5919", Today)!;
        var shown = parsed.ToString();
        Assert.DoesNotContain("Evans", shown);
        Assert.DoesNotContain("9434765919", shown);
        Assert.DoesNotContain("1948", shown);
    }
}
