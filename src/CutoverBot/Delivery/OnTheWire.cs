namespace CutoverBot.Delivery;

/// <summary>
/// Tells a morning post's log the moment its request is handed to the network, from inside the HTTP pipeline
/// (<see cref="OnTheWireHandler"/>), not before the SDK's own work of building the client, fetching a token and
/// writing the JSON. A post marked Sending is never sent again after a restart, so the later the mark, the smaller the
/// window in which a killed bot leaves a post marked Sending that never left (that practice would miss its card).
/// </summary>
internal static class OnTheWire
{
    // Flows with the send's async calls into the HTTP handler, and no further: each send arms its own.
    private static readonly AsyncLocal<Action?> Armed = new();

    /// <summary>Runs <paramref name="send"/> with <paramref name="onWire"/> to be told when its post goes out.</summary>
    public static async Task<T> RunAsync<T>(Action onWire, Func<Task<T>> send)
    {
        Armed.Value = onWire;
        try
        {
            return await send();
        }
        finally
        {
            Armed.Value = null;
        }
    }

    /// <summary>Called by the handler just before a post leaves; nothing when no send is armed.</summary>
    public static void Fire() => Armed.Value?.Invoke();
}
