using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CutoverBot.Core.Tests.Parsing;

/// <summary>
/// The seed a property test starts from, so a failure found once can be replayed. CUTOVERBOT_SEED (or CsCheck's own
/// CsCheck_Seed) gives it; otherwise a fresh one is drawn. It is printed either way; the first case is generated from
/// it and the rest at random, as CsCheck does. A failure names the seed of its smallest failing case:
/// <c>CUTOVERBOT_SEED=&lt;seed&gt; dotnet test tests/CutoverBot.Core.Tests --filter &lt;test&gt;</c> runs that case first.
/// </summary>
internal static partial class PropertySeed
{
    public const string Variable = "CUTOVERBOT_SEED";

    /// <summary>The seed given in the environment, checked; null when none is.</summary>
    public static string? Given
    {
        get
        {
            var given = Environment.GetEnvironmentVariable(Variable)?.Trim();
            if (string.IsNullOrEmpty(given)) return Check.Seed;
            try
            {
                return PCG.Parse(given).ToString();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new ArgumentException($"{Variable}={given} is not a seed: use one a failing property test printed, like {Fresh()}.", e);
            }
        }
    }

    /// <summary>Runs <paramref name="property"/> with the seed (given or fresh) after printing it; a failure says how to replay it.</summary>
    public static void Run(ITestOutputHelper output, Action<string> property) => Run(output, property, Given);

    /// <summary>The same with the seed given here rather than by the environment (for the tests of this plumbing).</summary>
    public static void Run(ITestOutputHelper output, Action<string> property, string? given)
    {
        var seed = given ?? Fresh();
        output.WriteLine($"{Variable}={seed} ({(given is null ? "fresh" : "given")})");
        try
        {
            property(seed);
        }
        catch (CsCheckException e)
        {
            var failing = FailingSeed().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : seed;
            throw new XunitException($"Property failed. Replay it with {Variable}={failing} (this run started from {seed}).{Environment.NewLine}{e.Message}", e);
        }
    }

    /// <summary>A new seed in CsCheck's printed form.</summary>
    public static string Fresh() => new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();

    [GeneratedRegex("""Set seed: "([0-9A-Za-z_-]+)" """)]
    private static partial Regex FailingSeed();
}
