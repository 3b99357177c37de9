namespace UserOps.Community.BuildingBlocks.Seeding;

/// <summary>Runs once at start-up after migrations (e.g. bootstrap the first admin). Must be idempotent.</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
