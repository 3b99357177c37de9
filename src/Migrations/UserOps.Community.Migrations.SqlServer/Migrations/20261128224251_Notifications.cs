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
            migrationBuilder.DropTable(
                name: "activation_signals",
                schema: "referrals");

            migrationBuilder.DropTable(
                name: "inviter_tallies",
                schema: "referrals");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "referrals");

            migrationBuilder.DropTable(
                name: "invite_codes",
                schema: "referrals");

            migrationBuilder.DropColumn(
                name: "ban_reason",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "banned_at",
                schema: "identity",
                table: "users");

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

            migrationBuilder.EnsureSchema(
                name: "referrals");

            migrationBuilder.AddColumn<string>(
                name: "ban_reason",
                schema: "identity",
                table: "users",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "banned_at",
                schema: "identity",
                table: "users",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "invite_codes",
                schema: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    channel = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    created_by = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    expires_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    kind = table.Column<int>(type: "int", nullable: false),
                    label = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    max_uses = table.Column<int>(type: "int", nullable: true),
                    owner_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    uses = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invite_codes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inviter_tallies",
                schema: "referrals",
                columns: table => new
                {
                    inviter_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    updated_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inviter_tallies", x => x.inviter_id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    activated_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    activated_event_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    activation_deadline = table.Column<DateTime>(type: "datetime2", nullable: false),
                    attributed_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    channel = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    code_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    code_kind = table.Column<int>(type: "int", nullable: false),
                    group_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    invitee_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    inviter_capped = table.Column<bool>(type: "bit", nullable: false),
                    inviter_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    inviter_points_earned = table.Column<int>(type: "int", nullable: false),
                    inviter_points_reversed = table.Column<int>(type: "int", nullable: false),
                    inviter_reward_date = table.Column<DateOnly>(type: "date", nullable: true),
                    revoke_reason = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: true),
                    revoked_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    revoked_event_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    status = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_invite_codes_code_id",
                        column: x => x.code_id,
                        principalSchema: "referrals",
                        principalTable: "invite_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activation_signals",
                schema: "referrals",
                columns: table => new
                {
                    referral_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "int", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activation_signals", x => new { x.referral_id, x.key });
                    table.ForeignKey(
                        name: "fk_activation_signals_referrals_referral_id",
                        column: x => x.referral_id,
                        principalSchema: "referrals",
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_invite_codes_code",
                schema: "referrals",
                table: "invite_codes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invite_codes_kind_created_at_id",
                schema: "referrals",
                table: "invite_codes",
                columns: new[] { "kind", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_invite_codes_owner_id_created_at_id",
                schema: "referrals",
                table: "invite_codes",
                columns: new[] { "owner_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_invite_codes_personal",
                schema: "referrals",
                table: "invite_codes",
                column: "owner_id",
                unique: true,
                filter: "kind = 0 AND revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_activated_event_id",
                schema: "referrals",
                table: "referrals",
                column: "activated_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_attributed_at",
                schema: "referrals",
                table: "referrals",
                column: "attributed_at");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_code_id",
                schema: "referrals",
                table: "referrals",
                column: "code_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_invitee_id",
                schema: "referrals",
                table: "referrals",
                column: "invitee_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_inviter_id_attributed_at_id",
                schema: "referrals",
                table: "referrals",
                columns: new[] { "inviter_id", "attributed_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_inviter_id_inviter_reward_date",
                schema: "referrals",
                table: "referrals",
                columns: new[] { "inviter_id", "inviter_reward_date" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_revoked_event_id",
                schema: "referrals",
                table: "referrals",
                column: "revoked_event_id");
        }
    }
}
