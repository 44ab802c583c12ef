namespace CutoverBot.Core.Entries.Intake;

/// <summary>
/// The message being saved was taken in at the same moment by another instance (Teams delivered it twice, to each
/// instance once): thrown inside the entry's save so that nothing of this copy is kept, and answered as a redelivery.
/// </summary>
public sealed class MessageTakenInElsewhereException : Exception
{
    public MessageTakenInElsewhereException()
        : base("This message was taken in by another instance at the same time; this copy is not saved.")
    {
    }

    public MessageTakenInElsewhereException(string message) : base(message)
    {
    }

    public MessageTakenInElsewhereException(string message, Exception inner) : base(message, inner)
    {
    }
}
