namespace CutoverBot.Core.Storage.Encryption;

/// <summary>What a key rotation changed, in counts only.</summary>
/// <param name="CurrentKeyId">The id of the key everything is now sealed with.</param>
/// <param name="EntriesResealed">Entries whose patient details were under an older key.</param>
/// <param name="EntriesSealedFirstTime">Entries written before encryption, whose details were plain until now.</param>
/// <param name="EntriesAlreadyCurrent">Entries already under the current key, left as they were.</param>
/// <param name="ValuesResealed">Other sealed values (files waiting for consent, queued messages) moved to the current key.</param>
public sealed record RotationReport(string CurrentKeyId, int EntriesResealed, int EntriesSealedFirstTime, int EntriesAlreadyCurrent, int ValuesResealed)
{
    public int Changed => EntriesResealed + EntriesSealedFirstTime + ValuesResealed;
}
