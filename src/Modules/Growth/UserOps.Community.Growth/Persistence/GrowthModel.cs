using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Persistence;

internal sealed class GrowthModel : IModuleModel
{
    public string Schema => "growth";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PointEntry>(b =>
        {
            b.ToTable("point_entries", Schema);
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.SourceType).HasMaxLength(64);
            b.Property(e => e.SubjectKey).HasMaxLength(200);
            b.Property(e => e.Reason).HasMaxLength(500);
            b.Ignore(e => e.CountsTowardXp);
            // The idempotency key of every rule award: one per member, rule and source event.
            b.HasIndex(e => new { e.UserId, e.RuleId, e.SourceEventId }).IsUnique().HasFilter("rule_id IS NOT NULL");
            // An entry is reversed at most once.
            b.HasIndex(e => e.ReversesEntryId).IsUnique().HasFilter("reverses_entry_id IS NOT NULL");
            b.HasIndex(e => new { e.UserId, e.OccurredAt, e.Id });
            b.HasIndex(e => new { e.UserId, e.RuleId, e.LocalDate });
            b.HasIndex(e => e.SubjectKey);
        });

        modelBuilder.Entity<MemberPoints>(b =>
        {
            b.ToTable("member_points", Schema);
            b.HasKey(m => m.UserId);
            b.Property(m => m.UserId).ValueGeneratedNever();
        });

        modelBuilder.Entity<PointRule>(b =>
        {
            b.ToTable("point_rules", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Name).HasMaxLength(100);
            b.Property(r => r.EventType).HasMaxLength(64);
            b.Property(r => r.Multiplier).HasPrecision(6, 2);
            b.HasIndex(r => new { r.EventType, r.Enabled });
            b.HasData(DefaultGrowthData.Rules);
        });

        modelBuilder.Entity<RuleAuditEntry>(b =>
        {
            b.ToTable("rule_audit", Schema);
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Action).HasMaxLength(20);
            b.HasIndex(a => new { a.RuleId, a.At });
            b.HasIndex(a => a.At);
        });

        modelBuilder.Entity<Level>(b =>
        {
            b.ToTable("levels", Schema);
            b.HasKey(l => l.Number);
            b.Property(l => l.Number).ValueGeneratedNever();
            b.Property(l => l.NameEn).HasMaxLength(50);
            b.Property(l => l.NameZh).HasMaxLength(50);
            b.PrimitiveCollection(l => l.Privileges).HasMaxLength(1000);
        });

        modelBuilder.Entity<LeaderboardEntry>(b =>
        {
            b.ToTable("leaderboard_points", Schema);
            b.HasKey(e => new { e.Period, e.GroupId, e.UserId });
            b.Property(e => e.Period).HasMaxLength(40);
            // Top N and "how many score above me" are range scans on this index.
            b.HasIndex(e => new { e.Period, e.GroupId, e.Points, e.UpdatedAt });
        });

        modelBuilder.Entity<LeaderboardExclusion>(b =>
        {
            b.ToTable("leaderboard_exclusions", Schema);
            b.HasKey(x => x.UserId);
            b.Property(x => x.UserId).ValueGeneratedNever();
            b.Property(x => x.Reason).HasMaxLength(40);
        });

        modelBuilder.Entity<Season>(b =>
        {
            b.ToTable("seasons", Schema);
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Name).HasMaxLength(100);
            b.HasIndex(s => new { s.StartsOn, s.EndsOn });
        });

        modelBuilder.Entity<Reward>(b =>
        {
            b.ToTable("rewards", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Name).HasMaxLength(100);
            b.Property(r => r.Description).HasMaxLength(2000);
            b.Property(r => r.ImageUrl).HasMaxLength(2048);
        });

        modelBuilder.Entity<Redemption>(b =>
        {
            b.ToTable("redemptions", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.IdempotencyKey).HasMaxLength(100);
            b.Property(r => r.Note).HasMaxLength(500);
            b.HasIndex(r => new { r.UserId, r.IdempotencyKey }).IsUnique();
            b.HasIndex(r => new { r.UserId, r.RewardId, r.Status });
            b.HasIndex(r => new { r.Status, r.CreatedAt });
            b.HasOne<Reward>().WithMany().HasForeignKey(r => r.RewardId);
        });

        modelBuilder.Entity<Badge>(b =>
        {
            b.ToTable("badges", Schema);
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.NameEn).HasMaxLength(100);
            b.Property(x => x.NameZh).HasMaxLength(100);
            b.Property(x => x.DescriptionEn).HasMaxLength(500);
            b.Property(x => x.DescriptionZh).HasMaxLength(500);
            b.Property(x => x.Icon).HasMaxLength(2048);
            b.Property(x => x.Tier).HasMaxLength(10);
            b.Property(x => x.Criterion).HasMaxLength(8000);
        });

        modelBuilder.Entity<MemberBadge>(b =>
        {
            b.ToTable("member_badges", Schema);
            b.HasKey(x => new { x.UserId, x.BadgeId });
            b.Property(x => x.Reason).HasMaxLength(500);
            b.HasIndex(x => x.BadgeId);
        });

        modelBuilder.Entity<MemberCounter>(b =>
        {
            b.ToTable("member_counters", Schema);
            b.HasKey(x => new { x.UserId, x.GroupId, x.Metric });
            b.Property(x => x.Metric).HasMaxLength(40);
        });

        modelBuilder.Entity<Activity>(b =>
        {
            b.ToTable("activities", Schema);
            b.HasKey(a => a.EventId);
            b.Property(a => a.EventId).ValueGeneratedNever();
            b.Property(a => a.EventType).HasMaxLength(64);
            b.Property(a => a.SubjectKey).HasMaxLength(200);
            b.HasIndex(a => new { a.EventType, a.OccurredAt });
            b.HasIndex(a => new { a.ActorId, a.EventType, a.OccurredAt });
            b.HasIndex(a => new { a.ContentAuthorId, a.EventType, a.OccurredAt });
            b.HasIndex(a => a.SubjectKey);
        });
    }
}
