using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Persistence;

internal sealed class ReferralsModel : IModuleModel
{
    public string Schema => "referrals";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InviteCode>(b =>
        {
            b.ToTable("invite_codes", Schema);
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Code).HasMaxLength(InviteCode.CodeMax);
            b.Property(c => c.Label).HasMaxLength(InviteCode.LabelMax);
            b.Property(c => c.Channel).HasMaxLength(InviteCode.ChannelMax);
            b.HasIndex(c => c.Code).IsUnique();
            // One live personal code per member, even when two first requests race.
            b.HasIndex(c => c.OwnerId).IsUnique().HasFilter("kind = 0 AND revoked_at IS NULL").HasDatabaseName("ix_invite_codes_personal");
            b.HasIndex(c => new { c.OwnerId, c.CreatedAt, c.Id });
            b.HasIndex(c => new { c.Kind, c.CreatedAt, c.Id });
        });

        modelBuilder.Entity<Referral>(b =>
        {
            b.ToTable("referrals", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Code).HasMaxLength(InviteCode.CodeMax);
            b.Property(r => r.Channel).HasMaxLength(InviteCode.ChannelMax);
            b.Property(r => r.RevokeReason).HasMaxLength(600);
            // A member is attributed at most once.
            b.HasIndex(r => r.InviteeId).IsUnique();
            b.HasIndex(r => new { r.InviterId, r.AttributedAt, r.Id });
            b.HasIndex(r => new { r.InviterId, r.InviterRewardDate });
            b.HasIndex(r => r.AttributedAt);
            b.HasIndex(r => r.ActivatedEventId);
            b.HasIndex(r => r.RevokedEventId);
            b.HasOne<InviteCode>().WithMany().HasForeignKey(r => r.CodeId);
        });

        modelBuilder.Entity<ActivationSignal>(b =>
        {
            b.ToTable("activation_signals", Schema);
            b.HasKey(s => new { s.ReferralId, s.Key });
            b.Property(s => s.Key).HasMaxLength(100);
            b.HasOne<Referral>().WithMany().HasForeignKey(s => s.ReferralId);
        });

        modelBuilder.Entity<InviterTally>(b =>
        {
            b.ToTable("inviter_tallies", Schema);
            b.HasKey(t => t.InviterId);
        });
    }
}
