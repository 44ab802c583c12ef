namespace CutoverBot.Core.Kernel;

/// <summary>One typed command, selected by its leading words (Info.Name).</summary>
public interface IChatCommand
{
    CommandInfo Info { get; }

    /// <summary>Handles the command; <paramref name="arguments"/> is the text after the command's words, trimmed.</summary>
    ChatResponse Handle(ChatContext context, string arguments);
}
