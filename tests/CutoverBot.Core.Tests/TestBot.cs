using System.Text.Json;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests;

/// <summary>The router over a real in-memory LiteDB, a fake clock and two practices with staff, a guest and a manager.</summary>
internal sealed class TestBot : IDisposable
{
    public const string Riverside = "19:riverside@thread.tacv2";
    public const string Hillview = "19:hillview@thread.tacv2";

    public static readonly ChatUser Sam = new("29:sam", "Sam Reception");
    public static readonly ChatUser Alex = new("29:alex", "Alex Admin");
    public static readonly ChatUser Manager = new("29:manager", "Pat Manager");
    public static readonly ChatUser Guest = new("29:guest", "Ivy ICB");
    public static readonly ChatUser Hilda = new("29:hilda", "Hilda Hillview");
    public static readonly ChatUser Both = new("29:both", "Bo Locum");
    public static readonly ChatUser Nobody = new("29:nobody", "Nat New");

    public TestBot()
    {
        Db = new CutoverDatabase(":memory:");
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 15, 0, TimeSpan.Zero));
        Services = CoreServices.Build(Db, Time);
        Entries = Service<EntryStore>();
        Audit = Service<AuditStore>();
        Practices = Service<PracticeStore>();
        Router = Service<ChatCommandRouter>();
        Shares = Service<CutoverBot.Core.Sharing.ProgressShareStore>();
        AddPractice(Riverside, "Riverside Surgery", Manager, Sam, Alex, Both);
        Practices.UpsertMember(new PracticeMember { PracticeId = Riverside, UserId = Guest.Id, Name = Guest.Name, IsGuest = true });
        AddPractice(Hillview, "Hillview Medical Centre", null, Hilda, Both);
    }

    public CutoverDatabase Db { get; }
    public ServiceProvider Services { get; }

    /// <summary>A service as the container built it (the same instance the router uses).</summary>
    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();
    public FakeTimeProvider Time { get; }
    public EntryStore Entries { get; }
    public AuditStore Audit { get; }
    public PracticeStore Practices { get; }
    public ChatCommandRouter Router { get; }
    public CutoverBot.Core.Sharing.ProgressShareStore Shares { get; }
    public CardRenderer Renderer { get; } = new();

    public void AddPractice(string id, string name, ChatUser? manager, params ChatUser[] staff)
    {
        Practices.Upsert(new Practice { Id = id, Name = name, ManagerUserId = manager?.Id, Active = true });
        foreach (var user in staff.Append(manager).OfType<ChatUser>())
            Practices.UpsertMember(new PracticeMember { PracticeId = id, UserId = user.Id, Name = user.Name });
    }

    public static ChatContext Personal(ChatUser user) => new(user, ConversationKind.Personal, null);

    public static ChatContext Channel(ChatUser user, string teamId = Riverside) => new(user, ConversationKind.Channel, teamId);

    public ChatResponse Say(ChatContext context, string text) => Router.HandleAsync(context, text, CancellationToken.None).GetAwaiter().GetResult();

    public CardActionResult Click(ChatContext context, string verb, object data) =>
        Router.HandleActionAsync(context, verb, JsonSerializer.SerializeToElement(data), CancellationToken.None).GetAwaiter().GetResult();

    public CardActionResult ClickJson(ChatContext context, string verb, string json) =>
        Router.HandleActionAsync(context, verb, JsonDocument.Parse(json).RootElement.Clone(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Everything a message would show: its text and its rendered card (which proves every binding resolves).</summary>
    public string Shown(OutgoingMessage message) => (message.Text ?? "") + (message.Card is null ? "" : Renderer.Render(message.Card));

    public string Shown(ChatResponse response, Audience audience) =>
        string.Concat(response.Messages.Where(m => m.Audience == audience).Select(Shown));

    public Entry Log(ChatContext context, string text)
    {
        var before = Entries.LastByAuthor(context.User.Id);
        Say(context, text);
        var entry = Entries.LastByAuthor(context.User.Id);
        Assert.NotNull(entry);
        Assert.NotEqual(before?.Id, entry.Id);
        return entry;
    }

    public void Dispose()
    {
        Services.Dispose();
        Db.Dispose();
    }
}
