using CutoverBot.Core.Setup;

namespace CutoverBot.Core.Tests.Setup;

public sealed class SetupParsingTests
{
    [Theory]
    [InlineData("14/12/2026", 2026, 12, 14)]
    [InlineData("14 Dec 2026", 2026, 12, 14)]
    [InlineData("14th December 2026", 2026, 12, 14)]
    [InlineData("14.12.26", 2026, 12, 14)]
    [InlineData("4-1-2027", 2027, 1, 4)]
    [InlineData("2026-12-14", 2026, 12, 14)]
    [InlineData("1/3/25", 2025, 3, 1)]
    public void Read_UkDate_DayFirstAndTwoDigitYearsIn2000s(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SetupDateReader.Read(text));

    [Theory]
    [InlineData("31/02/2027")]
    [InlineData("12/14/2026")]
    [InlineData("next tuesday")]
    [InlineData("14/12")]
    [InlineData("14/12-2026")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_NotAFullDate_IsNull(string? text) => Assert.Null(SetupDateReader.Read(text));

    [Theory]
    [InlineData("A81001", "A81001", false)]
    [InlineData(" a81001 ", "A81001", false)]
    [InlineData("Y02345", "Y02345", false)]
    [InlineData("RXH", "RXH", true)]
    [InlineData("81001", "81001", true)]
    [InlineData("ABCDE1234", "ABCDE1234", true)]
    public void Check_OdsCode_AcceptedWithWarningUnlessGpShaped(string text, string code, bool warned)
    {
        var (accepted, warning, error) = OdsCodeCheck.Check(text);

        Assert.Equal(code, accepted);
        Assert.Equal(warned, warning is not null);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("A8100-1")]
    [InlineData("ABCDE12345")]
    [InlineData("A81 001")]
    [InlineData("<script>")]
    public void Check_OdsCodeNotLettersAndDigitsOrTooLong_Refused(string text)
    {
        var (accepted, _, error) = OdsCodeCheck.Check(text);

        Assert.Null(accepted);
        Assert.Contains("letters and digits only", error);
    }

    [Theory]
    [InlineData("FDP 14/12/2026 go-live 21/12/2026", null)]
    [InlineData("fdp 14 Dec 2026 golive 21 Dec 2026 dispensing", true)]
    [InlineData("FDP: 14.12.26 Go Live: 21.12.26 not dispensing", false)]
    [InlineData("FDP 14/12/2026 go-live 21/12/2026 non-dispensing", false)]
    public void Read_TypedSetup_DatesAndDispensing(string arguments, bool? dispensing)
    {
        var (request, error) = SetupTypedForm.Read(arguments);

        Assert.Null(error);
        Assert.Equal(new DateOnly(2026, 12, 14), request!.Fdp);
        Assert.Equal(new DateOnly(2026, 12, 21), request.GoLive);
        Assert.Equal(dispensing, request.IsDispensing);
    }

    [Theory]
    [InlineData("14/12/2026 21/12/2026", "To set the dates, type setup FDP")]
    [InlineData("FDP soon go-live 21/12/2026", "couldn't read the FDP date")]
    [InlineData("FDP 14/12/2026 go-live 32/12/2026", "couldn't read the go-live date")]
    public void Read_TypedSetupNotUnderstood_SaysHow(string arguments, string expected)
    {
        var (request, error) = SetupTypedForm.Read(arguments);

        Assert.Null(request);
        Assert.Contains(expected, error);
    }
}
