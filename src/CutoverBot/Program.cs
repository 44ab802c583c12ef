using CutoverBot.Bot;
using CutoverBot.Cli;
using CutoverBot.Hosting;
using Microsoft.Extensions.Options;

if (await CliRunner.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCutoverCore(builder.Configuration);
builder.Services.AddCutoverBot(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapBotMessages();

try
{
    await app.RunAsync();
}
catch (OptionsValidationException ex) when (StartupProblems.Explain(ex))
{
    // Never reached: Explain prints the settings to fix and lets the exception stop the process (and fail tests' hosts).
}
return 0;

public partial class Program;
