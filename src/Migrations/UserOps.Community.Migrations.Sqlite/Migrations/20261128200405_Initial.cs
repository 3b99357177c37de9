using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace UserOps.Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_post_search",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    document = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_post_search", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "content_posts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    excerpt = table.Column<string>(type: "TEXT", maxLength: 241, nullable: false),
                    tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    edited_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    is_pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_in_public_group = table.Column<bool>(type: "INTEGER", nullable: false),
                    comment_count = table.Column<int>(type: "INTEGER", nullable: false),
                    hot_score = table.Column<double>(type: "REAL", nullable: false),
                    top_score = table.Column<int>(type: "INTEGER", nullable: false),
                    celebrate_count = table.Column<int>(type: "INTEGER", nullable: false),
                    funny_count = table.Column<int>(type: "INTEGER", nullable: false),
                    insightful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    like_count = table.Column<int>(type: "INTEGER", nullable: false),
                    love_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_posts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "content_reactions",
                columns: table => new
                {
                    target_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_reactions", x => new { x.target_kind, x.target_id, x.user_id, x.kind });
                });

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
                name: "growth_activities",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    content_author_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    inviter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    invitee_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    content_length = table.Column<int>(type: "INTEGER", nullable: true),
                    subject_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_activities", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "growth_badges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description_zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    icon = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    criterion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    manual = table.Column<bool>(type: "INTEGER", nullable: false),
                    visible = table.Column<bool>(type: "INTEGER", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_badges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_leaderboard_exclusions",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    since = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_leaderboard_exclusions", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "growth_leaderboard_points",
                columns: table => new
                {
                    period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    points = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_leaderboard_points", x => new { x.period, x.group_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "growth_levels",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    xp_threshold = table.Column<long>(type: "INTEGER", nullable: false),
                    privileges = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    reward_points = table.Column<int>(type: "INTEGER", nullable: true),
                    reward_badge_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_levels", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "growth_member_badges",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    badge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    earned_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    retroactive = table.Column<bool>(type: "INTEGER", nullable: false),
                    granted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_member_badges", x => new { x.user_id, x.badge_id });
                });

            migrationBuilder.CreateTable(
                name: "growth_member_counters",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_member_counters", x => new { x.user_id, x.group_id, x.metric });
                });

            migrationBuilder.CreateTable(
                name: "growth_member_points",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    xp = table.Column<long>(type: "INTEGER", nullable: false),
                    balance = table.Column<long>(type: "INTEGER", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_member_points", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "growth_point_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    rule_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    source_event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    local_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    reverses_entry_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    operator_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_point_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_point_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recipient = table.Column<int>(type: "INTEGER", nullable: false),
                    points = table.Column<int>(type: "INTEGER", nullable: false),
                    multiplier = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    daily_cap = table.Column<int>(type: "INTEGER", nullable: true),
                    total_cap = table.Column<int>(type: "INTEGER", nullable: true),
                    per_actor_daily_cap = table.Column<int>(type: "INTEGER", nullable: true),
                    cooldown_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    min_content_length = table.Column<int>(type: "INTEGER", nullable: true),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    active_from = table.Column<DateTime>(type: "TEXT", nullable: true),
                    active_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_point_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_rewards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    image_url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    cost = table.Column<int>(type: "INTEGER", nullable: false),
                    stock = table.Column<int>(type: "INTEGER", nullable: true),
                    per_member_limit = table.Column<int>(type: "INTEGER", nullable: true),
                    minimum_level = table.Column<int>(type: "INTEGER", nullable: true),
                    active_from = table.Column<DateTime>(type: "TEXT", nullable: true),
                    active_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_rewards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_rule_audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rule_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_rule_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "growth_seasons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_seasons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "host_data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_host_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    bio = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    avatar_url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    interests = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    invite_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    profile_completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_sign_in_local_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    leaderboard_opt_out = table.Column<bool>(type: "INTEGER", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    lease_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messaging_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_processed_messages",
                columns: table => new
                {
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messaging_processed_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "content_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    parent_comment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    edited_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reply_count = table.Column<int>(type: "INTEGER", nullable: false),
                    celebrate_count = table.Column<int>(type: "INTEGER", nullable: false),
                    funny_count = table.Column<int>(type: "INTEGER", nullable: false),
                    insightful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    like_count = table.Column<int>(type: "INTEGER", nullable: false),
                    love_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_content_comments_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "content_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_post_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    revised_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    editor_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_post_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_content_post_revisions_content_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "content_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_post_tags",
                columns: table => new
                {
                    tag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    post_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_post_tags", x => new { x.tag, x.post_id });
                    table.ForeignKey(
                        name: "fk_content_post_tags_content_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "content_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "growth_redemptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reward_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cost = table.Column<int>(type: "INTEGER", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_redemptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_growth_redemptions_rewards_reward_id",
                        column: x => x.reward_id,
                        principalTable: "growth_rewards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_role_claims_identity_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "identity_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_identity_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_identity_user_roles_identity_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "identity_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_identity_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_identity_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "identity_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "growth_point_rules",
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
                table: "identity_roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("0193a4b0-0000-7000-8000-000000000001"), "0193a4b0-0000-7000-8000-000000000001", "Member", "MEMBER" },
                    { new Guid("0193a4b0-0000-7000-8000-000000000002"), "0193a4b0-0000-7000-8000-000000000002", "Moderator", "MODERATOR" },
                    { new Guid("0193a4b0-0000-7000-8000-000000000003"), "0193a4b0-0000-7000-8000-000000000003", "Operator", "OPERATOR" },
                    { new Guid("0193a4b0-0000-7000-8000-000000000004"), "0193a4b0-0000-7000-8000-000000000004", "Admin", "ADMIN" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_content_comments_post_id_parent_comment_id_created_at_id",
                table: "content_comments",
                columns: new[] { "post_id", "parent_comment_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_post_revisions_post_id_revised_at",
                table: "content_post_revisions",
                columns: new[] { "post_id", "revised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_content_post_search_post_id",
                table: "content_post_search",
                column: "post_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_post_tags_post_id",
                table: "content_post_tags",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_content_post_tags_tag_created_at_post_id",
                table: "content_post_tags",
                columns: new[] { "tag", "created_at", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_author_id_created_at_id",
                table: "content_posts",
                columns: new[] { "author_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_created_at_id",
                table: "content_posts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_created_at_id",
                table: "content_posts",
                columns: new[] { "group_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_hot_score_id",
                table: "content_posts",
                columns: new[] { "group_id", "hot_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_is_pinned",
                table: "content_posts",
                columns: new[] { "group_id", "is_pinned" });

            migrationBuilder.CreateIndex(
                name: "ix_content_posts_group_id_top_score_id",
                table: "content_posts",
                columns: new[] { "group_id", "top_score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_content_reactions_user_id_created_at",
                table: "content_reactions",
                columns: new[] { "user_id", "created_at" });

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

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_actor_id_event_type_occurred_at",
                table: "growth_activities",
                columns: new[] { "actor_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_content_author_id_event_type_occurred_at",
                table: "growth_activities",
                columns: new[] { "content_author_id", "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_event_type_occurred_at",
                table: "growth_activities",
                columns: new[] { "event_type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_activities_subject_key",
                table: "growth_activities",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_growth_leaderboard_points_period_group_id_points_updated_at",
                table: "growth_leaderboard_points",
                columns: new[] { "period", "group_id", "points", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_member_badges_badge_id",
                table: "growth_member_badges",
                column: "badge_id");

            migrationBuilder.CreateIndex(
                name: "ix_growth_point_entries_reverses_entry_id",
                table: "growth_point_entries",
                column: "reverses_entry_id",
                unique: true,
                filter: "reverses_entry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_growth_point_entries_subject_key",
                table: "growth_point_entries",
                column: "subject_key");

            migrationBuilder.CreateIndex(
                name: "ix_growth_point_entries_user_id_occurred_at_id",
                table: "growth_point_entries",
                columns: new[] { "user_id", "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_point_entries_user_id_rule_id_local_date",
                table: "growth_point_entries",
                columns: new[] { "user_id", "rule_id", "local_date" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_point_entries_user_id_rule_id_source_event_id",
                table: "growth_point_entries",
                columns: new[] { "user_id", "rule_id", "source_event_id" },
                unique: true,
                filter: "rule_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_growth_point_rules_event_type_enabled",
                table: "growth_point_rules",
                columns: new[] { "event_type", "enabled" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_reward_id",
                table: "growth_redemptions",
                column: "reward_id");

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_status_created_at",
                table: "growth_redemptions",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_user_id_idempotency_key",
                table: "growth_redemptions",
                columns: new[] { "user_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_growth_redemptions_user_id_reward_id_status",
                table: "growth_redemptions",
                columns: new[] { "user_id", "reward_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_rule_audit_at",
                table: "growth_rule_audit",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_growth_rule_audit_rule_id_at",
                table: "growth_rule_audit",
                columns: new[] { "rule_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_seasons_starts_on_ends_on",
                table: "growth_seasons",
                columns: new[] { "starts_on", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_identity_role_claims_role_id",
                table: "identity_role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_roles_normalized_name",
                table: "identity_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_claims_user_id",
                table: "identity_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_logins_user_id",
                table: "identity_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_user_roles_role_id",
                table: "identity_user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_display_name",
                table: "identity_users",
                column: "display_name");

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_normalized_email",
                table: "identity_users",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identity_users_normalized_user_name",
                table: "identity_users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_aggregate_id_status_id",
                table: "messaging_outbox_messages",
                columns: new[] { "aggregate_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_message_id",
                table: "messaging_outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_messaging_outbox_messages_status_id",
                table: "messaging_outbox_messages",
                columns: new[] { "status", "id" });

            // Hand-written: SQLite full-text search. An FTS5 index over content_post_search, kept in step by triggers.
            migrationBuilder.Sql(SqliteFullTextSearch.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteFullTextSearch.Drop);

            migrationBuilder.DropTable(
                name: "content_comments");

            migrationBuilder.DropTable(
                name: "content_post_revisions");

            migrationBuilder.DropTable(
                name: "content_post_search");

            migrationBuilder.DropTable(
                name: "content_post_tags");

            migrationBuilder.DropTable(
                name: "content_reactions");

            migrationBuilder.DropTable(
                name: "groups_invitations");

            migrationBuilder.DropTable(
                name: "groups_join_requests");

            migrationBuilder.DropTable(
                name: "groups_members");

            migrationBuilder.DropTable(
                name: "growth_activities");

            migrationBuilder.DropTable(
                name: "growth_badges");

            migrationBuilder.DropTable(
                name: "growth_leaderboard_exclusions");

            migrationBuilder.DropTable(
                name: "growth_leaderboard_points");

            migrationBuilder.DropTable(
                name: "growth_levels");

            migrationBuilder.DropTable(
                name: "growth_member_badges");

            migrationBuilder.DropTable(
                name: "growth_member_counters");

            migrationBuilder.DropTable(
                name: "growth_member_points");

            migrationBuilder.DropTable(
                name: "growth_point_entries");

            migrationBuilder.DropTable(
                name: "growth_point_rules");

            migrationBuilder.DropTable(
                name: "growth_redemptions");

            migrationBuilder.DropTable(
                name: "growth_rule_audit");

            migrationBuilder.DropTable(
                name: "growth_seasons");

            migrationBuilder.DropTable(
                name: "host_data_protection_keys");

            migrationBuilder.DropTable(
                name: "identity_role_claims");

            migrationBuilder.DropTable(
                name: "identity_user_claims");

            migrationBuilder.DropTable(
                name: "identity_user_logins");

            migrationBuilder.DropTable(
                name: "identity_user_roles");

            migrationBuilder.DropTable(
                name: "identity_user_tokens");

            migrationBuilder.DropTable(
                name: "messaging_outbox_messages");

            migrationBuilder.DropTable(
                name: "messaging_processed_messages");

            migrationBuilder.DropTable(
                name: "content_posts");

            migrationBuilder.DropTable(
                name: "groups_groups");

            migrationBuilder.DropTable(
                name: "growth_rewards");

            migrationBuilder.DropTable(
                name: "identity_roles");

            migrationBuilder.DropTable(
                name: "identity_users");
        }
    }
}
