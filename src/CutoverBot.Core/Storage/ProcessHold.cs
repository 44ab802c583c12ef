namespace CutoverBot.Core.Storage;

/// <summary>
/// A lock of this process, taken until disposed (disposing twice releases once). On LiteDB one process holds the file,
/// so a lock of the process is a lock of every writer; the PostgreSQL stores take an advisory lock instead.
/// </summary>
public sealed class ProcessHold : IDisposable
{
    private readonly SemaphoreSlim _gate;
    private int _done;

    private ProcessHold(SemaphoreSlim gate) => _gate = gate;

    /// <summary>Waits for <paramref name="gate"/> (a one-slot semaphore) and holds it.</summary>
    public static ProcessHold Take(SemaphoreSlim gate)
    {
        gate.Wait();
        return new ProcessHold(gate);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0) _gate.Release();
    }
}
