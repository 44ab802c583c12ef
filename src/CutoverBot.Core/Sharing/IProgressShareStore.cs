namespace CutoverBot.Core.Sharing;

/// <summary>
/// Which teams each practice shares its progress with. One implementation per engine: <see cref="ProgressShareStore"/>
/// (LiteDB) and <see cref="PostgreSql.PostgresProgressShareStore"/> (the shared server).
/// </summary>
public interface IProgressShareStore
{
    /// <summary>Adds the share; false when the practice already shares with that team (also when another instance added it at the same moment).</summary>
    bool Add(ProgressShare share);

    /// <summary>Removes the share; false when there was none.</summary>
    bool Remove(string practiceId, string teamId);

    IReadOnlyList<ProgressShare> SharedBy(string practiceId);

    IReadOnlyList<ProgressShare> SharedWith(string teamId);
}
