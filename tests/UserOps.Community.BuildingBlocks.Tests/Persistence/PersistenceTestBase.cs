using UserOps.Community.BuildingBlocks.Tests.Outbox;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Persistence;

/// <summary>Each test on a new, empty database of the configured provider, with an outbox host whose schema is in place.</summary>
public abstract class PersistenceTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected OutboxHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabases.CreateEmptyAsync();
        Host = OutboxHost.Create(Database);
        await Host.EnsureSchemaAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
