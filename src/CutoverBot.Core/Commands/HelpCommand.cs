using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Commands;

/// <summary>help: what the bot can do.</summary>
internal sealed class HelpCommand(HelpCatalog catalog) : IChatCommand
{
    public const string Template = "help";

    public static CommandInfo Definition { get; } = new("help", "help", "Show this list.");

    public CommandInfo Info => Definition;

    // One example per kind, in the words staff type; the parser's triggers decide what is recognised.
    private static readonly Dictionary<EntryCategory, string> Examples = new()
    {
        [EntryCategory.Call] = "log call Margaret Evans 14/02/1948 wants to know if her bloods are back",
        [EntryCategory.Registration] = "new reg Tomasz Nowak dob 22 Aug 1990 moved from Leeds, GMS1 in tray",
        [EntryCategory.PathResult] = "path result Sarah Jones 5.6.82 FBC normal, seen by Dr Patel",
        [EntryCategory.Consultation] = "consultation John Smith 3/7/75 BP review",
        [EntryCategory.HomeVisit] = "home visit Edna Price 12/01/1936 chest infection",
        [EntryCategory.Prescription] = "prescription request by phone Alan Reid 9/9/59 repeat inhaler",
        [EntryCategory.Referral] = "referral Priya Shah 30/4/88 UBRN 1234 5678 9012 dermatology",
        [EntryCategory.Document] = "document to scan Ian Cole 2.2.61 discharge letter",
        [EntryCategory.Message111] = "111 message Lucy Hart 17/10/2019 fever overnight",
        [EntryCategory.OohReport] = "ooh report Peter Long 1/1/50 seen at weekend",
        [EntryCategory.Screening] = "screening message Ann Bell 8/8/70 cervical screening result",
        [EntryCategory.DispensaryStock] = "dispensary stock 2 boxes amoxicillin 500mg received",
        [EntryCategory.Other] = "note fax machine out of paper, will resend tomorrow",
    };

    public static IReadOnlyDictionary<EntryCategory, string> KindExamples => Examples;

    /// <summary>The kinds most front desks log every day of the cutover, shown first.</summary>
    public static IReadOnlyList<EntryCategory> DailyKinds { get; } =
        [EntryCategory.Call, EntryCategory.Registration, EntryCategory.PathResult, EntryCategory.Prescription];

    public ChatResponse Handle(ChatContext context, string arguments) => ChatResponse.Show(Card(catalog));

    /// <summary>The help card; the commands used every day first, the rest one button away.</summary>
    public static CardReply Card(HelpCatalog catalog) => new(Template, new HelpCardData(
        "Tell me about anything done in the old system between the final data extract and go-live, and I'll keep it for re-entry. Start a message with the kind of entry, for example:",
        DailyKinds.Select(Kind).ToList(),
        catalog.Daily.Select(Row).ToList(),
        EntryCategoryInfo.All.Select(c => Kind(c.Category)).ToList(),
        [.. catalog.Commands.Select(Row), .. catalog.OtherRows],
        "In a team channel, guests may read what you type. Logging in a personal chat with CutoverBot keeps patient details out of the channel."));

    private static HelpKindRow Kind(EntryCategory category) => new(EntryCategoryInfo.For(category).Label, Examples[category]);

    private static HelpCommandRow Row(CommandInfo command) => new(command.Usage, command.Description);
}
