using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Notifications.Domain;

namespace UserOps.Community.Notifications.Persistence;

internal sealed class NotificationsModel : IModuleModel
{
    public string Schema => "notifications";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notification>(b =>
        {
            b.ToTable("notifications", Schema);
            b.HasKey(n => n.Id);
            b.Property(n => n.Id).ValueGeneratedNever();
            b.Property(n => n.Kind).HasMaxLength(40);
            b.Property(n => n.DedupeKey).HasMaxLength(200);
            b.HasIndex(n => n.DedupeKey).IsUnique();
            // A member's list pages newest first by (created_at, id).
            b.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id });
            b.Property(n => n.Data)
                .HasMaxLength(4000)
                .HasConversion(
                    d => JsonSerializer.Serialize(d, JsonSerializerOptions.Default),
                    s => JsonSerializer.Deserialize<Dictionary<string, string>>(s, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                    new ValueComparer<Dictionary<string, string>>(
                        (a, c) => a!.Count == c!.Count && !a.Except(c).Any(),
                        d => d.Count,
                        d => new Dictionary<string, string>(d)));
        });

        modelBuilder.Entity<AnnouncementRead>(b =>
        {
            b.ToTable("announcement_reads", Schema);
            b.HasKey(r => new { r.NotificationId, r.UserId });
        });

        modelBuilder.Entity<NotificationPreference>(b =>
        {
            b.ToTable("preferences", Schema);
            b.HasKey(p => new { p.UserId, p.Kind });
            b.Property(p => p.Kind).HasMaxLength(40);
        });

        modelBuilder.Entity<ReactionCount>(b =>
        {
            b.ToTable("reaction_counts", Schema);
            b.HasKey(r => new { r.TargetId, r.Reaction });
            b.Property(r => r.Reaction).HasMaxLength(40);
        });

        modelBuilder.Entity<HubSubscription>(b =>
        {
            b.ToTable("hub_subscriptions", Schema);
            b.HasKey(s => new { s.ConnectionId, s.GroupId });
            b.Property(s => s.ConnectionId).HasMaxLength(100);
            b.Property(s => s.InstanceId).HasMaxLength(100);
            b.HasIndex(s => new { s.GroupId, s.UserId });
            b.HasIndex(s => new { s.InstanceId, s.SeenAt });
        });
    }
}
