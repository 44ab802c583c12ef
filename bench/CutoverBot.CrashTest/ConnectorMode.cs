namespace CutoverBot.CrashTest;

/// <summary>How the fake Bot Connector answers right now.</summary>
internal enum ConnectorMode
{
    /// <summary>Like Teams on a good day.</summary>
    Up,
    /// <summary>Every call answers 503 Service Unavailable.</summary>
    ServiceUnavailable,
    /// <summary>Every call hangs until the mode changes, then the connection is dropped without an answer.</summary>
    Hang,
}
