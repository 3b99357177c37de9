using Microsoft.EntityFrameworkCore;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Tests.Persistence;

/// <summary>PostgreSQL's refusal of a NUL character is recognised however deep EF Core wraps it.</summary>
public sealed class UnstorableTextTests
{
    [Fact]
    public void Given_PostgreSQL_refusing_a_NUL_inside_a_save_Then_it_is_unstorable_text()
    {
        var refusal = new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", PostgresErrorCodes.CharacterNotInRepertoire);

        Assert.True(new DbUpdateException("save failed", refusal).IsUnstorableText());
        Assert.True(new InvalidOperationException("transient?", refusal).IsUnstorableText());
    }

    [Fact]
    public void Given_another_database_error_Then_it_is_not_unstorable_text()
    {
        var duplicate = new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.False(new DbUpdateException("save failed", duplicate).IsUnstorableText());
        Assert.False(new InvalidOperationException("plain").IsUnstorableText());
    }
}
