using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications_announcement_reads",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications_announcement_reads", x => new { x.notification_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "notifications_hub_subscriptions",
                columns: table => new
                {
                    connection_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    seen_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications_hub_subscriptions", x => new { x.connection_id, x.group_id });
                });

            migrationBuilder.CreateTable(
                name: "notifications_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    dedupe_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    data = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_preferences",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    in_app = table.Column<bool>(type: "INTEGER", nullable: false),
                    email_digest = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications_preferences", x => new { x.user_id, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "notifications_reaction_counts",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reaction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications_reaction_counts", x => new { x.target_id, x.reaction });
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_hub_subscriptions_group_id_user_id",
                table: "notifications_hub_subscriptions",
                columns: new[] { "group_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_hub_subscriptions_instance_id_seen_at",
                table: "notifications_hub_subscriptions",
                columns: new[] { "instance_id", "seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_notifications_dedupe_key",
                table: "notifications_notifications",
                column: "dedupe_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_notifications_user_id_created_at_id",
                table: "notifications_notifications",
                columns: new[] { "user_id", "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_announcement_reads");

            migrationBuilder.DropTable(
                name: "notifications_hub_subscriptions");

            migrationBuilder.DropTable(
                name: "notifications_notifications");

            migrationBuilder.DropTable(
                name: "notifications_preferences");

            migrationBuilder.DropTable(
                name: "notifications_reaction_counts");
        }
    }
}
