namespace CutoverBot.Core.Storage;

/// <summary>
/// Hands out short per-practice numbers (CALL-0007): sequential, never reused, never skipped, safe under concurrent
/// saves. One implementation per engine: <see cref="ReferenceCounterStore"/> (LiteDB) and
/// <see cref="PostgreSql.PostgresReferenceCounterStore"/> (shared by every instance).
/// </summary>
public interface IReferenceCounterStore
{
    /// <summary>Returns the next number for this practice and prefix, starting at 1.</summary>
    int Next(string practiceId, string prefix);

    /// <summary>The reference text, e.g. CALL-0007 (more digits once a practice passes 9,999 of a kind).</summary>
    string NextReference(string practiceId, string prefix);

    /// <summary>A reference's text from its prefix and number: CALL-0007.</summary>
    static string Format(string prefix, int number) => prefix + "-" + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
