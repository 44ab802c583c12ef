using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using StockEchoBot;

// As the Bot Framework EchoBot template wires it (a minimal route instead of a controller, the template's
// AdapterWithErrorHandler without its error handler): configuration authentication, CloudAdapter, a transient bot.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
    Environment.GetEnvironmentVariable("ECHO_SHARED_RESOLVER") == "1"
        ? new SharedResolverAuthentication(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>())
        : sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>());
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
    new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddTransient<IBot, EchoBot>();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(request, response, bot));
app.Run();
