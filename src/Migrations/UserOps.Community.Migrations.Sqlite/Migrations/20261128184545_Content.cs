using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Content : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_post_search",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    document = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_post_search", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "content_posts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    edited_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    is_pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "INTEGER", nullable: false),
                    comment_count = table.Column<int>(type: "INTEGER", nullable: false),
                    hot_score = table.Column<double>(type: "REAL", nullable: false),
                    top_score = table.Column<int>(type: "INTEGER", nullable: false),
                    celebrate_count = table.Column<int>(type: "INTEGER", nullable: false),
                    funny_count = table.Column<int>(type: "INTEGER", nullable: false),
                    insightful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    like_count = table.Column<int>(type: "INTEGER", nullable: false),
                    love_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_posts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "content_reactions",
                columns: table => new
                {
                    target_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_reactions", x => new { x.target_kind, x.target_id, x.user_id, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "content_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    parent_comment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    edited_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reply_count = table.Column<int>(type: "INTEGER", nullable: false),
                    celebrate_count = table.Column<int>(type: "INTEGER", nullable: false),
                    funny_count = table.Column<int>(type: "INTEGER", nullable: false),
                    insightful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    like_count = table.Column<int>(type: "INTEGER", nullable: false),
                    love_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_content_comments_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "content_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_post_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    revised_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    editor_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_post_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_content_post_revisions_content_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "content_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_post_tags",
                columns: table => new
                {
                    tag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_post_tags", x => new { x.tag, x.post_id });
                    table.ForeignKey(
                        name: "fk_content_post_tags_content_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "content_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_display_name",
                table: "identity_users",
                column: "display_name");

            migrationBuilder.CreateIndex(
                name: "ix_content_comments_post_id_parent_comment_id_created_at_id",
                table: "content_comments",
                columns: new[] { "post_id", "parent_comment_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_post_revisions_post_id_revised_at",
                table: "content_post_revisions",
                columns: new[] { "post_id", "revised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_content_post_search_post_id",
                table: "content_post_search",
                column: "post_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_post_tags_post_id",
                table: "content_post_tags",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_content_post_tags_tag_created_at_post_id",
                table: "content_post_tags",
                columns: new[] { "tag", "created_at", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_author_id_created_at_id",
                table: "content_posts",
                columns: new[] { "author_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_created_at_id",
                table: "content_posts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_created_at_id",
                table: "content_posts",
                columns: new[] { "group_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_hot_score_id",
                table: "content_posts",
                columns: new[] { "group_id", "hot_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_is_pinned",
                table: "content_posts",
                columns: new[] { "group_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_top_score_id",
                table: "content_posts",
                columns: new[] { "group_id", "top_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_reactions_user_id_created_at",
                table: "content_reactions",
                columns: new[] { "user_id", "created_at" });

            // Hand-written: SQLite full-text search. An FTS5 index over content_post_search, kept in step by triggers.
            migrationBuilder.Sql(SqliteFullTextSearch.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteFullTextSearch.Drop);

            migrationBuilder.DropTable(
                name: "content_comments");

            migrationBuilder.DropTable(
                name: "content_post_revisions");

            migrationBuilder.DropTable(
                name: "content_post_search");

            migrationBuilder.DropTable(
                name: "content_post_tags");

            migrationBuilder.DropTable(
                name: "content_reactions");

            migrationBuilder.DropTable(
                name: "content_posts");

            migrationBuilder.DropIndex(
                name: "ix_identity_users_display_name",
                table: "identity_users");
        }
    }
}
