namespace CutoverBot.Hosting;

/// <summary>Whether a development key file beside the database may stand in for Storage:EncryptionKey.</summary>
internal enum KeyFileUse
{
    /// <summary>Only the configured key (the host outside Development).</summary>
    None,
    /// <summary>An existing key file may be read (the command line, reading a database Development wrote).</summary>
    ReadExisting,
    /// <summary>Read the key file, or generate one (the host in Development).</summary>
    ReadOrCreate,
}
