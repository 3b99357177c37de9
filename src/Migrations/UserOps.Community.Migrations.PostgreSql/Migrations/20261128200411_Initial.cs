using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace UserOps.Community.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "growth");

            migrationBuilder.EnsureSchema(
                name: "content");

            migrationBuilder.EnsureSchema(
                name: "host");

            migrationBuilder.EnsureSchema(
                name: "groups");

            migrationBuilder.EnsureSchema(
                name: "messaging");

            migrationBuilder.EnsureSchema(
                name: "identity");

            migrationBuilder.CreateTable(
                name: "activities",
                schema: "growth",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    inviter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    invitee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    content_length = table.Column<int>(type: "integer", nullable: true),
                    subject_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "badges",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_zh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description_zh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    icon = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    tier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    criterion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    manual = table.Column<bool>(type: "boolean", nullable: false),
                    visible = table.Column<bool>(type: "boolean", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_badges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "host",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "groups",
                schema: "groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    slug = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    join_policy = table.Column<int>(type: "integer", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", maxLength: 400, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    member_count = table.Column<int>(type: "integer", nullable: false),
                    post_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "leaderboard_exclusions",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leaderboard_exclusions", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "leaderboard_points",
                schema: "growth",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leaderboard_points", x => new { x.period, x.group_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "levels",
                schema: "growth",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_zh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    xp_threshold = table.Column<long>(type: "bigint", nullable: false),
                    privileges = table.Column<List<string>>(type: "text[]", maxLength: 1000, nullable: false),
                    reward_points = table.Column<int>(type: "integer", nullable: true),
                    reward_badge_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_levels", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "member_badges",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    badge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    earned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    retroactive = table.Column<bool>(type: "boolean", nullable: false),
                    granted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_badges", x => new { x.user_id, x.badge_id });
                });

            migrationBuilder.CreateTable(
                name: "member_counters",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    metric = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_counters", x => new { x.user_id, x.group_id, x.metric });
                });

            migrationBuilder.CreateTable(
                name: "member_points",
                schema: "growth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xp = table.Column<long>(type: "bigint", nullable: false),
                    balance = table.Column<long>(type: "bigint", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_points", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "messaging",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    lease_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "point_entries",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    rule_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    reverses_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    operator_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_point_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "point_rules",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    event_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recipient = table.Column<int>(type: "integer", nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    multiplier = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    daily_cap = table.Column<int>(type: "integer", nullable: true),
                    total_cap = table.Column<int>(type: "integer", nullable: true),
                    per_actor_daily_cap = table.Column<int>(type: "integer", nullable: true),
                    cooldown_seconds = table.Column<int>(type: "integer", nullable: true),
                    min_content_length = table.Column<int>(type: "integer", nullable: true),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    active_from = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    active_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_point_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "post_search",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    post_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    document = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple', document)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_search", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "posts",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    excerpt = table.Column<string>(type: "character varying(241)", maxLength: 241, nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    removed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_pinned = table.Column<bool>(type: "boolean", nullable: false),
                    is_locked = table.Column<bool>(type: "boolean", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "boolean", nullable: false),
                    comment_count = table.Column<int>(type: "integer", nullable: false),
                    hot_score = table.Column<double>(type: "double precision", nullable: false),
                    top_score = table.Column<int>(type: "integer", nullable: false),
                    celebrate_count = table.Column<int>(type: "integer", nullable: false),
                    funny_count = table.Column<int>(type: "integer", nullable: false),
                    insightful_count = table.Column<int>(type: "integer", nullable: false),
                    like_count = table.Column<int>(type: "integer", nullable: false),
                    love_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_messages",
                schema: "messaging",
                columns: table => new
                {
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "reactions",
                schema: "content",
                columns: table => new
                {
                    target_kind = table.Column<int>(type: "integer", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reactions", x => new { x.target_kind, x.target_id, x.user_id, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "rewards",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    image_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    cost = table.Column<int>(type: "integer", nullable: false),
                    stock = table.Column<int>(type: "integer", nullable: true),
                    per_member_limit = table.Column<int>(type: "integer", nullable: true),
                    minimum_level = table.Column<int>(type: "integer", nullable: true),
                    active_from = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    active_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rewards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rule_audit",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "seasons",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seasons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    bio = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    avatar_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    interests = table.Column<List<string>>(type: "text[]", maxLength: 1000, nullable: false),
                    region = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    invite_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    profile_completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_sign_in_local_date = table.Column<DateOnly>(type: "date", nullable: true),
                    leaderboard_opt_out = table.Column<bool>(type: "boolean", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    security_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    phone_number = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "groups",
                columns: table => new
                {
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => new { x.group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_invitations_groups_group_id",
                        column: x => x.group_id,
                        principalSchema: "groups",
                        principalTable: "groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "join_requests",
                schema: "groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_join_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_join_requests_groups_group_id",
                        column: x => x.group_id,
                        principalSchema: "groups",
                        principalTable: "groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "groups",
                columns: table => new
                {
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    joined_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => new { x.group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_members_groups_group_id",
                        column: x => x.group_id,
                        principalSchema: "groups",
                        principalTable: "groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "comments",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    post_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_comment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    removed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reply_count = table.Column<int>(type: "integer", nullable: false),
                    celebrate_count = table.Column<int>(type: "integer", nullable: false),
                    funny_count = table.Column<int>(type: "integer", nullable: false),
                    insightful_count = table.Column<int>(type: "integer", nullable: false),
                    like_count = table.Column<int>(type: "integer", nullable: false),
                    love_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_comments_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "content",
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_revisions",
                schema: "content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    post_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    revised_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    editor_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_post_revisions_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "content",
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_tags",
                schema: "content",
                columns: table => new
                {
                    tag = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    post_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_tags", x => new { x.tag, x.post_id });
                    table.ForeignKey(
                        name: "fk_post_tags_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "content",
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "redemptions",
                schema: "growth",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reward_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cost = table.Column<int>(type: "integer", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_redemptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_redemptions_rewards_reward_id",
                        column: x => x.reward_id,
                        principalSchema: "growth",
                        principalTable: "rewards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalSchema: "identity",
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                schema: "identity",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    provider_key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                schema: "identity",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalSchema: "identity",
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                schema: "identity",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "growth",
                table: "point_rules",
                columns: new[] { "id", "active_from", "active_until", "cooldown_seconds", "created_at", "daily_cap", "enabled", "event_type", "group_id", "min_content_length", "multiplier", "name", "per_actor_daily_cap", "points", "recipient", "total_cap", "updated_at", "version" },
                values: new object[,]
                {
                    { new Guid("01a2d000-0000-7000-8000-000000000001"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 50, true, "PostPublished", null, 20, 1m, "Published a post", null, 5, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000002"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 40, true, "CommentPosted", null, 5, 1m, "Commented", null, 2, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000003"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 50, true, "ReactionAdded", null, null, 1m, "Received a reaction", 5, 1, 1, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000004"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 5, true, "CheckInRecorded", null, null, 1m, "Daily check-in", null, 5, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000005"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "StreakReached", null, null, 1m, "Reached a 7-day streak", null, 20, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000006"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "ProfileCompleted", null, null, 1m, "Completed the profile", null, 20, 0, 20, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000007"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "ReferralActivated", null, null, 1m, "Invited a member who became active", null, 100, 2, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000008"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), null, true, "ReferralActivated", null, null, 1m, "Joined through an invitation and became active", null, 50, 3, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { new Guid("01a2d000-0000-7000-8000-000000000009"), null, null, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 5, true, "MemberJoined", null, null, 1m, "Joined a group", null, 1, 0, null, new DateTime(2026, 11, 28, 0, 0, 0, 0, DateTimeKind.Utc), 1 }
                });

            migrationBuilder.InsertData(
                schema: "identity",
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("0193a4b0-0000-7000-8000-000000000001"), "0193a4b0-0000-7000-8000-000000000001", "Member", "MEMBER" },
                    { new Guid("0193a4b0-0000-7000-8000-000000000002"), "0193a4b0-0000-7000-8000-000000000002", "Moderator", "MODERATOR" },
                    { new Guid("0193a4b0-0000-7000-8000-000000000003"), "0193a4b0-0000-7000-8000-000000000003", "Operator", "OPERATOR" },
                    { new Guid("0193a4b0-0000-7000-8000-000000000004"), "0193a4b0-0000-7000-8000-000000000004", "Admin", "ADMIN" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_actor_id_event_type_occurred_at",
                schema: "growth",
                table: "activities",
                columns: new[] { "actor_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_content_author_id_event_type_occurred_at",
                schema: "growth",
                table: "activities",
                columns: new[] { "content_author_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_event_type_occurred_at",
                schema: "growth",
                table: "activities",
                columns: new[] { "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_subject_key",
                schema: "growth",
                table: "activities",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_comments_post_id_parent_comment_id_created_at_id",
                schema: "content",
                table: "comments",
                columns: new[] { "post_id", "parent_comment_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_created_at_id",
                schema: "groups",
                table: "groups",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_slug",
                schema: "groups",
                table: "groups",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_join_requests_group_id_status_created_at",
                schema: "groups",
                table: "join_requests",
                columns: new[] { "group_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_join_requests_group_id_user_id",
                schema: "groups",
                table: "join_requests",
                columns: new[] { "group_id", "user_id" },
                unique: true,
                filter: "status = 0");

            migrationBuilder.CreateIndex(
                name: "ix_leaderboard_points_period_group_id_points_updated_at",
                schema: "growth",
                table: "leaderboard_points",
                columns: new[] { "period", "group_id", "points", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_member_badges_badge_id",
                schema: "growth",
                table: "member_badges",
                column: "badge_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_group_id_joined_at_user_id",
                schema: "groups",
                table: "members",
                columns: new[] { "group_id", "joined_at", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_user_id",
                schema: "groups",
                table: "members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_id_status_id",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                schema: "messaging",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_status_id",
                schema: "messaging",
                table: "outbox_messages",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_reverses_entry_id",
                schema: "growth",
                table: "point_entries",
                column: "reverses_entry_id",
                unique: true,
                filter: "reverses_entry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_subject_key",
                schema: "growth",
                table: "point_entries",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_user_id_occurred_at_id",
                schema: "growth",
                table: "point_entries",
                columns: new[] { "user_id", "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_user_id_rule_id_local_date",
                schema: "growth",
                table: "point_entries",
                columns: new[] { "user_id", "rule_id", "local_date" });

            migrationBuilder.CreateIndex(
                name: "ix_point_entries_user_id_rule_id_source_event_id",
                schema: "growth",
                table: "point_entries",
                columns: new[] { "user_id", "rule_id", "source_event_id" },
                unique: true,
                filter: "rule_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_point_rules_event_type_enabled",
                schema: "growth",
                table: "point_rules",
                columns: new[] { "event_type", "enabled" });

            migrationBuilder.CreateIndex(
                name: "ix_post_revisions_post_id_revised_at",
                schema: "content",
                table: "post_revisions",
                columns: new[] { "post_id", "revised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_post_search_post_id",
                schema: "content",
                table: "post_search",
                column: "post_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_post_search_search_vector",
                schema: "content",
                table: "post_search",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_post_tags_post_id",
                schema: "content",
                table: "post_tags",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_post_tags_tag_created_at_post_id",
                schema: "content",
                table: "post_tags",
                columns: new[] { "tag", "created_at", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_author_id_created_at_id",
                schema: "content",
                table: "posts",
                columns: new[] { "author_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_created_at_id",
                schema: "content",
                table: "posts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_created_at_id",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_hot_score_id",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "hot_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_is_pinned",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_group_id_top_score_id",
                schema: "content",
                table: "posts",
                columns: new[] { "group_id", "top_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reactions_user_id_created_at",
                schema: "content",
                table: "reactions",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_reward_id",
                schema: "growth",
                table: "redemptions",
                column: "reward_id");

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_status_created_at",
                schema: "growth",
                table: "redemptions",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_user_id_idempotency_key",
                schema: "growth",
                table: "redemptions",
                columns: new[] { "user_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_user_id_reward_id_status",
                schema: "growth",
                table: "redemptions",
                columns: new[] { "user_id", "reward_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                schema: "identity",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_roles_normalized_name",
                schema: "identity",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rule_audit_at",
                schema: "growth",
                table: "rule_audit",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_rule_audit_rule_id_at",
                schema: "growth",
                table: "rule_audit",
                columns: new[] { "rule_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_seasons_starts_on_ends_on",
                schema: "growth",
                table: "seasons",
                columns: new[] { "starts_on", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                schema: "identity",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                schema: "identity",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                schema: "identity",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_display_name",
                schema: "identity",
                table: "users",
                column: "display_name");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_email",
                schema: "identity",
                table: "users",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_user_name",
                schema: "identity",
                table: "users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "badges",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "comments",
                schema: "content");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "host");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "groups");

            migrationBuilder.DropTable(
                name: "join_requests",
                schema: "groups");

            migrationBuilder.DropTable(
                name: "leaderboard_exclusions",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "leaderboard_points",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "levels",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "member_badges",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "member_counters",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "member_points",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "members",
                schema: "groups");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "point_entries",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "point_rules",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "post_revisions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "post_search",
                schema: "content");

            migrationBuilder.DropTable(
                name: "post_tags",
                schema: "content");

            migrationBuilder.DropTable(
                name: "processed_messages",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "reactions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "redemptions",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "role_claims",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "rule_audit",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "seasons",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "user_claims",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_logins",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_roles",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_tokens",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "groups",
                schema: "groups");

            migrationBuilder.DropTable(
                name: "posts",
                schema: "content");

            migrationBuilder.DropTable(
                name: "rewards",
                schema: "growth");

            migrationBuilder.DropTable(
                name: "roles",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "users",
                schema: "identity");
        }
    }
}
