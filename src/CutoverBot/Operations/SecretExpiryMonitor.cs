using CutoverBot.Bot;
using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>
/// At start-up and then once a day, logs each client secret that expires within SecretExpiry:WarnDays (a warning, an
/// error once expired): a reminder that does not depend on anyone's calendar, for a log alert to pick up.
/// </summary>
internal sealed class SecretExpiryMonitor(SecretExpiry expiry, IOptions<BotOptions> bot, TimeProvider time, ILogger<SecretExpiryMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!string.IsNullOrEmpty(bot.Value.MicrosoftAppPassword) && !expiry.Configured().Any(s => s.Setting == "MicrosoftAppPassword"))
            OperationsLog.SecretExpiryUnknown(logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            Check();
            try
            {
                await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Check()
    {
        foreach (var (setting, _, expiresOn, daysLeft) in expiry.Due())
        {
            if (daysLeft < 0) OperationsLog.SecretExpired(logger, setting, expiresOn.ToString(SecretExpiry.DateFormat, System.Globalization.CultureInfo.InvariantCulture));
            else OperationsLog.SecretExpiring(logger, setting, expiresOn.ToString(SecretExpiry.DateFormat, System.Globalization.CultureInfo.InvariantCulture), daysLeft);
        }
    }
}
