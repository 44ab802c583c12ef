namespace CutoverBot.Delivery;

/// <summary>The result of one connector call after retries: the value when Sent, the last failure otherwise.</summary>
internal sealed record CallResult<T>(SendOutcome Outcome, T? Value, ConnectorFailure? Failure);
