using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive.Workbook;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// export: the go-live workbook (XLSX) and the CSV, for the practice manager only, as files in their personal chat
/// (and, where Graph is set up, the channel's Files folder). Both come from one summary, so their counts agree.
/// </summary>
internal sealed class ExportCommand(GoLiveViews views, PracticeResolver resolver, AuditTrail audit, TimeProvider time) : IChatCommand
{
    public static CommandInfo Definition { get; } =
        new("export", "export", "Practice manager: get the go-live workbook (Excel) and the CSV of every entry, sent to your personal chat.");

    public const string ManagerOnly =
        "Only the practice manager can export the go-live workbook, because it holds patient details. Ask your practice manager for a copy.";

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, reply) = GoLivePractice.Resolve(resolver, context, "You work for more than one practice. Choose one, then type export again.");
        if (practice is null) return reply!;
        if (!practice.IsManagedBy(context.User.Id)) return ChatResponse.Say(ManagerOnly);

        var summary = views.SummaryWithDetails(practice);
        var workbook = ExportFiles.Workbook(summary, time.GetUtcNow());
        var csv = ExportFiles.Csv(summary);
        audit.Exported(context.User, practice.Id, Definition.Name, summary.Entries, [workbook.FileName, csv.FileName]);
        var c = summary.Counts;
        var text = $"The go-live workbook for {practice.Name}: {c.Total} entries ({c.Reentered} re-entered, {c.NotNeeded} not needed, {c.Pending} still to re-enter), " +
                   $"a Summary sheet and {summary.Categories.Count} sheet(s), one per kind. The CSV has the same {c.Total} entries. They hold patient details: keep them safe.";
        var audience = context.Kind == ConversationKind.Personal ? Audience.Here : Audience.AuthorPersonal;
        var files = new List<OutgoingMessage>
        {
            new(audience, text) { File = workbook },
            new(audience) { File = csv },
        };
        if (audience == Audience.AuthorPersonal)
            files.Insert(0, OutgoingMessage.Say("I've sent the go-live workbook and the CSV to you in a personal chat, so patient details stay out of here."));
        return new ChatResponse(files);
    }
}
