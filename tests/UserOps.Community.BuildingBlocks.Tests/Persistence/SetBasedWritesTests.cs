using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Tests.Outbox;

namespace UserOps.Community.BuildingBlocks.Tests.Persistence;

/// <summary>The multi-row writes that outbox deliveries use instead of one statement per row, on the test provider.</summary>
public sealed class SetBasedWritesTests : PersistenceTestBase
{
    private static readonly UpsertShape EffectValues = new(
        [nameof(TestEffect.Id), nameof(TestEffect.MessageId), nameof(TestEffect.Handler), nameof(TestEffect.AggregateId),
            nameof(TestEffect.Value), nameof(TestEffect.Sequence), nameof(TestEffect.Instance)],
        KeyCount: 1, Added: [nameof(TestEffect.Value)], Replaced: [nameof(TestEffect.Sequence)]);

    [Fact]
    public async Task Given_existing_and_new_keys_When_upserted_adding_Then_existing_rows_add_and_replace_and_new_rows_are_inserted()
    {
        await SeedAsync(Enumerable.Range(1, 3).Select(id => Effect(id, value: 10 * id, sequence: 0)));
        var aggregate = Guid.CreateVersion7();

        // 1,200 rows cross the 1,000-row statement boundary.
        await Host.QueryAsync(async db =>
        {
            await db.UpsertAddingAsync<TestEffect>(
                EffectValues,
                Enumerable.Range(2, 1200).Select(id => new object[] { (long)id, Guid.Empty, "upsert", aggregate, 5, 7L, "test" }),
                CancellationToken.None);
            return 0;
        });

        var rows = await ValuesAsync();
        Assert.Equal(1201, rows.Count);
        Assert.Equal((10, 0L), rows[1]);
        Assert.Equal((25, 7L), rows[2]);
        Assert.Equal((35, 7L), rows[3]);
        Assert.All(Enumerable.Range(4, 1198), id => Assert.Equal((5, 7L), rows[id]));
    }

    [Fact]
    public async Task Given_rows_When_updated_by_key_Then_each_listed_row_gets_its_own_value_or_adds_it_and_others_keep_theirs()
    {
        await SeedAsync(Enumerable.Range(1, 1100).Select(id => Effect(id, value: id, sequence: id)));

        await Host.QueryAsync(async db =>
        {
            // 1,050 rows cross the 500-row statement boundary twice.
            await db.SetByKeyAsync<TestEffect, long, long>(
                nameof(TestEffect.Id), nameof(TestEffect.Sequence), Enumerable.Range(1, 1050).Select(id => KeyValuePair.Create((long)id, 2L * id)), add: false, CancellationToken.None);
            await db.SetByKeyAsync<TestEffect, long, int>(
                nameof(TestEffect.Id), nameof(TestEffect.Value), [KeyValuePair.Create(7L, 100), KeyValuePair.Create(1099L, -99)], add: true, CancellationToken.None);
            return 0;
        });

        var rows = await ValuesAsync();
        Assert.Equal((7 + 100, 14L), rows[7]);
        Assert.Equal((1050, 2100L), rows[1050]);
        Assert.Equal((1051, 1051L), rows[1051]);
        Assert.Equal((1099 - 99, 1099L), rows[1099]);
        Assert.All(Enumerable.Range(1, 1050).Where(id => id != 7), id => Assert.Equal((id, 2L * id), rows[id]));
    }

    private static TestEffect Effect(long id, int value, long sequence) =>
        new() { Id = id, Handler = "seed", Value = value, Sequence = sequence, Instance = "test" };

    private Task SeedAsync(IEnumerable<TestEffect> effects) => Host.QueryAsync(db =>
    {
        db.AddRange(effects);
        return db.SaveChangesAsync();
    });

    private async Task<Dictionary<long, (int Value, long Sequence)>> ValuesAsync() =>
        (await Host.QueryAsync(db => db.Set<TestEffect>().AsNoTracking().ToListAsync()))
            .ToDictionary(e => e.Id, e => (e.Value, e.Sequence));
}
