using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Commands;

/// <summary>Registers the router, quick entries and the entry commands typed in chat (help, my entries, undo, edit, ...).</summary>
public static class ChatCommandServices
{
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<ChatCommandRouter>();
        services.TryAddSingleton<QuickEntryHandler>();
        services.TryAddSingleton<MyEntriesView>();
        services.AddChatCommand<HelpCommand>();
        services.AddChatCommand<MyEntriesCommand>();
        services.AddChatCommand<UndoCommand>();
        services.AddChatCommand<EditCommand>();
        services.AddChatCommand<DeleteCommand>();
        services.AddChatCommand<FindCommand>();
        services.AddChatCommand<PracticeCommand>();
        services.AddCardAction<EntryCompleteAction>();
        services.AddCardAction<EntryDeleteAction>();
        services.AddCardAction<EntriesPageAction>();
        services.AddCardAction<PracticeChooseAction>();
        return services;
    }
}
