namespace CutoverBot.Core.Parsing;

/// <summary>How a prescription request reached the practice; the guide asks for requests by every route to join the batch.</summary>
public enum PrescriptionChannel
{
    Phone,
    Counter,
    Other,
}
