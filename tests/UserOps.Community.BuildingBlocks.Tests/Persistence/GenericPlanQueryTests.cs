using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Tests.Outbox;

namespace UserOps.Community.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A generic-plan read sees its parameters and the caller's transaction, runs with plan_cache_mode forced, and leaves
/// the setting behind on neither the pooled connection nor, once it ends, the caller's transaction.
/// </summary>
public sealed class GenericPlanQueryTests : PersistenceTestBase
{
    private const string PlanCacheMode = "SELECT current_setting('plan_cache_mode')";

    [Fact]
    public async Task Given_a_read_on_an_open_connection_Then_it_ran_with_generic_plans_and_the_next_statement_runs_with_the_default()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        if (Database.Provider != DatabaseProvider.PostgreSql)
        {
            Assert.False(GenericPlanQuery.Supported(db));
            return;
        }

        // Held open, so the statement after the read runs on the same server session.
        await db.Database.OpenConnectionAsync();
        var during = await GenericPlanQuery.ReadAsync(db, PlanCacheMode, [], row => row.GetString(0), CancellationToken.None);
        var rows = await GenericPlanQuery.ReadAsync(
            db, "SELECT x * $2 FROM generate_series(1, $1) AS x", [new NpgsqlParameter<int> { TypedValue = 3 }, new NpgsqlParameter<int> { TypedValue = 10 }], row => row.GetInt32(0), CancellationToken.None);
        var after = await db.Database.SqlQueryRaw<string>(PlanCacheMode + " AS \"Value\"").SingleAsync();

        Assert.Equal(["force_generic_plan"], during);
        Assert.Equal([10, 20, 30], rows);
        Assert.Equal("auto", after);
    }

    [Fact]
    public async Task Given_a_read_inside_a_transaction_Then_it_sees_the_transaction_own_writes_and_the_setting_ends_with_it()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        if (Database.Provider != DatabaseProvider.PostgreSql)
        {
            Assert.False(GenericPlanQuery.Supported(db));
            return;
        }

        // Held open across the transaction, so the check after it runs on the same server session.
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Add(new TestEffect { Id = 7, Handler = "uncommitted", Instance = "here" });
            await db.SaveChangesAsync();
            var handlers = await GenericPlanQuery.ReadAsync(db, "SELECT handler FROM tests.test_effects WHERE id = $1", [new NpgsqlParameter<long> { TypedValue = 7 }], row => row.GetString(0), CancellationToken.None);
            Assert.Equal(["uncommitted"], handlers);
            await transaction.CommitAsync();
        }

        Assert.Equal("auto", await db.Database.SqlQueryRaw<string>(PlanCacheMode + " AS \"Value\"").SingleAsync());
    }
}
