namespace UserOps.Community.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
