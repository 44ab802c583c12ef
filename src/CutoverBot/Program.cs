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
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("CutoverBot cannot start because its settings need attention:");
    foreach (var failure in ex.Failures) await Console.Error.WriteLineAsync(" - " + failure);
    return 1;
}
return 0;

public partial class Program;
