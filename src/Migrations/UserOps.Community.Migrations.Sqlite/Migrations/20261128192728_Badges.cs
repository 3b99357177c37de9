using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Badges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "reward_badge_id",
                table: "growth_levels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "growth_badges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description_zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    icon = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    criterion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    manual = table.Column<bool>(type: "INTEGER", nullable: false),
                    visible = table.Column<bool>(type: "INTEGER", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_badges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_member_badges",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    badge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    earned_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    retroactive = table.Column<bool>(type: "INTEGER", nullable: false),
                    granted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_member_badges", x => new { x.user_id, x.badge_id });
                });

            migrationBuilder.CreateTable(
                name: "growth_member_counters",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_member_counters", x => new { x.user_id, x.group_id, x.metric });
                });

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_actor_id_event_type_occurred_at",
                table: "growth_activities",
                columns: new[] { "actor_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_content_author_id_event_type_occurred_at",
                table: "growth_activities",
                columns: new[] { "content_author_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_subject_key",
                table: "growth_activities",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_growth_member_badges_badge_id",
                table: "growth_member_badges",
                column: "badge_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "growth_badges");

            migrationBuilder.DropTable(
                name: "growth_member_badges");

            migrationBuilder.DropTable(
                name: "growth_member_counters");

            migrationBuilder.DropIndex(
                name: "ix_growth_activities_actor_id_event_type_occurred_at",
                table: "growth_activities");

            migrationBuilder.DropIndex(
                name: "ix_growth_activities_content_author_id_event_type_occurred_at",
                table: "growth_activities");

            migrationBuilder.DropIndex(
                name: "ix_growth_activities_subject_key",
                table: "growth_activities");

            migrationBuilder.DropColumn(
                name: "reward_badge_id",
                table: "growth_levels");
        }
    }
}
