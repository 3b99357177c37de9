using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Tests.Outbox;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Web;

/// <summary>The seeking keyset condition returns exactly the rows past the cursor, in both directions, with ties on the key.</summary>
public sealed class KeysetTests
{
    [Fact]
    public async Task Given_rows_with_tied_keys_Then_below_and_above_return_exactly_the_rows_past_the_cursor_as_parameters()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        await using var host = OutboxHost.Create(database, o => o.DispatcherEnabled = false);
        await host.EnsureSchemaAsync();
        var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        for (var i = 0; i < 12; i++)
        {
            // Three rows per timestamp, so the id decides within a tie.
            db.Add(new OutboxMessage { MessageId = Guid.NewGuid(), Type = "t", Payload = "{}", CreatedAt = start.AddMinutes(i / 3) });
        }

        await db.SaveChangesAsync();
        var all = await db.OutboxMessages.AsNoTracking().Select(m => new { m.CreatedAt, m.MessageId }).ToListAsync();
        var cursor = all.OrderBy(m => m.CreatedAt).ThenBy(m => m.MessageId).ElementAt(5);

        var below = db.OutboxMessages.Below(m => m.CreatedAt, cursor.CreatedAt, m => m.MessageId, cursor.MessageId);
        var above = db.OutboxMessages.Above(m => m.CreatedAt, cursor.CreatedAt, m => m.MessageId, cursor.MessageId);

        Assert.Equal(
            all.Where(m => m.CreatedAt < cursor.CreatedAt || (m.CreatedAt == cursor.CreatedAt && m.MessageId.CompareTo(cursor.MessageId) < 0)).Select(m => m.MessageId).Order(),
            (await below.Select(m => m.MessageId).ToListAsync()).Order());
        Assert.Equal(
            all.Where(m => m.CreatedAt > cursor.CreatedAt || (m.CreatedAt == cursor.CreatedAt && m.MessageId.CompareTo(cursor.MessageId) > 0)).Select(m => m.MessageId).Order(),
            (await above.Select(m => m.MessageId).ToListAsync()).Order());
        Assert.Equal(5, await below.CountAsync());

        // The cursor travels as parameters: another cursor gives the same SQL text, so EF Core reuses one query plan.
        var other = all[0];
        var sql = Statement(below);
        Assert.Equal(sql, Statement(db.OutboxMessages.Below(m => m.CreatedAt, other.CreatedAt, m => m.MessageId, other.MessageId)));
        Assert.DoesNotContain(cursor.MessageId.ToString(), sql, StringComparison.OrdinalIgnoreCase);
    }

    // ToQueryString declares parameter values above the statement ("-- @p='…'" or ".param set @p …"); keep the statement.
    private static string Statement(IQueryable<OutboxMessage> query) =>
        string.Join('\n', query.ToQueryString().Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal) && !line.StartsWith(".param", StringComparison.Ordinal)));
}
