namespace CutoverBot.CrashTest;

/// <summary>
/// One kill -9 iteration: requests sent before the kill, entries acknowledged (their reply reached the connector),
/// entries of the burst stored after the restart, acknowledged ones missing, references stored twice, and the entries
/// sent and acknowledged after the restart.
/// </summary>
internal sealed record KillBurstResult(int Sent, int Acknowledged, int Stored, int Missing, int Doubled, int SentAfterRestart, int AcknowledgedAfterRestart)
{
    public bool Passed => Missing == 0 && Doubled == 0 && AcknowledgedAfterRestart == SentAfterRestart;
}
