using Microsoft.EntityFrameworkCore;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal sealed class MessagingModel
{
    public const string Schema = "messaging";
    public const string HostSchema = "host";

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
        });

        modelBuilder.Entity<ProcessedMessage>(b =>
        {
            b.ToTable("processed_messages", Schema);
            b.HasKey(p => new { p.MessageId, p.Handler });
            b.Property(p => p.Handler).HasMaxLength(300);
        });
    }
}
