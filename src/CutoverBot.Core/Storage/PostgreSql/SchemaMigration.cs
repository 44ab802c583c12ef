namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>One versioned SQL file of Storage/PostgreSql/Migrations (0001_initial.sql is version 1).</summary>
internal sealed record SchemaMigration(int Version, string Name, string Sql)
{
    private const string Prefix = "migrations/";

    /// <summary>The migrations embedded in Core, in order.</summary>
    public static IReadOnlyList<SchemaMigration> All { get; } = Load();

    /// <summary>The schema version this build of the bot creates and understands.</summary>
    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;

    private static List<SchemaMigration> Load()
    {
        var assembly = typeof(SchemaMigration).Assembly;
        var list = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add(new SchemaMigration(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd()));
        }
        return list.OrderBy(m => m.Version).ToList();
    }
}
