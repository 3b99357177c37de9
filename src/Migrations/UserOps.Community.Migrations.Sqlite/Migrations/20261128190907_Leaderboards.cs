using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Leaderboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "leaderboard_opt_out",
                table: "identity_users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "growth_leaderboard_exclusions",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    since = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_leaderboard_exclusions", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "growth_leaderboard_points",
                columns: table => new
                {
                    period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    points = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_leaderboard_points", x => new { x.period, x.group_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "growth_seasons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_seasons", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_growth_leaderboard_points_period_group_id_points_updated_at",
                table: "growth_leaderboard_points",
                columns: new[] { "period", "group_id", "points", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_seasons_starts_on_ends_on",
                table: "growth_seasons",
                columns: new[] { "starts_on", "ends_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "growth_leaderboard_exclusions");

            migrationBuilder.DropTable(
                name: "growth_leaderboard_points");

            migrationBuilder.DropTable(
                name: "growth_seasons");

            migrationBuilder.DropColumn(
                name: "leaderboard_opt_out",
                table: "identity_users");
        }
    }
}
