using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Persistence;

internal sealed class ContentModel : IModuleModel
{
    public const string SearchVectorColumn = "search_vector";

    public string Schema => "content";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Post>(b =>
        {
            b.ToTable("posts", Schema);
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Title).HasMaxLength(ContentRules.TitleMax);
            b.Property(p => p.Body).HasMaxLength(ContentRules.BodyMax);
            b.Property(p => p.Excerpt).HasMaxLength(ContentRules.ExcerptMax + 1);
            b.Property(p => p.RemovalReason).HasMaxLength(ContentRules.ReasonMax);
            b.PrimitiveCollection(p => p.Tags).HasMaxLength(400);
            ConfigureReactions(b.ComplexProperty(p => p.Reactions));
            b.Ignore(p => p.IsRemoved);
            // Every feed is a bounded range scan on one of these.
            b.HasIndex(p => new { p.GroupId, p.CreatedAt, p.Id });
            b.HasIndex(p => new { p.GroupId, p.HotScore, p.Id });
            b.HasIndex(p => new { p.GroupId, p.TopScore, p.Id });
            b.HasIndex(p => new { p.GroupId, p.IsPinned });
            b.HasIndex(p => new { p.AuthorId, p.CreatedAt, p.Id });
            b.HasIndex(p => new { p.CreatedAt, p.Id });
        });

        modelBuilder.Entity<PostRevision>(b =>
        {
            b.ToTable("post_revisions", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Title).HasMaxLength(ContentRules.TitleMax);
            b.Property(r => r.Body).HasMaxLength(ContentRules.BodyMax);
            b.HasIndex(r => new { r.PostId, r.RevisedAt });
            b.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId);
        });

        modelBuilder.Entity<Comment>(b =>
        {
            b.ToTable("comments", Schema);
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Body).HasMaxLength(ContentRules.CommentMax);
            b.Property(c => c.RemovalReason).HasMaxLength(ContentRules.ReasonMax);
            ConfigureReactions(b.ComplexProperty(c => c.Reactions));
            b.Ignore(c => c.IsRemoved);
            b.HasIndex(c => new { c.PostId, c.ParentCommentId, c.CreatedAt, c.Id });
            b.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId);
        });

        modelBuilder.Entity<Reaction>(b =>
        {
            b.ToTable("reactions", Schema);
            b.HasKey(r => new { r.TargetKind, r.TargetId, r.UserId, r.Kind });
            b.Property(r => r.Kind).HasMaxLength(20);
            b.HasIndex(r => new { r.UserId, r.CreatedAt });
        });

        modelBuilder.Entity<PostTag>(b =>
        {
            b.ToTable("post_tags", Schema);
            b.HasKey(t => new { t.Tag, t.PostId });
            b.Property(t => t.Tag).HasMaxLength(ContentRules.TagMax);
            b.HasIndex(t => new { t.Tag, t.CreatedAt, t.PostId });
            b.HasOne<Post>().WithMany().HasForeignKey(t => t.PostId);
        });

        modelBuilder.Entity<PostSearchDocument>(b =>
        {
            b.ToTable("post_search", Schema);
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedOnAdd();
            b.HasIndex(d => d.PostId).IsUnique();
            b.Property(d => d.Document).HasMaxLength(60_000);
            if (modelBuilder.Provider() == DatabaseProvider.PostgreSql)
            {
                // Stored tsvector with a GIN index; SQLite uses an FTS5 table kept in step by triggers (see the migration).
                b.Property<NpgsqlTsVector>(SearchVectorColumn)
                    .HasComputedColumnSql("to_tsvector('simple', document)", stored: true);
                b.HasIndex(SearchVectorColumn).HasMethod("GIN");
            }
        });
    }

    private static void ConfigureReactions(ComplexPropertyBuilder<ReactionCounts> reactions)
    {
        reactions.Property(r => r.Like).HasColumnName("like_count");
        reactions.Property(r => r.Love).HasColumnName("love_count");
        reactions.Property(r => r.Insightful).HasColumnName("insightful_count");
        reactions.Property(r => r.Funny).HasColumnName("funny_count");
        reactions.Property(r => r.Celebrate).HasColumnName("celebrate_count");
    }
}
