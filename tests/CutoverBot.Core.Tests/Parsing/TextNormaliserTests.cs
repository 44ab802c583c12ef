using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Parsing;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("<p>log call&nbsp;Margaret</p>", "log call Margaret")]
    [InlineData("<div>new reg</div><div>Tomasz</div>", "new reg Tomasz")]
    [InlineData("log call<br>Margaret<br/>Evans", "log call Margaret Evans")]
    [InlineData("<at>CutoverBot</at> log call", "log call")]
    [InlineData("O&#39;Brien &amp; Smith-Jones", "O'Brien & Smith-Jones")]
    [InlineData("O\u2019Brien", "O'Brien")]
    [InlineData("log\u00a0\u00a0call \t\r\n x ", "log call x")]
    [InlineData("log\u200bcall", "logcall")]
    [InlineData("<span style=\"color:red\">urgent</span> call", "urgent call")]
    [InlineData("INR <2 and >4", "INR <2 and >4")]
    [InlineData("a &lt;b&gt; c", "a <b> c")]
    [InlineData("out\u2013of\u2013hours", "out-of-hours")]
    [InlineData("Zoe\u0308", "Zo\u00eb")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_TeamsText_PlainSingleLine(string? input, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Fact]
    public void Normalise_ManyUnclosedTags_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("<p <at ", 20_000));
        var started = System.Diagnostics.Stopwatch.StartNew();
        TextNormaliser.Normalise(text);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }
}
