namespace CutoverBot.Core.Commands;

public enum ConversationKind
{
    Personal,
    Channel,
    GroupChat,
}
