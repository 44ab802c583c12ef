namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>The database's schema was made by a newer CutoverBot than this one; nothing was changed.</summary>
public sealed class SchemaTooNewException(int found, int known)
    : Exception($"The database's CutoverBot schema is version {found}, but this version of the bot knows versions up to {known}. " +
                "It was upgraded by a newer CutoverBot: run that version (or newer). Nothing was changed.")
{
    public int Found { get; } = found;
    public int Known { get; } = known;
}
