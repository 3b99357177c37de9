using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "notifications");

            migrationBuilder.CreateTable(
                name: "announcement_reads",
                schema: "notifications",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    read_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_announcement_reads", x => new { x.notification_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "hub_subscriptions",
                schema: "notifications",
                columns: table => new
                {
                    connection_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    instance_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    seen_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hub_subscriptions", x => new { x.connection_id, x.group_id });
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    dedupe_key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    actor_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    subject_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    data = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    read_at = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "preferences",
                schema: "notifications",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    in_app = table.Column<bool>(type: "bit", nullable: false),
                    email_digest = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_preferences", x => new { x.user_id, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "reaction_counts",
                schema: "notifications",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    reaction = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reaction_counts", x => new { x.target_id, x.reaction });
                });

            migrationBuilder.CreateIndex(
                name: "ix_hub_subscriptions_group_id_user_id",
                schema: "notifications",
                table: "hub_subscriptions",
                columns: new[] { "group_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_hub_subscriptions_instance_id_seen_at",
                schema: "notifications",
                table: "hub_subscriptions",
                columns: new[] { "instance_id", "seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_dedupe_key",
                schema: "notifications",
                table: "notifications",
                column: "dedupe_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at_id",
                schema: "notifications",
                table: "notifications",
                columns: new[] { "user_id", "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "announcement_reads",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "hub_subscriptions",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "preferences",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "reaction_counts",
                schema: "notifications");
        }
    }
}
