using CutoverBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

/// <summary>The database key ring from Storage:EncryptionKey (or, in Development only, a key file beside the database).</summary>
public static class EncryptionServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverEncryption(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var development = sp.GetRequiredService<IHostEnvironment>().IsDevelopment();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("CutoverBot.Hosting.Encryption");
            var keys = EncryptionKeySettings.Load(sp.GetRequiredService<IOptions<StorageOptions>>().Value, development,
                development ? KeyFileUse.ReadOrCreate : KeyFileUse.None, warning => EncryptionLog.KeyWarning(logger, warning));
            EncryptionLog.KeyInUse(logger, keys.Current.Id, keys.All.Count - 1);
            return keys;
        });
        return services;
    }
}
