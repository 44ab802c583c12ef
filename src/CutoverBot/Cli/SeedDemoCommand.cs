using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Hosting;
using CutoverBot.Storage;

namespace CutoverBot.Cli;

/// <summary>
/// seed-demo: puts the demo practice (<see cref="DemoPractice"/>) into the Development database, so export, audit and
/// every card can be tried without Teams. Refuses outside Development: a demo practice must never reach a real database.
/// </summary>
internal sealed class SeedDemoCommand(string? databaseOverride, TextWriter messages)
{
    private static readonly string[][] Names = [["--database", "--db"]];

    public static int Run(string[] args, TextWriter messages)
    {
        var values = CliArguments.Parse(args, Names, out var error, out var helpRequested);
        if (helpRequested || values is null)
        {
            if (error is not null) messages.WriteLine(error + Environment.NewLine);
            messages.WriteLine(CliUsage.SeedDemo);
            return helpRequested ? CliExitCodes.Ok : CliExitCodes.BadUsage;
        }
        try
        {
            return new SeedDemoCommand(values.GetValueOrDefault("--database"), messages).Run();
        }
        catch (CliUsageException e)
        {
            messages.WriteLine(e.Message);
            return CliExitCodes.BadUsage;
        }
        catch (Exception e) when (e is KeySettingsException or SealedDataException)
        {
            messages.WriteLine(e.Message + " Nothing was added.");
            return CliExitCodes.KeyProblem;
        }
    }

    public int Run()
    {
        if (CliConfiguration.EnvironmentName() is var environment && !string.Equals(environment, "Development", StringComparison.OrdinalIgnoreCase))
        {
            messages.WriteLine($"seed-demo only runs in the Development environment (this is {environment}): the demo practice's made-up " +
                               "patients must never reach a real database. Nothing was added.");
            messages.WriteLine("On a developer's machine, dotnet run --project src/CutoverBot -- seed-demo sets Development for you.");
            return CliExitCodes.Refused;
        }
        var path = CliConfiguration.DatabasePath(databaseOverride);
        if (DatabaseLock.IsInUse(path))
        {
            messages.WriteLine($"The database {path} is in use by the running bot. Stop the bot, run seed-demo, then start it again. Nothing was added.");
            return CliExitCodes.DatabaseBusy;
        }
        if (path != ":memory:" && File.Exists(path) && new FileInfo(path).Length > 0 && !LiteDbFile.HasSignature(path))
        {
            messages.WriteLine($"{path} is not a CutoverBot database (LiteDB file). Nothing was added and the file was not touched.");
            return CliExitCodes.BadUsage;
        }

        // Development: the same generated key file beside the database the bot itself would use.
        var keys = CliConfiguration.Keys(path, KeyFileUse.ReadOrCreate);
        DemoReport report;
        using (var database = new CutoverDatabase(path, keys))
        {
            if (new PracticeStore(database).Find(DemoPractice.TeamId) is not null)
            {
                messages.WriteLine($"{path} already holds the demo practice, {DemoPractice.Name}. To start again, stop the bot and delete " +
                                   $"{path} and {KeyFile.PathFor(path)} (Development files: nothing real is in them). Nothing was added.");
                return CliExitCodes.Refused;
            }
            report = new DemoSeeder(database, LondonTime.Today(TimeProvider.System)).Run();
            database.Database.Checkpoint();
        }
        WriteReport(path, report);
        return CliExitCodes.Ok;
    }

    private void WriteReport(string path, DemoReport report)
    {
        messages.WriteLine($"DEMO DATA (made-up patients) added to {path}:");
        messages.WriteLine($"  {DemoPractice.Name}, ODS code {DemoPractice.OdsCode}, team {DemoPractice.TeamId} (the Playground's team)");
        messages.WriteLine($"  FDP {UkFormat.LongDate(report.Fdp)}, go-live {UkFormat.LongDate(report.GoLive)}; {report.Ticks} checklist tasks ticked, " +
                           $"{DemoPractice.LeftUndone.Count} left overdue");
        messages.WriteLine($"  {report.Entries} entries by {DemoPractice.People.Count(p => !p.IsGuest)} staff: {report.Reentered} re-entered, " +
                           $"{report.NotNeeded} not needed, {report.Entries - report.Reentered - report.NotNeeded} still to re-enter");
        messages.WriteLine("Try:");
        messages.WriteLine($"  dotnet run --project src/CutoverBot -- export --practice {DemoPractice.OdsCode} --format csv --out demo.csv");
        messages.WriteLine($"  dotnet run --project src/CutoverBot -- audit --practice {DemoPractice.OdsCode} --out demo-audit.csv");
        messages.WriteLine("  dotnet run --project src/CutoverBot, then the Playground (README, Trying it locally): you are Helen Ward, the manager.");
    }
}
