using Microsoft.Extensions.Options;

namespace CutoverBot.Bot;

/// <summary>Stops start-up with a message a practice's IT lead can act on when the bot's Azure registration is not configured.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsAnonymous)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "MicrosoftAppId is not set. Without it the bot would accept messages from anyone, which is only allowed " +
                    "when ASPNETCORE_ENVIRONMENT is Development (local testing). Set MicrosoftAppId, MicrosoftAppPassword, " +
                    "MicrosoftAppType and MicrosoftAppTenantId to the values of the bot's Azure Bot registration.");
        }

        var failures = new List<string>();
        var type = options.MicrosoftAppType?.Trim();
        if (!string.IsNullOrEmpty(type) && !IsOneOf(type, "MultiTenant", "SingleTenant", "UserAssignedMSI"))
        {
            failures.Add($"MicrosoftAppType is '{type}'. Use MultiTenant, SingleTenant or UserAssignedMSI, as shown on the bot's Azure Bot registration.");
        }
        if (!IsOneOf(type, "UserAssignedMSI") && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is not set. Set it to the client secret of the bot's app registration (keep it in an environment variable or user-secrets, never in a committed file).");
        }
        if (IsOneOf(type, "SingleTenant", "UserAssignedMSI") && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is not set. A {type} bot needs the Directory (tenant) ID of the organisation it belongs to.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOneOf(string? value, params string[] allowed) =>
        value is not null && allowed.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
}
