namespace CutoverBot.Core.Kernel;

public enum Audience
{
    /// <summary>The conversation the message came from.</summary>
    Here,
    /// <summary>The author's personal chat with the bot, the only place patient details may go.</summary>
    AuthorPersonal,
}
