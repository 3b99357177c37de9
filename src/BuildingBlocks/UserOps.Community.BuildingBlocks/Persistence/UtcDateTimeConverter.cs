using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// Instants are stored as UTC DateTime on every provider (SQLite cannot order DateTimeOffset in SQL);
/// this converter restores DateTimeKind.Utc on read, which PostgreSQL's timestamptz also requires on write.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
