namespace UserOps.Community.BuildingBlocks.Seeding;

/// <summary>Adds a module's demo content when Seed:Demo is on. Must be idempotent: it runs at every start.</summary>
public interface IDemoSeeder
{
    /// <summary>Lower runs first (users before the groups they own).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
