using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.Intake;
using CutoverBot.Core.Entries.Intake.PostgreSql;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests.Entries.Intake;

/// <summary>
/// Teams delivers one message to two instances at once (the first answered too slowly, the copy went to the other
/// instance behind the load balancer): on the shared server exactly one entry is kept, with one reference and one
/// Created record, the other copy saves nothing and throws nothing, and the practice's next entry takes the next number.
/// </summary>
public sealed class RedeliveryAcrossInstancesTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly PostgresDatabase _one = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly PostgresDatabase _two = new(database.ConnectionString, KeyRing.Ephemeral);
    private readonly string _practice = "practice-" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        _one.Dispose();
        _two.Dispose();
    }

    [Fact]
    public async Task SaveEntry_SameMessageOnTwoInstancesAtOnce_OneEntryKeptAndTheCopyAnsweredAsARedelivery()
    {
        var instances = new[] { Intake(_one), Intake(_two) };
        for (var round = 0; round < 20; round++)
        {
            var context = new ChatContext(new ChatUser("29:amy", "Amy Ross"), ConversationKind.Channel, "19:team")
            {
                MessageKey = MessageIntake.KeyOf("19:channel;messageid=" + round, "1700000000" + round),
            };
            using var start = new Barrier(2);
            var saves = instances.Select(intake => Task.Run(() =>
            {
                start.SignalAndWait();
                if (!intake.Begin(context.MessageKey, out _)) return (Began: false, Entry: (Entry?)null);
                try
                {
                    return (Began: true, Entry: intake.SaveEntry(context, Parsed(round), _practice));
                }
                finally
                {
                    intake.Complete(context.MessageKey);
                    intake.End(context.MessageKey);
                }
            })).ToList();
            var results = await Task.WhenAll(saves);

            Assert.True(results.Count(r => r.Entry is not null) == 1,
                $"round {round}: {results.Count(r => r.Entry is not null)} copies of one message were saved as entries");
        }

        var entries = new PostgresEntryStore(_one).ForPractice(_practice).Select(e => e.Reference).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"CALL-{n:D4}"), entries);
        Assert.Equal(20, new PostgresAuditStore(_one).ForPractice(_practice).Count(r => r.Action == AuditAction.Created));
    }

    private MessageIntake Intake(PostgresDatabase db)
    {
        var recorder = new EntryRecorder(new PostgresEntryStore(db), new PostgresAuditStore(db), new PostgresReferenceCounterStore(db), _time);
        return new MessageIntake(new PostgresProcessedMessageStore(db), recorder, _time);
    }

    private static ParsedEntry Parsed(int round) =>
        new() { Category = EntryCategory.Call, OccurredOn = new DateOnly(2027, 3, 2), Text = $"wants to know if the bloods are back ({round})" };
}
