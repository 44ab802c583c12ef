using System.Text.Json;

namespace CutoverBot.Core.Commands;

/// <summary>Dispatches a typed message to the command named by its leading words, or to a quick entry.</summary>
public sealed class ChatCommandRouter
{
    // Placeholder until the commands land.
    public Task<ChatResponse> HandleAsync(ChatContext context, string text, CancellationToken cancellationToken) =>
        Task.FromResult(ChatResponse.Say("Sorry, I didn't understand that. Type help to see what I can do."));

    /// <summary>Handles an Action.Execute verb with its data, which may be forged: never trust it.</summary>
    public Task<CardActionResult> HandleActionAsync(ChatContext context, string verb, JsonElement data, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.BadRequest("That button is not one I know."));
}
