using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ChallengeActivitySource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "engagement",
                table: "challenge_activities",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_challenge_activities_member_id_source",
                schema: "engagement",
                table: "challenge_activities",
                columns: new[] { "member_id", "source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_challenge_activities_member_id_source",
                schema: "engagement",
                table: "challenge_activities");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "engagement",
                table: "challenge_activities");
        }
    }
}
