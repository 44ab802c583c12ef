using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace CutoverBot.Core.Guests;

/// <summary>Registers the guests' setting: whether guests may tick the checklist.</summary>
public static class GuestServices
{
    public static IServiceCollection AddGuests(this IServiceCollection services) => services.AddChatCommand<GuestTickCommand>();
}
