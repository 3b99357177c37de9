using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Engagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engagement_challenges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    title_zh = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    description_zh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    activity_type = table.Column<int>(type: "INTEGER", nullable: true),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    target = table.Column<int>(type: "INTEGER", nullable: false),
                    reward_points = table.Column<int>(type: "INTEGER", nullable: false),
                    reward_badge_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    entry_cost = table.Column<int>(type: "INTEGER", nullable: false),
                    max_participants = table.Column<int>(type: "INTEGER", nullable: true),
                    allow_late_enrolment = table.Column<bool>(type: "INTEGER", nullable: false),
                    participant_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_challenges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_check_ins",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    local_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 280, nullable: true),
                    mood = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    is_makeup = table.Column<bool>(type: "INTEGER", nullable: false),
                    bridges_zone_change = table.Column<bool>(type: "INTEGER", nullable: false),
                    streak_length = table.Column<int>(type: "INTEGER", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_check_ins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_daily_counts",
                columns: table => new
                {
                    local_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shard = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_daily_counts", x => new { x.local_date, x.group_id, x.shard });
                });

            migrationBuilder.CreateTable(
                name: "engagement_streak_milestones",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    streak_started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    milestone = table.Column<int>(type: "INTEGER", nullable: false),
                    reached_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_streak_milestones", x => new { x.member_id, x.streak_started_on, x.milestone });
                });

            migrationBuilder.CreateTable(
                name: "engagement_streaks",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    current_streak = table.Column<int>(type: "INTEGER", nullable: false),
                    longest_streak = table.Column<int>(type: "INTEGER", nullable: false),
                    total_check_ins = table.Column<int>(type: "INTEGER", nullable: false),
                    streak_started_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_day_ends_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    streak_deadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    break_reported = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_streaks", x => x.member_id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_challenge_activities",
                columns: table => new
                {
                    challenge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_challenge_activities", x => new { x.challenge_id, x.member_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_engagement_challenge_activities_engagement_challenges_challenge_id",
                        column: x => x.challenge_id,
                        principalTable: "engagement_challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "engagement_challenge_participants",
                columns: table => new
                {
                    challenge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolled_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    progress = table.Column<int>(type: "INTEGER", nullable: false),
                    progress_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_challenge_participants", x => new { x.challenge_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_engagement_challenge_participants_engagement_challenges_challenge_id",
                        column: x => x.challenge_id,
                        principalTable: "engagement_challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_challenge_participants_challenge_id_progress_progress_at",
                table: "engagement_challenge_participants",
                columns: new[] { "challenge_id", "progress", "progress_at" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_challenge_participants_member_id",
                table: "engagement_challenge_participants",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_challenges_created_at_id",
                table: "engagement_challenges",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_challenges_group_id_end_date",
                table: "engagement_challenges",
                columns: new[] { "group_id", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_challenges_kind_end_date",
                table: "engagement_challenges",
                columns: new[] { "kind", "end_date" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_check_ins_member_id_is_makeup_recorded_on",
                table: "engagement_check_ins",
                columns: new[] { "member_id", "is_makeup", "recorded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_check_ins_member_id_local_date",
                table: "engagement_check_ins",
                columns: new[] { "member_id", "local_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_engagement_streaks_break_reported_streak_deadline",
                table: "engagement_streaks",
                columns: new[] { "break_reported", "streak_deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engagement_challenge_activities");

            migrationBuilder.DropTable(
                name: "engagement_challenge_participants");

            migrationBuilder.DropTable(
                name: "engagement_check_ins");

            migrationBuilder.DropTable(
                name: "engagement_daily_counts");

            migrationBuilder.DropTable(
                name: "engagement_streak_milestones");

            migrationBuilder.DropTable(
                name: "engagement_streaks");

            migrationBuilder.DropTable(
                name: "engagement_challenges");
        }
    }
}
