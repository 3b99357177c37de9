using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Growth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "growth");

            migrationBuilder.CreateTable(
                name: "activities",
                schema: "growth",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    event_type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    actor_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    content_author_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    inviter_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    invitee_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    content_length = table.Column<int>(type: "int", nullable: true),
                    subject_key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "levels",
                schema: "growth",
                columns: table => new
                {
                    number = table.Column<int>(type: "int", nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    xp_threshold = table.Column<long>(type: "bigint", nullable: false),
                    privileges = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    reward_points = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_levels", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "member_points",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    xp = table.Column<long>(type: "bigint", nullable: false),
                    balance = table.Column<long>(type: "bigint", nullable: false),
                    level = table.Column<int>(type: "int", nullable: false),
                    updated_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_points", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "point_entries",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    amount = table.Column<int>(type: "int", nullable: false),
                    kind = table.Column<int>(type: "int", nullable: false),
                    rule_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    source_event_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    source_type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    subject_key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    actor_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    occurred_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    reverses_entry_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    operator_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_point_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "point_rules",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    event_type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    recipient = table.Column<int>(type: "int", nullable: false),
                    points = table.Column<int>(type: "int", nullable: false),
                    multiplier = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    daily_cap = table.Column<int>(type: "int", nullable: true),
                    total_cap = table.Column<int>(type: "int", nullable: true),
                    per_actor_daily_cap = table.Column<int>(type: "int", nullable: true),
                    cooldown_seconds = table.Column<int>(type: "int", nullable: true),
                    min_content_length = table.Column<int>(type: "int", nullable: true),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    active_from = table.Column<DateTime>(type: "datetime2", nullable: true),
                    active_until = table.Column<DateTime>(type: "datetime2", nullable: true),
                    enabled = table.Column<bool>(type: "bit", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    updated_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_point_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rule_audit",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    rule_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    actor_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    before = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    after = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_audit", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "growth",
                table: "point_rules",
                columns: new[] { "id", "active_from", "active_until", "cooldown_seconds", "created_at", "daily_cap", "enabled", "event_type", "group_id", "min_content_length", "multiplier", "name", "per_actor_daily_cap", "points", "recipient", "total_cap", "updated_at", "version" },
                values: new object[,]
                {
                    { new Guid("01a2d000-0000-7000-8000-000000000001"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 50, true, "PostPublished", null, 20, 1m, "Published a post", null, 5, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000002"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 40, true, "CommentPosted", null, 5, 1m, "Commented", null, 2, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000003"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 50, true, "ReactionAdded", null, null, 1m, "Received a reaction", 5, 1, 1, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000004"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 5, true, "CheckInRecorded", null, null, 1m, "Daily check-in", null, 5, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000005"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "StreakReached", null, null, 1m, "Reached a 7-day streak", null, 20, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000006"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "ProfileCompleted", null, null, 1m, "Completed the profile", null, 20, 0, 20, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000007"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "ReferralActivated", null, null, 1m, "Invited a member who became active", null, 100, 2, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000008"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "ReferralActivated", null, null, 1m, "Joined through an invitation and became active", null, 50, 3, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000009"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 5, true, "MemberJoined", null, null, 1m, "Joined a group", null, 1, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_event_type_occurred_at",
                schema: "growth",
                table: "activities",
                columns: new[] { "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_reverses_entry_id",
                schema: "growth",
                table: "point_entries",
                column: "reverses_entry_id",
                unique: true,
                filter: "reverses_entry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_subject_key",
                schema: "growth",
                table: "point_entries",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_user_id_occurred_at_id",
                schema: "growth",
                table: "point_entries",
                columns: new[] { "user_id", "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_user_id_rule_id_local_date",
                schema: "growth",
                table: "point_entries",
                columns: new[] { "user_id", "rule_id", "local_date" });

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_user_id_rule_id_source_event_id",
                schema: "growth",
                table: "point_entries",
                columns: new[] { "user_id", "rule_id", "source_event_id" },
                unique: true,
                filter: "rule_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_point_rules_event_type_enabled",
                schema: "growth",
                table: "point_rules",
                columns: new[] { "event_type", "enabled" });

            migrationBuilder.CreateIndex(
                name: "ix_rule_audit_at",
                schema: "growth",
                table: "rule_audit",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_rule_audit_rule_id_at",
                schema: "growth",
                table: "rule_audit",
                columns: new[] { "rule_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "levels",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "member_points",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "point_entries",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "point_rules",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "rule_audit",
                schema: "growth");
        }
    }
}
