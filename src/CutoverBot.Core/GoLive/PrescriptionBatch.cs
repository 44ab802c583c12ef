namespace CutoverBot.Core.GoLive;

/// <summary>Prescription requests made on one day (null: the day was not recorded), to re-issue together.</summary>
public sealed record PrescriptionBatch(DateOnly? RequestDate, IReadOnlyList<PrescriptionRef> Requests);
