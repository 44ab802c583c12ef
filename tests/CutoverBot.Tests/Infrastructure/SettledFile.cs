namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// Reads a database file a host has just let go of. LiteDB may still be finishing its checkpoint as the host stops
/// (the log file shrinks while it is read, which File.ReadAllBytes reports as the end of the stream), so the read is
/// tried again until the file holds still. A log file LiteDB deletes as it stops holds nothing, so it reads as empty.
/// </summary>
internal static class SettledFile
{
    public static byte[] ReadAllBytes(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (FileNotFoundException)
            {
                return [];
            }
            catch (Exception ex) when (ex is EndOfStreamException or IOException && attempt < 20)
            {
                Thread.Sleep(50);
            }
        }
    }
}
