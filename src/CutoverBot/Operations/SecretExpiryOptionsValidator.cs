using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>Refuses an expiry date the bot cannot read, naming the setting and the format, rather than warning about nothing.</summary>
internal sealed class SecretExpiryOptionsValidator : IValidateOptions<SecretExpiryOptions>
{
    public ValidateOptionsResult Validate(string? name, SecretExpiryOptions options)
    {
        var problems = new List<string>();
        Check(problems, nameof(options.MicrosoftAppPassword), options.MicrosoftAppPassword);
        Check(problems, nameof(options.GraphClientSecret), options.GraphClientSecret);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(List<string> problems, string setting, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || SecretExpiry.Parse(value) is not null) return;
        problems.Add($"{SecretExpiryOptions.Section}:{setting} must be the secret's expiry date written {SecretExpiry.DateFormat}, for example 2027-03-31 " +
                     "(as Entra ID shows it under Certificates & secrets).");
    }
}
