using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CutoverBot.Bot;

/// <summary>
/// The CloudAdapter, fed with an activity the endpoint has already read and checked, and with a turn-error handler
/// that logs no patient data and tells the user plainly that something went wrong.
/// </summary>
internal sealed class CutoverAdapter : CloudAdapter
{
    internal const string Apology =
        "Sorry, something went wrong on my side. If you were logging something, type \"my entries\" to check it was saved, or try again in a minute.";

    private readonly ILogger<CutoverAdapter> _logger;

    // The SDK's own lines ("ProcessActivityAsync", "Sending activity", three or more per turn at Information) go under
    // its own category, which appsettings.json keeps at Warning, instead of under this class's.
    public CutoverAdapter(BotFrameworkAuthentication authentication, ILoggerFactory loggers)
        : base(authentication, loggers.CreateLogger<CloudAdapter>())
    {
        _logger = loggers.CreateLogger<CutoverAdapter>();
        OnTurnError = ApologiseAsync;
    }

    /// <summary>Runs one turn and writes the invoke response, if the turn produced one.</summary>
    public async Task ProcessAsync(Activity activity, string? authHeader, IBot bot, HttpResponse response, CancellationToken cancellationToken)
    {
        var invokeResponse = await ProcessActivityAsync(authHeader ?? "", activity, bot.OnTurnAsync, cancellationToken);
        await InvokeResponseWriter.WriteAsync(response, invokeResponse, cancellationToken);
    }

    private async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        Log.TurnFailed(_logger, activity.Id, activity.Type, activity.Conversation?.Id, exception.GetType().Name);
        try
        {
            if (activity.Type == ActivityTypes.Invoke)
            {
                // Teams shows an invoke's answer to the user; an empty or 5xx answer would only say "something went wrong".
                var body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeAnswers.MessageType, Value = Apology };
                turnContext.TurnState.Set(InvokeAnswers.InvokeResponseKey, new Activity
                {
                    Type = ActivityTypesEx.InvokeResponse,
                    Value = new InvokeResponse { Status = 200, Body = body },
                });
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync(Apology);
            }
        }
        catch (Exception apologyFailure)
        {
            Log.ApologyFailed(_logger, activity.Id, apologyFailure.GetType().Name);
        }
    }
}
