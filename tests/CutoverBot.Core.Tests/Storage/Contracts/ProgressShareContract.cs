using System.Collections.Concurrent;
using CutoverBot.Core.Sharing;
using CutoverBot.Core.Sharing.PostgreSql;
using CutoverBot.Tests.Postgres;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>Progress shares on every engine: a share is added once, even by two instances at once, and found from both sides.</summary>
public abstract class ProgressShareContract(StoreEngine engine) : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _practice = "19:practice-" + Guid.NewGuid().ToString("N");
    private readonly string _icb = "19:icb-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    private IProgressShareStore Store() => engine.Make<IProgressShareStore>(db => new ProgressShareStore(db), pg => new PostgresProgressShareStore(pg));

    [Fact]
    public void Add_ThenAgain_SecondRefusedAndFoundFromBothSides()
    {
        var shares = Store();

        Assert.True(shares.Add(Share(_practice, _icb)));
        Assert.False(shares.Add(Share(_practice, _icb)), $"{engine.Name}: the same share was added twice");
        Assert.True(shares.Add(Share(_practice, _icb + "-partner")));

        var by = Assert.Single(shares.SharedBy(_practice), s => s.TeamId == _icb);
        Assert.Equal((ProgressShare.KeyFor(_practice, _icb), "29:pat", "Pat Manager", Noon), (by.Id, by.SharedById, by.SharedByName, by.SharedAt));
        Assert.Equal([_practice], shares.SharedWith(_icb).Select(s => s.PracticeId));
        Assert.Equal(2, shares.SharedBy(_practice).Count);
    }

    [Fact]
    public void Remove_OnlyThatShare_FalseWhenNone()
    {
        var shares = Store();
        shares.Add(Share(_practice, _icb));
        shares.Add(Share(_practice + "-other", _icb));

        Assert.True(shares.Remove(_practice, _icb));
        Assert.False(shares.Remove(_practice, _icb));

        Assert.Empty(shares.SharedBy(_practice));
        Assert.Equal([_practice + "-other"], shares.SharedWith(_icb).Select(s => s.PracticeId));
    }

    [Fact]
    public void Add_TwoInstancesAtOnce_ExactlyOneIsTold_Added()
    {
        var instances = new[] { Store(), engine.MakeOnAnotherInstance<IProgressShareStore>(db => new ProgressShareStore(db), pg => new PostgresProgressShareStore(pg)) };
        var added = new ConcurrentBag<string>();

        // 30 teams, each shared by both instances at the same moment.
        Race.TwoInstances(30, (instance, round) =>
        {
            if (instances[instance].Add(Share(_practice, $"{_icb}-{round}"))) added.Add($"{_icb}-{round}");
        });

        Assert.True(added.Count == 30 && added.Distinct().Count() == 30, $"{engine.Name}: {added.Count} adds reported for 30 teams");
        Assert.Equal(30, instances[0].SharedBy(_practice).Count);
    }

    private static ProgressShare Share(string practice, string team) =>
        new() { PracticeId = practice, TeamId = team, SharedById = "29:pat", SharedByName = "Pat Manager", SharedAt = Noon };
}

public sealed class ProgressShareOnLiteDbTests() : ProgressShareContract(new LiteDbEngine());

public sealed class ProgressShareOnPostgreSqlTests(PostgresTestDatabase database)
    : ProgressShareContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;
