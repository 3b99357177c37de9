namespace UserOps.Community.BuildingBlocks.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Null means "on for SQLite, off otherwise": production databases migrate through the `migrate` verb.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public static string MigrationsAssemblyFor(DatabaseProvider provider) => $"UserOps.Community.Migrations.{provider}";
}
