using CutoverBot.Core.Checklist;
using CutoverBot.Core.Checklist.PostgreSql;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.Intake;
using CutoverBot.Core.Entries.Intake.PostgreSql;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.MessageActions.PostgreSql;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Practices.PostgreSql;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Scheduling.PostgreSql;
using CutoverBot.Core.Sharing;
using CutoverBot.Core.Sharing.PostgreSql;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace CutoverBot.Core;

/// <summary>
/// The PostgreSQL implementation of every Core store seam. The host puts them behind the seams when Storage:Provider
/// is PostgreSql (the host's StoreSeams); the features register their LiteDB stores as always.
/// </summary>
public static class PostgreSqlStores
{
    public static IServiceCollection AddPostgreSqlStores(this IServiceCollection services)
    {
        services.AddSingleton<IEntryStore, PostgresEntryStore>();
        services.AddSingleton<IAuditStore, PostgresAuditStore>();
        services.AddSingleton<IReferenceCounterStore, PostgresReferenceCounterStore>();
        services.AddSingleton<IProcessedMessageStore, PostgresProcessedMessageStore>();
        services.AddSingleton<IChecklistTickStore, PostgresChecklistTickStore>();
        services.AddSingleton<IMessageSourceStore, PostgresMessageSourceStore>();
        services.AddSingleton<IPracticeStore, PostgresPracticeStore>();
        services.AddSingleton<IProgressShareStore, PostgresProgressShareStore>();
        services.AddSingleton<IPostLogStore, PostgresPostLogStore>();
        services.AddSingleton<IFanOutLease, PostgresFanOutLease>();
        return services;
    }
}
