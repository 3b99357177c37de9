using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "growth_rewards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    image_url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    cost = table.Column<int>(type: "INTEGER", nullable: false),
                    stock = table.Column<int>(type: "INTEGER", nullable: true),
                    per_member_limit = table.Column<int>(type: "INTEGER", nullable: true),
                    minimum_level = table.Column<int>(type: "INTEGER", nullable: true),
                    active_from = table.Column<DateTime>(type: "TEXT", nullable: true),
                    active_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_rewards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_redemptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reward_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cost = table.Column<int>(type: "INTEGER", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_redemptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_growth_redemptions_rewards_reward_id",
                        column: x => x.reward_id,
                        principalTable: "growth_rewards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_reward_id",
                table: "growth_redemptions",
                column: "reward_id");

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_status_created_at",
                table: "growth_redemptions",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_user_id_idempotency_key",
                table: "growth_redemptions",
                columns: new[] { "user_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_user_id_reward_id_status",
                table: "growth_redemptions",
                columns: new[] { "user_id", "reward_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "growth_redemptions");

            migrationBuilder.DropTable(
                name: "growth_rewards");
        }
    }
}
