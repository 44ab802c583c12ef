using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>A property failure can be replayed: the seed is printed, and the one a failure names brings back its case.</summary>
public sealed class PropertySeedTests
{
    // Fails for any number from 500 up; CsCheck shrinks towards 500.
    private static readonly Gen<int> Numbers = Gen.Int[0, 1_000_000];

    private static void Property(string seed) => Numbers.Sample(n => n < 500, seed: seed, iter: 2_000, threads: 1);

    [Fact]
    public void Run_PropertyFails_NamesASeedThatReplaysTheFailingCaseFirst()
    {
        var output = new Lines();

        var failure = Assert.Throws<XunitException>(() => PropertySeed.Run(output, Property, given: null));

        Assert.Matches("^CUTOVERBOT_SEED=[0-9A-Za-z_-]+ \\(fresh\\)$", Assert.Single(output.Written));
        var replay = System.Text.RegularExpressions.Regex.Match(failure.Message, "Replay it with CUTOVERBOT_SEED=([0-9A-Za-z_-]+)").Groups[1].Value;
        var failingCase = Numbers.Generate(PCG.Parse(replay), null, out _);
        Assert.True(failingCase >= 500, $"the named seed gives {failingCase}, which passes");
        Assert.Contains(failingCase.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message);
    }

    [Fact]
    public void Run_SeedGiven_PrintedAndItsCaseRunFirst()
    {
        var output = new Lines();
        var seed = PropertySeed.Fresh();
        var first = Numbers.Generate(PCG.Parse(seed), null, out _);
        var seen = new List<int>();

        PropertySeed.Run(output, s => Numbers.Sample(n => seen.Add(n), seed: s, iter: 5, threads: 1), seed);

        Assert.Equal($"CUTOVERBOT_SEED={seed} (given)", Assert.Single(output.Written));
        Assert.Equal(first, seen[0]);
    }

    [Fact]
    public void Fresh_TwoDraws_AreSeedsCsCheckReadsAndDiffer()
    {
        var a = PropertySeed.Fresh();
        var b = PropertySeed.Fresh();

        Assert.NotEqual(a, b);
        Assert.Equal(a, PCG.Parse(a).ToString());
    }

    private sealed class Lines : ITestOutputHelper
    {
        public List<string> Written { get; } = [];

        public void WriteLine(string message) => Written.Add(message);

        public void WriteLine(string format, params object[] args) => Written.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
