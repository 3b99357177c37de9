using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Persistence;

internal sealed class EngagementModel : IModuleModel
{
    public string Schema => "engagement";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CheckIn>(b =>
        {
            b.ToTable("check_ins", Schema);
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.TimeZone).HasMaxLength(64);
            b.Property(c => c.Note).HasMaxLength(280);
            b.Property(c => c.Mood).HasMaxLength(16);
            // One check-in per member and local date, however many requests race.
            b.HasIndex(c => new { c.MemberId, c.LocalDate }).IsUnique();
            b.HasIndex(c => new { c.MemberId, c.IsMakeup, c.RecordedOn });
        });

        modelBuilder.Entity<MemberStreak>(b =>
        {
            b.ToTable("streaks", Schema);
            b.HasKey(s => s.MemberId);
            b.Property(s => s.MemberId).ValueGeneratedNever();
            // The daily job scans unreported streaks whose deadline has passed.
            b.HasIndex(s => new { s.BreakReported, s.StreakDeadline });
        });

        modelBuilder.Entity<DailyCount>(b =>
        {
            b.ToTable("daily_counts", Schema);
            b.HasKey(c => new { c.LocalDate, c.GroupId, c.Shard });
        });

        modelBuilder.Entity<StreakMilestone>(b =>
        {
            b.ToTable("streak_milestones", Schema);
            b.HasKey(m => new { m.MemberId, m.StreakStartedOn, m.Milestone });
        });

        modelBuilder.Entity<Challenge>(b =>
        {
            b.ToTable("challenges", Schema);
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.TitleEn).HasMaxLength(ChallengeLimits.TitleMax);
            b.Property(c => c.TitleZh).HasMaxLength(ChallengeLimits.TitleMax);
            b.Property(c => c.DescriptionEn).HasMaxLength(ChallengeLimits.DescriptionMax);
            b.Property(c => c.DescriptionZh).HasMaxLength(ChallengeLimits.DescriptionMax);
            b.HasIndex(c => new { c.GroupId, c.EndDate });
            b.HasIndex(c => new { c.Kind, c.EndDate });
            b.HasIndex(c => new { c.CreatedAt, c.Id });
        });

        modelBuilder.Entity<ChallengeParticipant>(b =>
        {
            b.ToTable("challenge_participants", Schema);
            b.HasKey(p => new { p.ChallengeId, p.MemberId });
            b.HasIndex(p => p.MemberId);
            // The challenge leaderboard reads the top by progress, first to get there first.
            b.HasIndex(p => new { p.ChallengeId, p.Progress, p.ProgressAt });
            b.HasOne<Challenge>().WithMany().HasForeignKey(p => p.ChallengeId);
        });

        modelBuilder.Entity<ChallengeActivity>(b =>
        {
            b.ToTable("challenge_activities", Schema);
            b.HasKey(a => new { a.ChallengeId, a.MemberId, a.EventId });
            b.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId);
            b.Property(a => a.Source).HasMaxLength(100);
            b.HasIndex(a => new { a.MemberId, a.Source });
        });
    }
}
