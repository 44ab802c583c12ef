namespace CutoverBot.Core.GoLive;

/// <summary>A prescription request in a batch: its reference and how it came in (phone, counter, other; empty when not said).</summary>
public sealed record PrescriptionRef(string Reference, string Route);
