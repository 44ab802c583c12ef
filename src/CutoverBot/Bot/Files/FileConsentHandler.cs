using System.Net.Http.Headers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot.Files;

/// <summary>
/// The user's answer to a file consent card. Accept: the bytes go to the upload URL Teams gave (the user's OneDrive),
/// the user gets a file card, and the consent card says what happened. Decline: the bytes are deleted and we say so.
/// </summary>
internal sealed class FileConsentHandler(IPendingFileStore store, IHttpClientFactory httpClients, TimeProvider time, ILogger<FileConsentHandler> logger)
{
    public const string HttpClientName = "file-upload";
    public const string Gone = "That file is no longer waiting (files wait for a day, and each can be saved once). Type export to get a fresh copy.";

    public async Task AcceptAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var userId = turnContext.Activity.From?.Id ?? "";
        var file = Take(response, userId);
        if (file is null)
        {
            Log.FileConsent(logger, "accept", userId, "gone");
            await turnContext.SendActivityAsync(Gone, cancellationToken: cancellationToken);
            return;
        }
        var upload = response.UploadInfo;
        if (!IsUploadUrl(upload?.UploadUrl, out var uploadUrl))
        {
            Log.FileConsent(logger, "accept", userId, "bad upload url");
            await turnContext.SendActivityAsync($"Teams didn't give me a place to save {file.FileName}. Type export to try again.", cancellationToken: cancellationToken);
            return;
        }

        var status = await PutAsync(uploadUrl, file.Content, cancellationToken);
        Log.FileConsent(logger, "accept", userId, status);
        if (status != "uploaded")
        {
            await turnContext.SendActivityAsync($"I couldn't save {file.FileName} to your OneDrive ({status}). Type export to try again.", cancellationToken: cancellationToken);
            return;
        }

        var info = MessageFactory.Attachment(new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = upload!.ContentUrl,
            Name = upload.Name ?? file.FileName,
            Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
        });
        await turnContext.SendActivityAsync(info, cancellationToken);
        await ReplaceConsentCardAsync(turnContext, $"Saved {upload.Name ?? file.FileName} to your OneDrive.", cancellationToken);
    }

    public async Task DeclineAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var userId = turnContext.Activity.From?.Id ?? "";
        var file = Take(response, userId);
        Log.FileConsent(logger, "decline", userId, file is null ? "gone" : "deleted");
        var name = file?.FileName ?? "the file";
        await ReplaceConsentCardAsync(turnContext, $"You declined {name}.", cancellationToken);
        await turnContext.SendActivityAsync($"OK, I haven't saved {name}, and I've deleted my copy. Type export whenever you want it.", cancellationToken: cancellationToken);
    }

    private PendingFile? Take(FileConsentCardResponse response, string userId) =>
        (response.Context as JObject)?["fileId"] is JValue { Type: JTokenType.String } id && (string?)id is { Length: > 0 and <= 64 } fileId
            ? store.Take(fileId, userId, time.GetUtcNow())
            : null;

    private async Task<string> PutAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = body };
        try
        {
            using var result = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return result.IsSuccessStatusCode ? "uploaded" : $"OneDrive answered {(int)result.StatusCode}";
        }
        catch (HttpRequestException)
        {
            return "OneDrive could not be reached";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "OneDrive took too long to answer";
        }
    }

    /// <summary>Only an absolute https URL (or http to this machine, for local testing) from Teams is written to.</summary>
    private static bool IsUploadUrl(string? url, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed)) return false;
        uri = parsed;
        return parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback);
    }

    private static async Task ReplaceConsentCardAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turnContext.Activity.ReplyToId)) return;
        var update = MessageFactory.Text(text);
        update.Id = turnContext.Activity.ReplyToId;
        try
        {
            await turnContext.UpdateActivityAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The consent card staying as it was is cosmetic; the user has the answer in the next message.
        }
    }
}
