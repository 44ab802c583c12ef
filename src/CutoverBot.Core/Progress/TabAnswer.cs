namespace CutoverBot.Core.Progress;

/// <summary>What a tab's API call gets: 200 with a value, or a 4xx status with a message a person can act on.</summary>
public sealed record TabAnswer<T>(int Status, T? Value, string? Message) where T : class
{
    public static TabAnswer<T> Ok(T value) => new(200, value, null);
    public static TabAnswer<T> BadRequest(string message) => new(400, null, message);
    public static TabAnswer<T> Forbidden(string message) => new(403, null, message);
    public static TabAnswer<T> NotFound(string message) => new(404, null, message);
}
