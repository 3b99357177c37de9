using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Content : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "content");

            migrationBuilder.CreateTable(
                name: "post_search",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    post_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "bit", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    document = table.Column<string>(type: "nvarchar(max)", maxLength: 60000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_search", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "posts",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    author_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    body_html = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    tags = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    edited_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    removed_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    removed_by = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    removal_reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    is_pinned = table.Column<bool>(type: "bit", nullable: false),
                    is_locked = table.Column<bool>(type: "bit", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "bit", nullable: false),
                    comment_count = table.Column<int>(type: "int", nullable: false),
                    hot_score = table.Column<double>(type: "float", nullable: false),
                    top_score = table.Column<int>(type: "int", nullable: false),
                    celebrate_count = table.Column<int>(type: "int", nullable: false),
                    funny_count = table.Column<int>(type: "int", nullable: false),
                    insightful_count = table.Column<int>(type: "int", nullable: false),
                    like_count = table.Column<int>(type: "int", nullable: false),
                    love_count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reactions",
                schema: "content",
                columns: table => new
                {
                    target_kind = table.Column<int>(type: "int", nullable: false),
                    target_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reactions", x => new { x.target_kind, x.target_id, x.user_id, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "comments",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    post_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    parent_comment_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    author_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    body = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    body_html = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    edited_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    removed_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    removed_by = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    removal_reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    reply_count = table.Column<int>(type: "int", nullable: false),
                    celebrate_count = table.Column<int>(type: "int", nullable: false),
                    funny_count = table.Column<int>(type: "int", nullable: false),
                    insightful_count = table.Column<int>(type: "int", nullable: false),
                    like_count = table.Column<int>(type: "int", nullable: false),
                    love_count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_comments_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "content",
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_revisions",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    post_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    revised_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    editor_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_post_revisions_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "content",
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_tags",
                schema: "content",
                columns: table => new
                {
                    tag = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    post_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_tags", x => new { x.tag, x.post_id });
                    table.ForeignKey(
                        name: "fk_post_tags_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "content",
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_display_name",
                schema: "identity",
                table: "users",
                column: "display_name");

            migrationBuilder.CreateIndex(
                name: "ix_comments_post_id_parent_comment_id_created_at_id",
                schema: "content",
                table: "comments",
                columns: new[] { "post_id", "parent_comment_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_post_revisions_post_id_revised_at",
                schema: "content",
                table: "post_revisions",
                columns: new[] { "post_id", "revised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_post_search_post_id",
                schema: "content",
                table: "post_search",
                column: "post_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_post_tags_post_id",
                schema: "content",
                table: "post_tags",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_post_tags_tag_created_at_post_id",
                schema: "content",
                table: "post_tags",
                columns: new[] { "tag", "created_at", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_author_id_created_at_id",
                schema: "content",
                table: "posts",
                columns: new[] { "author_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_created_at_id",
                schema: "content",
                table: "posts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_created_at_id",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_hot_score_id",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "hot_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_is_pinned",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_top_score_id",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "top_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reactions_user_id_created_at",
                schema: "content",
                table: "reactions",
                columns: new[] { "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comments",
                schema: "content");

            migrationBuilder.DropTable(
                name: "post_revisions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "post_search",
                schema: "content");

            migrationBuilder.DropTable(
                name: "post_tags",
                schema: "content");

            migrationBuilder.DropTable(
                name: "reactions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "posts",
                schema: "content");

            migrationBuilder.DropIndex(
                name: "ix_users_display_name",
                schema: "identity",
                table: "users");
        }
    }
}
