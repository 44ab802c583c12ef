namespace CutoverBot.Core.Kernel;

public enum ConversationKind
{
    Personal,
    Channel,
    GroupChat,
}
