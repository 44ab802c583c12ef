namespace CutoverBot.Core.Scheduling;

/// <summary>
/// A post this instance claimed was claimed since by another instance (this one lost the fan-out lease), so this one
/// must not send it. Thrown as the request is about to leave, which stops it leaving.
/// </summary>
public sealed class PostClaimLostException : Exception
{
    public PostClaimLostException()
        : base("This morning post was taken over by another instance; it is not sent from here.")
    {
    }

    public PostClaimLostException(string message) : base(message)
    {
    }

    public PostClaimLostException(string message, Exception inner) : base(message, inner)
    {
    }
}
