using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Leaderboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "leaderboard_opt_out",
                schema: "identity",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "leaderboard_exclusions",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leaderboard_exclusions", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "leaderboard_points",
                schema: "growth",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leaderboard_points", x => new { x.period, x.group_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "seasons",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seasons", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_leaderboard_points_period_group_id_points_updated_at",
                schema: "growth",
                table: "leaderboard_points",
                columns: new[] { "period", "group_id", "points", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_seasons_starts_on_ends_on",
                schema: "growth",
                table: "seasons",
                columns: new[] { "starts_on", "ends_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "leaderboard_exclusions",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "leaderboard_points",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "seasons",
                schema: "growth");

            migrationBuilder.DropColumn(
                name: "leaderboard_opt_out",
                schema: "identity",
                table: "users");
        }
    }
}
