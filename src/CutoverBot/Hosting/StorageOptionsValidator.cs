using CutoverBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

/// <summary>Stops start-up, naming the setting, when the database encryption key is missing (outside Development) or malformed.</summary>
internal sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = EncryptionKeySettings.Problems(options, environment.IsDevelopment());
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
