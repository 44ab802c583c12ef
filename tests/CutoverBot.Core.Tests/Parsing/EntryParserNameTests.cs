using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>Where the patient's name is, and who is not the patient, whatever the order staff type things in.</summary>
public sealed class EntryParserNameTests
{
    private static readonly DateOnly Today = PhraseTable.Today;

    private static string? Name(string text) => EntryParser.Parse(text, Today)!.PatientName;

    [Theory]
    [InlineData("home visit request for Edna Price 3/2/1930", "Edna Price")]
    [InlineData("rx request from the pharmacy re Edna Price 3/2/1930", "Edna Price")]
    [InlineData("referral ubrn 1234 5678 9012 for Edna Price 3/2/1930", "Edna Price")]
    [InlineData("discharge summary from the hospital for Edna Price", "Edna Price")]
    [InlineData("out of hours report last night Edna Price seen for UTI", "Edna Price")]
    [InlineData("log call yesterday afternoon Edna Price wants callback", "Edna Price")]
    [InlineData("consultation Dr Rees saw Mr Ifor Evans 2/11/1948", "Ifor Evans")]
    [InlineData("new reg dob 1/2/2003 Marcus Webb", "Marcus Webb")]
    [InlineData("new reg PRICE, Edna 3/2/1930", "Edna Price")]
    [InlineData("new reg Price, Edna 3/2/1930", "Edna Price")]
    [InlineData("new reg MRS PRICE Edna 3/2/1930", "Edna Price")]
    [InlineData("document to scan discharge letter for Paul Hart 2/2/52", "Paul Hart")]
    public void Parse_NameAfterOtherWords_IsFound(string text, string expected) => Assert.Equal(expected, Name(text));

    [Theory]
    [InlineData("log call seen by Dr Patel yesterday")]
    [InlineData("log call seen by Sarah Jones yesterday")]
    [InlineData("referral to Mr Patel for a second opinion")]
    [InlineData("prescription from Boots Pharmacy, 2 items")]
    [InlineData("scan letter from Royal Infirmary")]
    [InlineData("letter from Mr Khan consultant urologist")]
    [InlineData("log call Mrs Patel's daughter rang re appointment")]
    [InlineData("note Supplier Engineer Visit Booked For Monday")]
    public void Parse_SomeoneOtherThanThePatient_IsNotTheName(string text) => Assert.Null(Name(text));

    [Theory]
    [InlineData("log call wants bloods checked 14/2/48")]
    [InlineData("log call results from practices dob 14/2/48")]
    [InlineData("path result came back, was high 943 476 5919")]
    public void Parse_LowerCaseWordsBeforeADateOfBirthWithoutAClearStart_AreNotAName(string text) => Assert.Null(Name(text));

    [Theory]
    [InlineData("click dob 31/02/2099 nhs 123 456 7890")]
    [InlineData("note fridge checked 943 476 5919")]
    public void Parse_LowerCaseWordsWithoutAStartWordOrInANote_NeedATitleOrMarker(string text) => Assert.Null(EntryParser.Parse(text, Today)?.PatientName);

    [Fact]
    public void Parse_LowerCaseNameInANoteAfterAMarker_IsFound() =>
        Assert.Equal("Margaret Evans", Name("note for margaret evans 14/2/48 left her glasses"));

    [Fact]
    public void Parse_PatientAndClinicianBothNamed_PatientWins()
    {
        Assert.Equal("Jade Thompson", Name("consult: Dr Evans saw Jade Thompson yesterday"));
        Assert.Equal("Ronald Fox", Name("referral to Mr Khan (urology) for Ronald Fox"));
        Assert.Equal("John Brown", Name("clinic letter from Mr Khan re John Brown"));
    }

    [Fact]
    public void Parse_CapitalisedWordAndACommaBeforeAFullName_IsNotTakenForASurname() =>
        Assert.Equal("Jennifer Moss", Name("log call Dizzy, Jennifer Moss 30/6/1992 wants a callback"));

    [Fact]
    public void Parse_ManyCapitalisedWordsInALongPaste_StillFindsTheMarkedName()
    {
        var text = "log call " + string.Concat(Enumerable.Repeat("Blue Sky Thinking ", 30)) + "re Edna Price 3/2/1930";

        Assert.Equal("Edna Price", Name(text));
    }
}
