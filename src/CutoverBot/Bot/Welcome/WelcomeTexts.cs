using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;

namespace CutoverBot.Bot.Welcome;

/// <summary>What the bot says when it is added to a team or opened in a personal chat.</summary>
internal static class WelcomeTexts
{
    public const string Team =
        "Hello, I'm CutoverBot. From final data production until go-live, log here everything you put into the old " +
        "clinical system, by mentioning me: for example \"@CutoverBot log call\", \"@CutoverBot new reg\" or " +
        "\"@CutoverBot path result\". I keep patient details out of this channel and send them to you in a personal chat; " +
        "logging in a personal chat with me keeps them out of the channel altogether. Type help to see everything I can do.";

    // Teams shows a blank line between paragraphs of a plain message only when they are separated by two line breaks.
    public const string Personal =
        "Hello, I'm CutoverBot. While your practice moves to its new clinical system, tell me here about anything you " +
        "put into the old system from final data production until go-live, and I'll keep the list for re-entry afterwards." +
        "\n\nTo log your first entry, type what happened and who it was for, for example:\n\n" +
        "log call Margaret Evans 14/02/1948 wants to know if her bloods are back" +
        "\n\nWhat you tell me here stays in this chat: patient details never appear in your practice's channel." +
        "\n\nType help to see everything I can do.";

    /// <summary>The team welcome, for a practice set up before the bot was removed and added back.</summary>
    public static string TeamAgain(Practice practice) =>
        Team + $" I still have this practice's setup (FDP {UkFormat.Date(practice.FdpDate)}, go-live " +
        $"{UkFormat.Date(practice.GoLiveDate)}) and everything logged so far; type setup to change the dates.";
}
