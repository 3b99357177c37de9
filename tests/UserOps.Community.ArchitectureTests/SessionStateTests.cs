using System.Text.RegularExpressions;

namespace UserOps.Community.ArchitectureTests;

/// <summary>
/// Pooled PostgreSQL connections are handed out again without a reset (ADR 0055), so SQL must keep its state inside a
/// transaction: SET LOCAL, set_config(..., true), transaction-level advisory locks. Session state would leak into the
/// next request that gets the connection.
/// </summary>
public sealed partial class SessionStateTests
{
    [Theory]
    [InlineData("SET statement_timeout = 1000")]
    [InlineData("SET SESSION lock_timeout TO '1s'")]
    [InlineData("set search_path to content")]
    [InlineData("SELECT set_config('synchronous_commit', 'off', false)")]
    [InlineData("SELECT pg_advisory_lock(42)")]
    [InlineData("LISTEN posts")]
    [InlineData("CREATE TEMP TABLE ids (id uuid)")]
    [InlineData("SET plan_cache_mode = force_generic_plan")]
    public void Given_SQL_that_leaves_session_state_Then_it_is_recognised(string sql) =>
        Assert.Matches(SessionState(), sql);

    [Theory]
    [InlineData("SET LOCAL statement_timeout = 1000")]
    [InlineData("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)")]
    [InlineData("SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(42)")]
    [InlineData("UPDATE content.posts SET like_count = like_count + 1")]
    public void Given_SQL_whose_state_ends_with_its_transaction_Then_it_is_not_flagged(string sql) =>
        Assert.DoesNotMatch(SessionState(), sql);

    [Fact]
    public void Given_the_product_source_Then_no_SQL_leaves_session_state_on_a_pooled_connection()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "UserOps.Community.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var sources = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}Migrations", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sources);
        var offenders = sources
            .SelectMany(path => SessionState().Matches(File.ReadAllText(path)).Select(m => $"{Path.GetRelativePath(root.FullName, path)}: {m.Value}"))
            .ToList();
        Assert.Empty(offenders);
    }

    // Session-level SET of a setting (not SET LOCAL, not UPDATE's SET column), session set_config, session advisory
    // locks, LISTEN and temporary tables.
    [GeneratedRegex(
        @"\bSET\s+(SESSION\s+)?(statement_timeout|lock_timeout|idle_in_transaction_session_timeout|search_path|role|session\s+authorization|time\s+zone|timezone|synchronous_commit|application_name|work_mem|datestyle|plan_cache_mode)\b"
        + @"|set_config\([^)]*,\s*false\s*\)|pg_advisory_lock(_shared)?\(|\bLISTEN\s+\w|\bCREATE\s+TEMP(ORARY)?\s+TABLE\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SessionState();
}
