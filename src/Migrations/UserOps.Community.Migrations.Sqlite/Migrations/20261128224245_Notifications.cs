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
            migrationBuilder.DropTable(
                name: "referrals_activation_signals");

            migrationBuilder.DropTable(
                name: "referrals_inviter_tallies");

            migrationBuilder.DropTable(
                name: "referrals_referrals");

            migrationBuilder.DropTable(
                name: "referrals_invite_codes");

            migrationBuilder.DropColumn(
                name: "ban_reason",
                table: "identity_users");

            migrationBuilder.DropColumn(
                name: "banned_at",
                table: "identity_users");

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

            migrationBuilder.AddColumn<string>(
                name: "ban_reason",
                table: "identity_users",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "banned_at",
                table: "identity_users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "referrals_invite_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    max_uses = table.Column<int>(type: "INTEGER", nullable: true),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    uses = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals_invite_codes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referrals_inviter_tallies",
                columns: table => new
                {
                    inviter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals_inviter_tallies", x => x.inviter_id);
                });

            migrationBuilder.CreateTable(
                name: "referrals_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    activated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    activated_event_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    activation_deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attributed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    code_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    invitee_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inviter_capped = table.Column<bool>(type: "INTEGER", nullable: false),
                    inviter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    inviter_points_earned = table.Column<int>(type: "INTEGER", nullable: false),
                    inviter_points_reversed = table.Column<int>(type: "INTEGER", nullable: false),
                    inviter_reward_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revoke_reason = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_event_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_referrals_referrals_invite_codes_code_id",
                        column: x => x.code_id,
                        principalTable: "referrals_invite_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals_activation_signals",
                columns: table => new
                {
                    referral_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals_activation_signals", x => new { x.referral_id, x.key });
                    table.ForeignKey(
                        name: "fk_referrals_activation_signals_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals_referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_invite_codes_personal",
                table: "referrals_invite_codes",
                column: "owner_id",
                unique: true,
                filter: "kind = 0 AND revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_invite_codes_code",
                table: "referrals_invite_codes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_invite_codes_kind_created_at_id",
                table: "referrals_invite_codes",
                columns: new[] { "kind", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_invite_codes_owner_id_created_at_id",
                table: "referrals_invite_codes",
                columns: new[] { "owner_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_activated_event_id",
                table: "referrals_referrals",
                column: "activated_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_attributed_at",
                table: "referrals_referrals",
                column: "attributed_at");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_code_id",
                table: "referrals_referrals",
                column: "code_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_invitee_id",
                table: "referrals_referrals",
                column: "invitee_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_inviter_id_attributed_at_id",
                table: "referrals_referrals",
                columns: new[] { "inviter_id", "attributed_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_inviter_id_inviter_reward_date",
                table: "referrals_referrals",
                columns: new[] { "inviter_id", "inviter_reward_date" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrals_revoked_event_id",
                table: "referrals_referrals",
                column: "revoked_event_id");
        }
    }
}
