using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChallengeActivitySource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "engagement_challenge_activities",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_engagement_challenge_activities_member_id_source",
                table: "engagement_challenge_activities",
                columns: new[] { "member_id", "source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_engagement_challenge_activities_member_id_source",
                table: "engagement_challenge_activities");

            migrationBuilder.DropColumn(
                name: "source",
                table: "engagement_challenge_activities");
        }
    }
}
