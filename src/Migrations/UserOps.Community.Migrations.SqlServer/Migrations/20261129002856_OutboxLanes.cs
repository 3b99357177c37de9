using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLanes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_aggregate_id_status_id",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_message_id",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_status_id",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "lane",
                schema: "messaging",
                table: "outbox_messages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_id_lane_status_id",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "lane", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_lane_status_id",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "lane", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id_lane",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "message_id", "lane" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_aggregate_id_lane_status_id",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_lane_status_id",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_message_id_lane",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "lane",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_id_status_id",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                schema: "messaging",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_status_id",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "status", "id" });
        }
    }
}
