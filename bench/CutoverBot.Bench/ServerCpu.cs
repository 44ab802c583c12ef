using System.Globalization;

namespace CutoverBot.Bench;

/// <summary>
/// CPU time the PostgreSQL server has used so far: utime + stime of the postmaster and its children (the backends, the
/// checkpointer, the WAL writer), read from /proc, plus what the postmaster has reaped from children that exited. The
/// server shares the bot's cores, so its CPU per request is part of what a request costs there.
/// </summary>
internal sealed class ServerCpu(int postmasterPid)
{
    // USER_HZ: /proc reports CPU in these ticks; 100 on every Linux the bench runs on.
    private const double TicksPerSecond = 100;

    /// <summary>The server whose data folder holds this postmaster.pid (its first line is the postmaster's pid).</summary>
    public static ServerCpu? FromDataDirectory(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        try
        {
            return int.TryParse(File.ReadLines(file).First(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? new ServerCpu(pid) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public TimeSpan Used
    {
        get
        {
            long ticks = 0;
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
                if (Stat(pid) is not { } stat) continue;
                if (pid == postmasterPid) ticks += stat.Own + stat.Reaped;
                else if (stat.Parent == postmasterPid) ticks += stat.Own;
            }
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
    }

    // /proc/<pid>/stat: after the command name in parentheses come state, ppid, ..., utime (14), stime (15), cutime (16), cstime (17).
    private static (int Parent, long Own, long Reaped)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // exited meanwhile
        }
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }
}
