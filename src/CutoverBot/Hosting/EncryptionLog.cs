namespace CutoverBot.Hosting;

internal static partial class EncryptionLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void KeyWarning(ILogger logger, string warning);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Information, Message = "Patient details are sealed with encryption key {KeyId}; {Older} older key(s) accepted for reading")]
    public static partial void KeyInUse(ILogger logger, string keyId, int older);
}
