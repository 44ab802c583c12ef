namespace CutoverBot.Bot.Throttling;

internal enum ThrottleVerdict
{
    Allowed,
    UserOverLimit,
    ConversationOverLimit,
}
