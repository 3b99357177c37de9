using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Tests.Persistence;

/// <summary>PostgreSQL connections prepare their most used statements (ADR 0050), skip the reset on reuse (ADR 0055) and pool a few per core (ADR 0059), unless the connection string decides.</summary>
public sealed class PostgreSqlConnectionDefaultsTests
{
    [Theory]
    [InlineData("Host=db;Database=community", DatabaseRegistration.DefaultMaxAutoPrepare)]
    [InlineData("Host=db;Database=community;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=community;maxautoprepare=10", 10)]
    public void Given_a_PostgreSQL_connection_string_Then_auto_prepare_defaults_only_where_it_is_not_set(string connectionString, int expected)
    {
        var options = DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<CommunityDbContext>(), DatabaseProvider.PostgreSql, connectionString).Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        Assert.Equal(expected, used.MaxAutoPrepare);
        Assert.Equal("community", used.Database);
    }

    [Theory]
    [InlineData("Host=db;Database=community", true)]
    [InlineData("Host=db;Database=community;No Reset On Close=false", false)]
    [InlineData("Host=db;Database=community;noresetonclose=false", false)]
    public void Given_a_PostgreSQL_connection_string_Then_no_reset_on_close_defaults_only_where_it_is_not_set(string connectionString, bool expected)
    {
        var options = DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<CommunityDbContext>(), DatabaseProvider.PostgreSql, connectionString).Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        Assert.Equal(expected, used.NoResetOnClose);
        Assert.Equal(DatabaseRegistration.DefaultMaxAutoPrepare, used.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=db;Database=community", null)]
    [InlineData("Host=db;Database=community;Maximum Pool Size=100", 100)]
    [InlineData("Host=db;Database=community;maxpoolsize=30", 30)]
    [InlineData("Host=db;Database=community;MaxPoolSize=5", 5)]
    public void Given_a_PostgreSQL_connection_string_Then_the_pool_is_sized_to_the_cores_only_where_it_is_not_set(string connectionString, int? written)
    {
        var options = DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<CommunityDbContext>(), DatabaseProvider.PostgreSql, connectionString).Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        Assert.Equal(written ?? Math.Max(8, 4 * Environment.ProcessorCount), used.MaxPoolSize);
        Assert.True(used.NoResetOnClose);
    }

    [Fact]
    public void Given_a_SQLite_connection_string_Then_it_is_used_as_written()
    {
        var options = DatabaseRegistration.UseProvider(new DbContextOptionsBuilder<CommunityDbContext>(), DatabaseProvider.Sqlite, "Data Source=:memory:").Options;

        Assert.Equal("Data Source=:memory:", RelationalOptionsExtension.Extract(options).ConnectionString);
    }
}
