using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Engagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "engagement");

            migrationBuilder.CreateTable(
                name: "challenges",
                schema: "engagement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title_zh = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description_en = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    description_zh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    activity_type = table.Column<int>(type: "integer", nullable: true),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target = table.Column<int>(type: "integer", nullable: false),
                    reward_points = table.Column<int>(type: "integer", nullable: false),
                    reward_badge_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entry_cost = table.Column<int>(type: "integer", nullable: false),
                    max_participants = table.Column<int>(type: "integer", nullable: true),
                    allow_late_enrolment = table.Column<bool>(type: "boolean", nullable: false),
                    participant_count = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_challenges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "check_ins",
                schema: "engagement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: true),
                    mood = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    is_makeup = table.Column<bool>(type: "boolean", nullable: false),
                    bridges_zone_change = table.Column<bool>(type: "boolean", nullable: false),
                    streak_length = table.Column<int>(type: "integer", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_ins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "daily_counts",
                schema: "engagement",
                columns: table => new
                {
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shard = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_counts", x => new { x.local_date, x.group_id, x.shard });
                });

            migrationBuilder.CreateTable(
                name: "streak_milestones",
                schema: "engagement",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    streak_started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    milestone = table.Column<int>(type: "integer", nullable: false),
                    reached_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_streak_milestones", x => new { x.member_id, x.streak_started_on, x.milestone });
                });

            migrationBuilder.CreateTable(
                name: "streaks",
                schema: "engagement",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    current_streak = table.Column<int>(type: "integer", nullable: false),
                    longest_streak = table.Column<int>(type: "integer", nullable: false),
                    total_check_ins = table.Column<int>(type: "integer", nullable: false),
                    streak_started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_date = table.Column<DateOnly>(type: "date", nullable: true),
                    last_day_ends_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    streak_deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    break_reported = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_streaks", x => x.member_id);
                });

            migrationBuilder.CreateTable(
                name: "challenge_activities",
                schema: "engagement",
                columns: table => new
                {
                    challenge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_challenge_activities", x => new { x.challenge_id, x.member_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_challenge_activities_challenges_challenge_id",
                        column: x => x.challenge_id,
                        principalSchema: "engagement",
                        principalTable: "challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "challenge_participants",
                schema: "engagement",
                columns: table => new
                {
                    challenge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    progress_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_challenge_participants", x => new { x.challenge_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_challenge_participants_challenges_challenge_id",
                        column: x => x.challenge_id,
                        principalSchema: "engagement",
                        principalTable: "challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_challenge_participants_challenge_id_progress_progress_at",
                schema: "engagement",
                table: "challenge_participants",
                columns: new[] { "challenge_id", "progress", "progress_at" });

            migrationBuilder.CreateIndex(
                name: "ix_challenge_participants_member_id",
                schema: "engagement",
                table: "challenge_participants",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_challenges_created_at_id",
                schema: "engagement",
                table: "challenges",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_challenges_group_id_end_date",
                schema: "engagement",
                table: "challenges",
                columns: new[] { "group_id", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_challenges_kind_end_date",
                schema: "engagement",
                table: "challenges",
                columns: new[] { "kind", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_check_ins_member_id_is_makeup_recorded_on",
                schema: "engagement",
                table: "check_ins",
                columns: new[] { "member_id", "is_makeup", "recorded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_check_ins_member_id_local_date",
                schema: "engagement",
                table: "check_ins",
                columns: new[] { "member_id", "local_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_streaks_break_reported_streak_deadline",
                schema: "engagement",
                table: "streaks",
                columns: new[] { "break_reported", "streak_deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "challenge_activities",
                schema: "engagement");

            migrationBuilder.DropTable(
                name: "challenge_participants",
                schema: "engagement");

            migrationBuilder.DropTable(
                name: "check_ins",
                schema: "engagement");

            migrationBuilder.DropTable(
                name: "daily_counts",
                schema: "engagement");

            migrationBuilder.DropTable(
                name: "streak_milestones",
                schema: "engagement");

            migrationBuilder.DropTable(
                name: "streaks",
                schema: "engagement");

            migrationBuilder.DropTable(
                name: "challenges",
                schema: "engagement");
        }
    }
}
