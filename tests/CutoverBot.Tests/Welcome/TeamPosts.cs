using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Welcome;

/// <summary>What the bot posted to one conversation since a point in the fake connector's log: texts and cards apart.</summary>
public sealed record TeamPosts(IReadOnlyList<ConnectorCall> Texts, IReadOnlyList<ConnectorCall> Cards)
{
    public static TeamPosts Since(BotFixture bot, int before, string conversationId)
    {
        var posts = bot.CallsSince(before).Where(c => c.IsNewPost && c.ConversationId == conversationId).ToList();
        return new TeamPosts(posts.Where(c => c.Text is not null).ToList(), posts.Where(c => c.Card is not null).ToList());
    }

    /// <summary>The titles of the setup cards among the cards posted.</summary>
    public IReadOnlyList<string?> CardTitles => Cards.Select(c => c.CardText).ToList();
}
