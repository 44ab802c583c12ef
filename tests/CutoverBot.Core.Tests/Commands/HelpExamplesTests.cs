using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Commands;

public sealed class HelpExamplesTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    public static TheoryData<EntryCategory> Kinds() => new(Enum.GetValues<EntryCategory>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void HelpExample_TypedAsShown_SavesThatKindOfEntry(EntryCategory kind)
    {
        var entry = _bot.Log(Personal(Sam), HelpCommand.KindExamples[kind]);

        Assert.Equal(kind, entry.Category);
        Assert.StartsWith(EntryCategoryInfo.For(kind).ReferencePrefix + "-0001", entry.Reference);
    }

    [Fact]
    public void HelpExample_CallWithNameAndDate_IsSavedComplete()
    {
        var entry = _bot.Log(Personal(Sam), HelpCommand.KindExamples[EntryCategory.Call]);

        Assert.Equal("Margaret Evans", entry.Patient.Name);
        Assert.Equal(new DateOnly(1948, 2, 14), entry.Patient.DateOfBirth);
        Assert.Equal(RequiredFields.None, EntryCompleteness.Missing(entry));
    }
}
