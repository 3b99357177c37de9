using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Groups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "groups_groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    join_policy = table.Column<int>(type: "INTEGER", nullable: false),
                    tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    archived_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    member_count = table.Column<int>(type: "INTEGER", nullable: false),
                    post_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_groups_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "groups_invitations",
                columns: table => new
                {
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invited_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_groups_invitations", x => new { x.group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_groups_invitations_groups_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "groups_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "groups_join_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_groups_join_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_groups_join_requests_groups_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "groups_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "groups_members",
                columns: table => new
                {
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    joined_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_groups_members", x => new { x.group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_groups_members_groups_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "groups_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_groups_groups_created_at_id",
                table: "groups_groups",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_groups_slug",
                table: "groups_groups",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_groups_join_requests_group_id_status_created_at",
                table: "groups_join_requests",
                columns: new[] { "group_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_join_requests_group_id_user_id",
                table: "groups_join_requests",
                columns: new[] { "group_id", "user_id" },
                unique: true,
                filter: "status = 0");

            migrationBuilder.CreateIndex(
                name: "ix_groups_members_group_id_joined_at_user_id",
                table: "groups_members",
                columns: new[] { "group_id", "joined_at", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_members_user_id",
                table: "groups_members",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "groups_invitations");

            migrationBuilder.DropTable(
                name: "groups_join_requests");

            migrationBuilder.DropTable(
                name: "groups_members");

            migrationBuilder.DropTable(
                name: "groups_groups");
        }
    }
}
