using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OutboxPendingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_default",
                schema: "messaging",
                table: "outbox_messages",
                column: "id",
                filter: "lane = 0 AND status = 0");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_realtime",
                schema: "messaging",
                table: "outbox_messages",
                column: "id",
                filter: "lane = 1 AND status = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending_default",
                schema: "messaging",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending_realtime",
                schema: "messaging",
                table: "outbox_messages");
        }
    }
}
