using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLanes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_messaging_outbox_messages_aggregate_id_status_id",
                table: "messaging_outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_messaging_outbox_messages_message_id",
                table: "messaging_outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_messaging_outbox_messages_status_id",
                table: "messaging_outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "lane",
                table: "messaging_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_aggregate_id_lane_status_id",
                table: "messaging_outbox_messages",
                columns: new[] { "aggregate_id", "lane", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_lane_status_id",
                table: "messaging_outbox_messages",
                columns: new[] { "lane", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_message_id_lane",
                table: "messaging_outbox_messages",
                columns: new[] { "message_id", "lane" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_messaging_outbox_messages_aggregate_id_lane_status_id",
                table: "messaging_outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_messaging_outbox_messages_lane_status_id",
                table: "messaging_outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_messaging_outbox_messages_message_id_lane",
                table: "messaging_outbox_messages");

            migrationBuilder.DropColumn(
                name: "lane",
                table: "messaging_outbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_aggregate_id_status_id",
                table: "messaging_outbox_messages",
                columns: new[] { "aggregate_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_message_id",
                table: "messaging_outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_status_id",
                table: "messaging_outbox_messages",
                columns: new[] { "status", "id" });
        }
    }
}
