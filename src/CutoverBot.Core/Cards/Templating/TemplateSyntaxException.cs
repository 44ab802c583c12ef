namespace CutoverBot.Core.Cards.Templating;

/// <summary>Raised while compiling or binding; the renderer rewraps it with the template's name.</summary>
internal sealed class TemplateSyntaxException(string message) : Exception(message);
