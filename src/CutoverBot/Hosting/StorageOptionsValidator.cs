using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

/// <summary>
/// Stops start-up, naming the setting, when the database encryption key is missing (outside Development) or malformed,
/// or when Storage:Provider or Storage:ConnectionString is wrong. With PostgreSql it checks the server (reachable, the
/// password, the database, the right to create the schema, a schema no newer than this bot) and says what is wrong.
/// </summary>
internal sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = EncryptionKeySettings.Problems(options, environment.IsDevelopment()).ToList();
        var provider = StorageProviderSettings.Problems(options);
        problems.AddRange(provider);
        if (provider.Count == 0 && StorageProviderSettings.Of(options) == StorageProvider.PostgreSql)
        {
            var check = StorageCheck.Run(options.ConnectionString!);
            if (!check.Ok) problems.Add(check.Message);
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
