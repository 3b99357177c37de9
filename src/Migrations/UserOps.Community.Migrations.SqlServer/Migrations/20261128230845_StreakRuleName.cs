using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UserOps.Community.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StreakRuleName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                schema: "growth",
                table: "point_rules",
                keyColumn: "id",
                keyValue: new Guid("01a2d000-0000-7000-8000-000000000005"),
                column: "name",
                value: "Reached a streak milestone");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                schema: "growth",
                table: "point_rules",
                keyColumn: "id",
                keyValue: new Guid("01a2d000-0000-7000-8000-000000000005"),
                column: "name",
                value: "Reached a 7-day streak");
        }
    }
}
