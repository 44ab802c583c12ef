namespace CutoverBot.Core.Cards;

/// <summary>
/// A card template could not be bound: a missing path, a bad expression, an unknown template.
/// The message names the template and the template text at fault, never a data value, because card data
/// may hold patient details and exception messages end up in logs.
/// </summary>
public sealed class CardBindingException : Exception
{
    public CardBindingException(string template, string message)
        : base($"Card template '{template}': {message}") => Template = template;

    /// <summary>The template's name (the file name in cards/ without .json).</summary>
    public string Template { get; }
}
