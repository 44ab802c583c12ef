using CutoverBot.Core.Checklist;
using CutoverBot.Core.Checklist.PostgreSql;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.Intake;
using CutoverBot.Core.Entries.Intake.PostgreSql;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.MessageActions.PostgreSql;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Sharing;
using CutoverBot.Core.Sharing.PostgreSql;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests.Storage.PostgreSql;

/// <summary>
/// Core wired as the host wires it for PostgreSQL (AddPostgreSqlStores before the features): every seam is the
/// PostgreSQL store, and what staff type lands on the server, none of it in the LiteDB file beside it.
/// </summary>
public sealed class PostgreSqlWiringTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private const string Team = "19:riverside@thread.tacv2";
    private static readonly ChatUser Sam = new("29:sam", "Sam Reception");

    // Still registered: the post log has no PostgreSQL store in this branch. Nothing asserted here may land in it.
    private readonly CutoverDatabase _lite = new(":memory:");
    private readonly PostgresDatabase _pg = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 15, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _pg.Dispose();
        _lite.Dispose();
    }

    public static TheoryData<Type, Type> Seams => new()
    {
        { typeof(IEntryStore), typeof(PostgresEntryStore) },
        { typeof(IAuditStore), typeof(PostgresAuditStore) },
        { typeof(IReferenceCounterStore), typeof(PostgresReferenceCounterStore) },
        { typeof(IProcessedMessageStore), typeof(PostgresProcessedMessageStore) },
        { typeof(IPracticeStore), typeof(PostgresPracticeStore) },
        { typeof(IChecklistTickStore), typeof(PostgresChecklistTickStore) },
        { typeof(IMessageSourceStore), typeof(PostgresMessageSourceStore) },
        { typeof(IProgressShareStore), typeof(PostgresProgressShareStore) },
    };

    [Theory]
    [MemberData(nameof(Seams))]
    public void AddPostgreSqlStores_EverySeam_IsThePostgreSqlStore(Type seam, Type expected)
    {
        using var services = Build();

        Assert.IsType(expected, services.GetRequiredService(seam));
    }

    [Fact]
    public async Task TypedEntryAndTick_LandOnTheServer_NotInTheLiteDbFile()
    {
        using var services = Build();
        var practices = services.GetRequiredService<IPracticeStore>();
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        practices.Upsert(new Practice { Id = Team, Name = "Riverside Surgery", FdpDate = today.AddDays(7), GoLiveDate = today.AddDays(14), SetUpOn = today.AddDays(-30) });
        practices.UpsertMember(new PracticeMember { PracticeId = Team, UserId = Sam.Id, Name = Sam.Name });
        var task = services.GetRequiredService<CutoverCatalog>().Tasks
            .First(t => !t.Daily && !t.DispensingOnly && t.RunsOn(CutoverCalendar.DatesOf(practices.Find(Team)!)!, today));
        var router = services.GetRequiredService<ChatCommandRouter>();

        await router.HandleAsync(new ChatContext(Sam, ConversationKind.Channel, Team), "log call Margaret Evans 14/02/1948 wants her bloods", CancellationToken.None);
        var done = await router.HandleAsync(new ChatContext(Sam, ConversationKind.Channel, Team), "done " + task.Id, CancellationToken.None);

        var entry = Assert.Single(new PostgresEntryStore(_pg).ForPractice(Team));
        Assert.Equal(("CALL-0001", "Margaret Evans"), (entry.Reference, entry.Patient.Name));
        Assert.Contains(new PostgresAuditStore(_pg).ForEntry(entry.Id), r => r.Action == AuditAction.Created);
        Assert.True(new PostgresChecklistTickStore(_pg, _time).Find(Team, task.Id) is { ByName: "Sam Reception" }, string.Concat(done.Messages.Select(m => m.Text)));
        Assert.DoesNotContain(_lite.Database.GetCollectionNames(), name => name != "morning_posts" && name != "morning_plans" && _lite.Database.GetCollection(name).Count() > 0);
    }

    private ServiceProvider Build() => CoreServices.Build(_lite, _time, services => services.AddSingleton(_pg).AddPostgreSqlStores());
}
