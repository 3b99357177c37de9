using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Badges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "reward_badge_id",
                schema: "growth",
                table: "levels",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "badges",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    description_en = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    description_zh = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    icon = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    tier = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    criterion = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    manual = table.Column<bool>(type: "bit", nullable: false),
                    visible = table.Column<bool>(type: "bit", nullable: false),
                    enabled = table.Column<bool>(type: "bit", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_badges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_badges",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    badge_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    earned_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    retroactive = table.Column<bool>(type: "bit", nullable: false),
                    granted_by = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_badges", x => new { x.user_id, x.badge_id });
                });

            migrationBuilder.CreateTable(
                name: "member_counters",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    metric = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_counters", x => new { x.user_id, x.group_id, x.metric });
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_actor_id_event_type_occurred_at",
                schema: "growth",
                table: "activities",
                columns: new[] { "actor_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_content_author_id_event_type_occurred_at",
                schema: "growth",
                table: "activities",
                columns: new[] { "content_author_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_subject_key",
                schema: "growth",
                table: "activities",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_member_badges_badge_id",
                schema: "growth",
                table: "member_badges",
                column: "badge_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "badges",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "member_badges",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "member_counters",
                schema: "growth");

            migrationBuilder.DropIndex(
                name: "ix_activities_actor_id_event_type_occurred_at",
                schema: "growth",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "ix_activities_content_author_id_event_type_occurred_at",
                schema: "growth",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "ix_activities_subject_key",
                schema: "growth",
                table: "activities");

            migrationBuilder.DropColumn(
                name: "reward_badge_id",
                schema: "growth",
                table: "levels");
        }
    }
}
