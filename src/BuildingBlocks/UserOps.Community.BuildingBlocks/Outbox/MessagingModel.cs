using Microsoft.EntityFrameworkCore;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal sealed class MessagingModel
{
    public const string Schema = "messaging";
    public const string HostSchema = "host";

    public static string PendingIndexName(OutboxLane lane) => $"ix_outbox_messages_pending_{lane.ToString().ToLowerInvariant()}";

    private static string PendingFilter(OutboxLane lane) => $"lane = {(int)lane} AND status = {(int)OutboxStatus.Pending}";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages", Schema);
            b.HasKey(m => m.Id);
            b.Ignore(m => m.Event);
            b.Property(m => m.Id).ValueGeneratedOnAdd();
            b.HasIndex(m => new { m.MessageId, m.Lane }).IsUnique();
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.LeaseOwner).HasMaxLength(64);
            b.Property(m => m.LastError).HasMaxLength(4000);
            // Claim scans a lane's pending messages in order; the aggregate index keeps per-aggregate ordering checks cheap.
            b.HasIndex(m => new { m.Lane, m.Status, m.Id });
            b.HasIndex(m => new { m.AggregateId, m.Lane, m.Status, m.Id });
            // Each lane's pending messages in id order, for claims: ordered like the primary key and as well correlated
            // with the heap, but holding only pending rows, so no statistics make a walk of the primary key look cheaper.
            foreach (var lane in OutboxLanes.All)
            {
                b.HasIndex([nameof(OutboxMessage.Id)], PendingIndexName(lane))
                    .HasDatabaseName(PendingIndexName(lane))
                    .HasFilter(PendingFilter(lane));
            }
        });

        modelBuilder.Entity<ProcessedMessage>(b =>
        {
            b.ToTable("processed_messages", Schema);
            b.HasKey(p => new { p.MessageId, p.Handler });
            b.Property(p => p.Handler).HasMaxLength(300);
        });
    }
}
