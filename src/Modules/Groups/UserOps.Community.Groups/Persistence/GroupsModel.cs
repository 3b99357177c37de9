using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Persistence;

internal sealed class GroupsModel : IModuleModel
{
    public string Schema => "groups";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Group>(b =>
        {
            b.ToTable("groups", Schema);
            b.HasKey(g => g.Id);
            b.Property(g => g.Id).ValueGeneratedNever();
            b.Property(g => g.Name).HasMaxLength(GroupRules.NameMax);
            b.Property(g => g.Slug).HasMaxLength(GroupRules.SlugMax);
            b.Property(g => g.Description).HasMaxLength(GroupRules.DescriptionMax);
            b.PrimitiveCollection(g => g.Tags).HasMaxLength(400);
            b.HasIndex(g => g.Slug).IsUnique();
            // The directory pages newest first by (created_at, id).
            b.HasIndex(g => new { g.CreatedAt, g.Id });
            b.Ignore(g => g.IsPublic);
            b.Ignore(g => g.IsArchived);
        });

        modelBuilder.Entity<GroupMember>(b =>
        {
            b.ToTable("members", Schema);
            b.HasKey(m => new { m.GroupId, m.UserId });
            b.HasIndex(m => m.UserId);
            b.HasIndex(m => new { m.GroupId, m.JoinedAt, m.UserId });
            b.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId);
        });

        modelBuilder.Entity<JoinRequest>(b =>
        {
            b.ToTable("join_requests", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Message).HasMaxLength(500);
            // At most one pending request per member and group.
            b.HasIndex(r => new { r.GroupId, r.UserId }).IsUnique().HasFilter("status = 0");
            b.HasIndex(r => new { r.GroupId, r.Status, r.CreatedAt });
            b.HasOne<Group>().WithMany().HasForeignKey(r => r.GroupId);
        });

        modelBuilder.Entity<GroupInvitation>(b =>
        {
            b.ToTable("invitations", Schema);
            b.HasKey(i => new { i.GroupId, i.UserId });
            b.HasOne<Group>().WithMany().HasForeignKey(i => i.GroupId);
        });
    }
}
