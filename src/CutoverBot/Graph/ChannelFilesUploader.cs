using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CutoverBot.Graph;

/// <summary>
/// Puts a file in a channel's Files folder through Microsoft Graph: the channel's filesFolder gives the drive and folder,
/// then a PUT of the content to folder:/name: creates or replaces the file.
/// </summary>
internal sealed class ChannelFilesUploader(IHttpClientFactory httpClients, IAuthenticationProvider authentication, IOptions<GraphOptions> options)
{
    public const string HttpClientName = "graph";

    public async Task<ChannelUploadResult> UploadAsync(string teamGroupId, string channelId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var client = new GraphServiceClient(httpClients.CreateClient(HttpClientName), authentication, options.Value.EffectiveBaseUrl);
        try
        {
            var folder = await client.Teams[teamGroupId].Channels[channelId].FilesFolder.GetAsync(cancellationToken: cancellationToken);
            if (folder?.ParentReference?.DriveId is not { Length: > 0 } driveId || folder.Id is not { Length: > 0 } folderId)
                return ChannelUploadResult.Failed("the channel has no Files folder yet (open its Files tab once in Teams)");

            using var stream = new MemoryStream(content, writable: false);
            var item = await client.Drives[driveId].Items[folderId].ItemWithPath(fileName).Content
                .PutAsync(stream, cancellationToken: cancellationToken);
            return ChannelUploadResult.Done(item?.WebUrl);
        }
        catch (ODataError error)
        {
            return ChannelUploadResult.Failed(Explain(error.ResponseStatusCode));
        }
        catch (ApiException error)
        {
            return ChannelUploadResult.Failed(Explain(error.ResponseStatusCode));
        }
        catch (AuthenticationFailedException)
        {
            return ChannelUploadResult.Failed("the bot could not sign in to Microsoft Graph (check Graph:TenantId, ClientId and ClientSecret)");
        }
        catch (HttpRequestException)
        {
            return ChannelUploadResult.Failed("Microsoft Graph could not be reached");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ChannelUploadResult.Failed("Microsoft Graph took too long to answer");
        }
    }

    private static string Explain(int status) => status switch
    {
        401 or 403 => $"Microsoft Graph refused ({status}): the app registration needs write access to this team's SharePoint site " +
                      "(Sites.Selected with a write grant on the site, and the app's File.Read.Group consent in the team) or Files.ReadWrite.All, " +
                      "with admin consent (docs/security.md, Microsoft Graph)",
        404 => "Microsoft Graph could not find the team or channel (404)",
        _ => $"Microsoft Graph answered {status}",
    };
}
