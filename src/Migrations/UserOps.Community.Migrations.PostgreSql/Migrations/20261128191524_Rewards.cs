using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rewards",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    image_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    cost = table.Column<int>(type: "integer", nullable: false),
                    stock = table.Column<int>(type: "integer", nullable: true),
                    per_member_limit = table.Column<int>(type: "integer", nullable: true),
                    minimum_level = table.Column<int>(type: "integer", nullable: true),
                    active_from = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    active_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rewards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "redemptions",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reward_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cost = table.Column<int>(type: "integer", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_redemptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_redemptions_rewards_reward_id",
                        column: x => x.reward_id,
                        principalSchema: "growth",
                        principalTable: "rewards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_reward_id",
                schema: "growth",
                table: "redemptions",
                column: "reward_id");

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_status_created_at",
                schema: "growth",
                table: "redemptions",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_user_id_idempotency_key",
                schema: "growth",
                table: "redemptions",
                columns: new[] { "user_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_user_id_reward_id_status",
                schema: "growth",
                table: "redemptions",
                columns: new[] { "user_id", "reward_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "redemptions",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "rewards",
                schema: "growth");
        }
    }
}
