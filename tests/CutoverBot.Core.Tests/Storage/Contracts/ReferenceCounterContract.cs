using System.Collections.Concurrent;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>References (CALL-0007) on every engine: per practice and prefix, unique and gap-free under concurrent saves.</summary>
public abstract class ReferenceCounterContract(StoreEngine engine) : IDisposable
{
    // Each test its own practices: the engine's database is shared by the class.
    private readonly string _a = "practice-a-" + Guid.NewGuid().ToString("N");
    private readonly string _b = "practice-b-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    [Fact]
    public void NextReference_CountsPerPracticeAndPrefix()
    {
        var counters = engine.Counters();

        Assert.Equal("CALL-0001", counters.NextReference(_a, "CALL"));
        Assert.Equal("CALL-0002", counters.NextReference(_a, "CALL"));
        Assert.Equal("REG-0001", counters.NextReference(_a, "REG"));
        Assert.Equal("CALL-0001", counters.NextReference(_b, "CALL"));
    }

    [Fact]
    public void Next_TwoInstancesDrawingAtOnce_UniqueAndGapFree()
    {
        var instances = new[] { engine.Counters(), engine.CountersOfAnotherInstance() };
        var numbers = new ConcurrentBag<int>();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => numbers.Add(instances[i % 2].Next(_a, "CALL")));

        Assert.True(Enumerable.Range(1, 400).SequenceEqual(numbers.Order()),
            $"{engine.Name}: 400 concurrent draws gave {numbers.Distinct().Count()} distinct numbers up to {numbers.Max()}");
    }
}

public sealed class ReferenceCounterOnLiteDbTests() : ReferenceCounterContract(new LiteDbEngine());

public sealed class ReferenceCounterOnPostgreSqlTests(PostgresTestDatabase database)
    : ReferenceCounterContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
