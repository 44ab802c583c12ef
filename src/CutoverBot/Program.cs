using CutoverBot.Bot;
using CutoverBot.Cli;
using CutoverBot.Delivery;
using CutoverBot.Hosting;
using CutoverBot.Operations;
using CutoverBot.Retention;
using CutoverBot.Scheduling;
using CutoverBot.Tabs;
using Microsoft.Extensions.Options;

if (await CliRunner.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddCutoverConsole(builder.Environment);
builder.Services.AddCutoverOperations();
builder.Services.AddCutoverCore();
builder.Services.AddCutoverBot();
builder.Services.AddCutoverDelivery();
builder.Services.AddCutoverScheduling();
builder.Services.AddCutoverRetention();
builder.Services.AddCutoverTabs(builder.Environment);
builder.Services.AddConfiguredStorage();

var app = builder.Build();
app.LogStarting();
app.MapCutoverHealth();
app.MapBotMessages();
// The Teams tabs: pages under /tabs (wwwroot/tabs) and their API under /api/tabs, with their own sign-in.
app.UseTabPageHeaders();
app.UseStaticFiles();
app.MapCutoverTabs();

// Start, wait and dispose in separate steps (not RunAsync): a host that fails to start is then not disposed
// while the caller (the process, or a test's WebApplicationFactory) is still reading why it failed.
try
{
    await app.StartAsync();
}
catch (OptionsValidationException ex) when (StartupProblems.Explain(ex))
{
    // Never reached: Explain prints the settings to fix and lets the exception end start-up.
}
await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

public partial class Program;
