using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

/// <summary>
/// Stops start-up, naming the setting, when the database encryption key is missing (outside Development) or malformed,
/// or when Storage:Provider or Storage:ConnectionString is wrong. With PostgreSql it checks the server first (so the IT
/// lead learns what is wrong with it, or that it is fine) and then refuses: the bot itself does not run on PostgreSQL
/// yet, and refusing is safer than a bot whose stores are half on one engine and half on the other.
/// </summary>
internal sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public const string NotYetSupported =
        "Storage:Provider PostgreSql is not yet supported for running the bot; check-storage and migrate-storage work. " +
        "Set Storage:Provider to LiteDb (or leave it out) to run the bot.";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = EncryptionKeySettings.Problems(options, environment.IsDevelopment()).ToList();
        var provider = StorageProviderSettings.Problems(options);
        problems.AddRange(provider);
        if (provider.Count == 0 && StorageProviderSettings.Of(options) == StorageProvider.PostgreSql)
        {
            var check = StorageCheck.Run(options.ConnectionString!);
            if (!check.Ok) problems.Add(check.Message);
            problems.Add(NotYetSupported);
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
