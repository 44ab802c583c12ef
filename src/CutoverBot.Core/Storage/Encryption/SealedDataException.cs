namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// Stored sealed data could not be opened: it was changed on disk, or it was sealed with a key that is not in the key
/// ring. The message names only the kind of record and key ids, never anything from the record.
/// </summary>
public sealed class SealedDataException(string message) : Exception(message);
