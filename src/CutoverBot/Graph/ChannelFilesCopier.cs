using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Options;

namespace CutoverBot.Graph;

/// <summary>
/// Copies the channel copies of exported files (never the ones with patient details) to the practice channel's Files when Microsoft Graph is set up, and says what happened in one
/// plain sentence for the person who exported. Without Graph it says so once per practice, then stays quiet.
/// </summary>
internal sealed class ChannelFilesCopier(
    IOptions<GraphOptions> options,
    ChannelFilesUploader uploader,
    IChannelFilesNoticeStore notices,
    IPracticeStore practices,
    TimeProvider time,
    ILogger<ChannelFilesCopier> logger)
{
    public const string NotSetUp =
        "The workbook was not copied to the channel's Files because Microsoft Graph is not set up; see README (\"Microsoft Graph\"). You still have it here.";

    /// <summary>What to tell the person who exported, or null when there is nothing to say.</summary>
    public async Task<string?> CopyAsync(ITurnContext turnContext, IReadOnlyList<FileReply> files, CancellationToken cancellationToken)
    {
        var practiceId = files.Select(f => f.PracticeId).FirstOrDefault(id => !string.IsNullOrEmpty(id));
        if (practiceId is null || practices.Find(practiceId) is not { Active: true } practice) return null;
        if (!options.Value.IsConfigured) return notices.FirstTime(practice.Id, time.GetUtcNow()) ? NotSetUp : null;

        var groupId = practice.AadGroupId ?? await LookUpGroupIdAsync(turnContext, practice, cancellationToken);
        if (groupId is null)
        {
            Log.ChannelFilesFailed(logger, practice.Id, "no group id");
            return "I couldn't copy the workbook to the channel's Files: Teams hasn't told me the team's Microsoft 365 group yet. You still have it here; try export again later.";
        }

        var copied = new List<string>();
        foreach (var file in files.Where(f => f.PracticeId == practice.Id))
        {
            var result = await uploader.UploadAsync(groupId, practice.ChannelId, file.FileName, file.Content, cancellationToken);
            if (!result.Uploaded)
            {
                Log.ChannelFilesFailed(logger, practice.Id, result.Problem ?? "unknown");
                var done = copied.Count > 0 ? $" ({string.Join(" and ", copied)} did go there)" : "";
                return $"I couldn't copy {file.FileName} to the channel's Files: {result.Problem}{done}. You still have the files here. Your IT lead can check the Microsoft Graph set-up (see README).";
            }
            copied.Add(file.FileName);
        }
        if (copied.Count == 0) return null;
        Log.ChannelFilesCopied(logger, copied.Count, practice.Id);
        return $"I've also saved {string.Join(" and ", copied)} to the Files tab of the practice channel, where the practice's team can open {(copied.Count == 1 ? "it" : "them")}.";
    }

    /// <summary>Practices installed before the group id was captured: ask Teams for the team's details once, and keep the answer.</summary>
    private async Task<string?> LookUpGroupIdAsync(ITurnContext turnContext, Practice practice, CancellationToken cancellationToken)
    {
        try
        {
            var details = await TeamsInfo.GetTeamDetailsAsync(turnContext, practice.Id, cancellationToken);
            if (details?.AadGroupId is not { Length: > 0 } groupId) return null;
            practice.AadGroupId = groupId;
            practices.Upsert(practice);
            return groupId;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChannelFilesFailed(logger, practice.Id, "team details: " + ex.GetType().Name);
            return null;
        }
    }
}
