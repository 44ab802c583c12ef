using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("4010232137")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("7074833789")]
    public void IsValid_CorrectCheckDigit_True(string value) => Assert.True(NhsNumber.IsValid(value));

    [Theory]
    [InlineData("9434765918")] // check digit should be 9
    [InlineData("4010232138")] // check digit should be 7
    [InlineData("4000000080")] // first nine digits give a check of 10: no valid number
    [InlineData("4000000089")]
    [InlineData("943476591")]  // nine digits
    [InlineData("94347659190")] // eleven digits
    [InlineData("943 476 591X")]
    [InlineData("1111111111")] // passes the arithmetic, never issued
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongCheckDigitOrLength_False(string? value) => Assert.False(NhsNumber.IsValid(value));

    [Fact]
    public void TryParse_SpacedValidNumber_ReturnsTenDigits()
    {
        Assert.True(NhsNumber.TryParse(" 943 476 5919 ", out var digits));
        Assert.Equal("9434765919", digits);
    }

    [Fact]
    public void TryParse_FailedCheck_ReturnsFalseAndNoDigits()
    {
        Assert.False(NhsNumber.TryParse("943 476 5918", out var digits));
        Assert.Equal("", digits);
    }

    [Theory]
    [InlineData("943-476-5919", "9434765919")]
    [InlineData("9434765918", "9434765918")]
    [InlineData("94347659", null)]
    [InlineData("943/476/5919", null)]
    public void Normalise_TypedForms_TenDigitsOrNull(string value, string? expected) => Assert.Equal(expected, NhsNumber.Normalise(value));

    [Fact]
    public void Format_TenDigits_GroupsThreeThreeFour() => Assert.Equal("943 476 5919", NhsNumber.Format("9434765919"));

    [Fact]
    public void Format_NotTenDigits_ThrowsWithoutRepeatingTheValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => NhsNumber.Format("12345"));
        Assert.DoesNotContain("12345", ex.Message);
    }
}
