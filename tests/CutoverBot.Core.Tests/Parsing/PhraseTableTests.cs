using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

public sealed class PhraseTableTests
{
    public static TheoryData<int, string, string, string, string, string, string, string, string> Phrases => PhraseTable.Rows();

    [Fact]
    public void PhraseTable_HasAtLeastTwoHundredPhrasesAndTenOfEveryKind()
    {
        var rows = PhraseTable.Rows().Select(r => (string)r[2]).ToList();
        Assert.True(rows.Count >= 200, $"only {rows.Count} phrases");
        foreach (var info in EntryCategoryInfo.All)
            Assert.True(rows.Count(r => r == info.Slug) >= 10, $"fewer than ten phrases of {info.Slug}");
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parse_Phrase_ReadsExpectedFields(int line, string text, string category, string name, string dob, string nhs, string ubrn, string occurred, string channel)
    {
        var parsed = EntryParser.Parse(text, PhraseTable.Today);

        Assert.True(parsed is not null, $"line {line}: not recognised as a quick entry");
        Assert.Equal(category, EntryCategoryInfo.For(parsed.Category).Slug);
        Assert.Equal(Value(name), parsed.PatientName);
        Assert.Equal(Date(dob), parsed.DateOfBirth);
        Assert.Equal(nhs == "FAIL" ? null : Value(nhs), parsed.NhsNumber);
        Assert.Equal(nhs == "FAIL", parsed.NhsNumberFailedCheck);
        Assert.Equal(Value(ubrn), parsed.Ubrn);
        Assert.Equal(Date(occurred) ?? PhraseTable.Today, parsed.OccurredOn);
        Assert.Equal(occurred != "-", parsed.OccurredOnStated);
        Assert.Equal(channel == "-" ? null : Enum.Parse<PrescriptionChannel>(channel, ignoreCase: true), parsed.PrescriptionChannel);
    }

    private static string? Value(string field) => field == "-" ? null : field;

    private static DateOnly? Date(string field) => field == "-" ? null : DateOnly.ParseExact(field, "yyyy-MM-dd");
}
