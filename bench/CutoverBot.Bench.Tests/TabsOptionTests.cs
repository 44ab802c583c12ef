namespace CutoverBot.Bench.Tests;

public sealed class TabsOptionTests
{
    [Fact]
    public void Parse_Tabs_MeasuresOnePracticeOf5000In100000ByDefault()
    {
        var options = BenchOptions.Parse(["--tabs"]);

        Assert.True(options.Tabs);
        Assert.Equal(100_000, options.Scales[^1]);
        Assert.Equal(5_000, options.EntriesPerPractice);
        Assert.False(BenchOptions.Parse([]).Tabs);
    }
}
