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
    // The settings are checked before the host starts, so a refusal is only the plain lines below and not also the
    // host's own "failed to start" error with its stack trace.
    app.Services.GetService<IStartupValidator>()?.Validate();
    await app.StartAsync();
}
catch (Exception ex) when (StartupProblems.Failures(ex) is [_, ..] failures)
{
    // The settings to fix, in plain words, and no stack trace: an IT lead reading the console (or an alert on its first
    // line) needs what to change, not where in the code it was noticed. Hosted inside another process (a test's
    // WebApplicationFactory) the exit code is not ours to set, and the caller reads the exception instead.
    StartupProblems.Explain(failures);
    if (System.Reflection.Assembly.GetEntryAssembly() != typeof(Program).Assembly) throw;
    return StartupProblems.ExitCode;
}
await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

public partial class Program;
