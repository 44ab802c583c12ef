using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Bot.Files;

/// <summary>
/// Turns a file from Core into a Teams file consent card: Teams asks the user where to save it, then tells the bot
/// (fileConsent/invoke) with an upload URL. The card carries only an opaque id; the bytes wait in <see cref="IPendingFileStore"/>.
/// </summary>
internal sealed class FileOffers(IPendingFileStore store, TimeProvider time, ILogger<FileOffers> logger)
{
    public const string Description =
        "Holds patient details. Accept to save it to your OneDrive, then keep it where only the practice can open it.";

    /// <summary>The consent card, or a plain refusal when the file cannot be offered.</summary>
    public (IMessageActivity? Card, string? Refusal) Offer(string userId, FileReply file)
    {
        if (file.Content.Length == 0) return (null, $"{file.FileName} came out empty, so I haven't sent it. Please try again.");
        if (file.Content.Length > IPendingFileStore.MaxBytes)
            return (null, $"{file.FileName} is too large to send in a Teams chat ({Size(file.Content.Length)}). Ask your IT lead to run the export from the command line (see the README).");

        var pending = store.Add(userId, file.FileName, file.ContentType, file.Content, time.GetUtcNow(), file.PracticeId);
        Log.FileOffered(logger, pending.Id, userId, file.Content.Length);
        var context = new JObject { ["fileId"] = pending.Id };
        var card = new FileConsentCard
        {
            Description = Description,
            SizeInBytes = file.Content.Length,
            AcceptContext = context,
            DeclineContext = context.DeepClone(),
        };
        return (MessageFactory.Attachment(new Attachment { ContentType = FileConsentCard.ContentType, Name = file.FileName, Content = card }), null);
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
