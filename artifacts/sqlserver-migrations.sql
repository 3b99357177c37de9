IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [migration_id] nvarchar(150) NOT NULL,
        [product_version] nvarchar(32) NOT NULL,
        CONSTRAINT [pk___ef_migrations_history] PRIMARY KEY ([migration_id])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    IF SCHEMA_ID(N'host') IS NULL EXEC(N'CREATE SCHEMA [host];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    IF SCHEMA_ID(N'messaging') IS NULL EXEC(N'CREATE SCHEMA [messaging];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    IF SCHEMA_ID(N'identity') IS NULL EXEC(N'CREATE SCHEMA [identity];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [host].[data_protection_keys] (
        [id] int NOT NULL IDENTITY,
        [friendly_name] nvarchar(max) NULL,
        [xml] nvarchar(max) NULL,
        CONSTRAINT [pk_data_protection_keys] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [messaging].[outbox_messages] (
        [id] bigint NOT NULL IDENTITY,
        [message_id] uniqueidentifier NOT NULL,
        [type] nvarchar(300) NOT NULL,
        [payload] nvarchar(max) NOT NULL,
        [aggregate_id] uniqueidentifier NOT NULL,
        [occurred_at] datetime2 NOT NULL,
        [created_at] datetime2 NOT NULL,
        [status] int NOT NULL,
        [attempts] int NOT NULL,
        [next_attempt_at] datetime2 NOT NULL,
        [lease_owner] nvarchar(64) NULL,
        [lease_expires_at] datetime2 NULL,
        [processed_at] datetime2 NULL,
        [last_error] nvarchar(4000) NULL,
        CONSTRAINT [pk_outbox_messages] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [messaging].[processed_messages] (
        [handler] nvarchar(300) NOT NULL,
        [message_id] uniqueidentifier NOT NULL,
        [processed_at] datetime2 NOT NULL,
        CONSTRAINT [pk_processed_messages] PRIMARY KEY ([message_id], [handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[roles] (
        [id] uniqueidentifier NOT NULL,
        [name] nvarchar(256) NULL,
        [normalized_name] nvarchar(256) NULL,
        [concurrency_stamp] nvarchar(64) NULL,
        CONSTRAINT [pk_roles] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[users] (
        [id] uniqueidentifier NOT NULL,
        [display_name] nvarchar(50) NOT NULL,
        [bio] nvarchar(500) NULL,
        [avatar_url] nvarchar(2048) NULL,
        [time_zone] nvarchar(64) NOT NULL,
        [locale] nvarchar(10) NOT NULL,
        [interests] nvarchar(1000) NOT NULL,
        [region] nvarchar(64) NULL,
        [invite_code] nvarchar(64) NULL,
        [created_at] datetime2 NOT NULL,
        [profile_completed_at] datetime2 NULL,
        [last_sign_in_local_date] date NULL,
        [user_name] nvarchar(256) NULL,
        [normalized_user_name] nvarchar(256) NULL,
        [email] nvarchar(256) NULL,
        [normalized_email] nvarchar(256) NULL,
        [email_confirmed] bit NOT NULL,
        [password_hash] nvarchar(512) NULL,
        [security_stamp] nvarchar(64) NULL,
        [concurrency_stamp] nvarchar(64) NULL,
        [phone_number] nvarchar(256) NULL,
        [phone_number_confirmed] bit NOT NULL,
        [two_factor_enabled] bit NOT NULL,
        [lockout_end] datetimeoffset NULL,
        [lockout_enabled] bit NOT NULL,
        [access_failed_count] int NOT NULL,
        CONSTRAINT [pk_users] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[role_claims] (
        [id] int NOT NULL IDENTITY,
        [role_id] uniqueidentifier NOT NULL,
        [claim_type] nvarchar(max) NULL,
        [claim_value] nvarchar(max) NULL,
        CONSTRAINT [pk_role_claims] PRIMARY KEY ([id]),
        CONSTRAINT [fk_role_claims_roles_role_id] FOREIGN KEY ([role_id]) REFERENCES [identity].[roles] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[user_claims] (
        [id] int NOT NULL IDENTITY,
        [user_id] uniqueidentifier NOT NULL,
        [claim_type] nvarchar(max) NULL,
        [claim_value] nvarchar(max) NULL,
        CONSTRAINT [pk_user_claims] PRIMARY KEY ([id]),
        CONSTRAINT [fk_user_claims_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [identity].[users] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[user_logins] (
        [login_provider] nvarchar(128) NOT NULL,
        [provider_key] nvarchar(128) NOT NULL,
        [provider_display_name] nvarchar(max) NULL,
        [user_id] uniqueidentifier NOT NULL,
        CONSTRAINT [pk_user_logins] PRIMARY KEY ([login_provider], [provider_key]),
        CONSTRAINT [fk_user_logins_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [identity].[users] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[user_roles] (
        [user_id] uniqueidentifier NOT NULL,
        [role_id] uniqueidentifier NOT NULL,
        CONSTRAINT [pk_user_roles] PRIMARY KEY ([user_id], [role_id]),
        CONSTRAINT [fk_user_roles_roles_role_id] FOREIGN KEY ([role_id]) REFERENCES [identity].[roles] ([id]) ON DELETE CASCADE,
        CONSTRAINT [fk_user_roles_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [identity].[users] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE TABLE [identity].[user_tokens] (
        [user_id] uniqueidentifier NOT NULL,
        [login_provider] nvarchar(128) NOT NULL,
        [name] nvarchar(128) NOT NULL,
        [value] nvarchar(max) NULL,
        CONSTRAINT [pk_user_tokens] PRIMARY KEY ([user_id], [login_provider], [name]),
        CONSTRAINT [fk_user_tokens_users_user_id] FOREIGN KEY ([user_id]) REFERENCES [identity].[users] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'concurrency_stamp', N'name', N'normalized_name') AND [object_id] = OBJECT_ID(N'[identity].[roles]'))
        SET IDENTITY_INSERT [identity].[roles] ON;
    EXEC(N'INSERT INTO [identity].[roles] ([id], [concurrency_stamp], [name], [normalized_name])
    VALUES (''0193a4b0-0000-7000-8000-000000000001'', N''0193a4b0-0000-7000-8000-000000000001'', N''Member'', N''MEMBER''),
    (''0193a4b0-0000-7000-8000-000000000002'', N''0193a4b0-0000-7000-8000-000000000002'', N''Moderator'', N''MODERATOR''),
    (''0193a4b0-0000-7000-8000-000000000003'', N''0193a4b0-0000-7000-8000-000000000003'', N''Operator'', N''OPERATOR''),
    (''0193a4b0-0000-7000-8000-000000000004'', N''0193a4b0-0000-7000-8000-000000000004'', N''Admin'', N''ADMIN'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'concurrency_stamp', N'name', N'normalized_name') AND [object_id] = OBJECT_ID(N'[identity].[roles]'))
        SET IDENTITY_INSERT [identity].[roles] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE INDEX [ix_outbox_messages_aggregate_id_status_id] ON [messaging].[outbox_messages] ([aggregate_id], [status], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [ix_outbox_messages_message_id] ON [messaging].[outbox_messages] ([message_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE INDEX [ix_outbox_messages_status_id] ON [messaging].[outbox_messages] ([status], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE INDEX [ix_role_claims_role_id] ON [identity].[role_claims] ([role_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_roles_normalized_name] ON [identity].[roles] ([normalized_name]) WHERE [normalized_name] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE INDEX [ix_user_claims_user_id] ON [identity].[user_claims] ([user_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE INDEX [ix_user_logins_user_id] ON [identity].[user_logins] ([user_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    CREATE INDEX [ix_user_roles_role_id] ON [identity].[user_roles] ([role_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_users_normalized_email] ON [identity].[users] ([normalized_email]) WHERE [normalized_email] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_users_normalized_user_name] ON [identity].[users] ([normalized_user_name]) WHERE [normalized_user_name] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128182719_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128182719_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    IF SCHEMA_ID(N'groups') IS NULL EXEC(N'CREATE SCHEMA [groups];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE TABLE [groups].[groups] (
        [id] uniqueidentifier NOT NULL,
        [name] nvarchar(80) NOT NULL,
        [slug] nvarchar(50) NOT NULL,
        [description] nvarchar(2000) NOT NULL,
        [visibility] int NOT NULL,
        [join_policy] int NOT NULL,
        [tags] nvarchar(400) NOT NULL,
        [owner_id] uniqueidentifier NOT NULL,
        [created_at] datetime2 NOT NULL,
        [archived_at] datetime2 NULL,
        [member_count] int NOT NULL,
        [post_count] int NOT NULL,
        CONSTRAINT [pk_groups] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE TABLE [groups].[invitations] (
        [group_id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [invited_by] uniqueidentifier NOT NULL,
        [created_at] datetime2 NOT NULL,
        CONSTRAINT [pk_invitations] PRIMARY KEY ([group_id], [user_id]),
        CONSTRAINT [fk_invitations_groups_group_id] FOREIGN KEY ([group_id]) REFERENCES [groups].[groups] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE TABLE [groups].[join_requests] (
        [id] uniqueidentifier NOT NULL,
        [group_id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [message] nvarchar(500) NULL,
        [status] int NOT NULL,
        [created_at] datetime2 NOT NULL,
        [decided_at] datetime2 NULL,
        [decided_by] uniqueidentifier NULL,
        CONSTRAINT [pk_join_requests] PRIMARY KEY ([id]),
        CONSTRAINT [fk_join_requests_groups_group_id] FOREIGN KEY ([group_id]) REFERENCES [groups].[groups] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE TABLE [groups].[members] (
        [group_id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [role] int NOT NULL,
        [joined_at] datetime2 NOT NULL,
        CONSTRAINT [pk_members] PRIMARY KEY ([group_id], [user_id]),
        CONSTRAINT [fk_members_groups_group_id] FOREIGN KEY ([group_id]) REFERENCES [groups].[groups] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE INDEX [ix_groups_created_at_id] ON [groups].[groups] ([created_at], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE UNIQUE INDEX [ix_groups_slug] ON [groups].[groups] ([slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE INDEX [ix_join_requests_group_id_status_created_at] ON [groups].[join_requests] ([group_id], [status], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_join_requests_group_id_user_id] ON [groups].[join_requests] ([group_id], [user_id]) WHERE status = 0');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE INDEX [ix_members_group_id_joined_at_user_id] ON [groups].[members] ([group_id], [joined_at], [user_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    CREATE INDEX [ix_members_user_id] ON [groups].[members] ([user_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128183605_Groups'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128183605_Groups', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    IF SCHEMA_ID(N'content') IS NULL EXEC(N'CREATE SCHEMA [content];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE TABLE [content].[post_search] (
        [id] bigint NOT NULL IDENTITY,
        [post_id] uniqueidentifier NOT NULL,
        [group_id] uniqueidentifier NOT NULL,
        [is_in_public_group] bit NOT NULL,
        [created_at] datetime2 NOT NULL,
        [document] nvarchar(max) NOT NULL,
        CONSTRAINT [pk_post_search] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE TABLE [content].[posts] (
        [id] uniqueidentifier NOT NULL,
        [group_id] uniqueidentifier NOT NULL,
        [author_id] uniqueidentifier NOT NULL,
        [title] nvarchar(200) NOT NULL,
        [body] nvarchar(max) NOT NULL,
        [body_html] nvarchar(max) NOT NULL,
        [tags] nvarchar(400) NOT NULL,
        [created_at] datetime2 NOT NULL,
        [edited_at] datetime2 NULL,
        [removed_at] datetime2 NULL,
        [removed_by] uniqueidentifier NULL,
        [removal_reason] nvarchar(500) NULL,
        [is_pinned] bit NOT NULL,
        [is_locked] bit NOT NULL,
        [is_in_public_group] bit NOT NULL,
        [comment_count] int NOT NULL,
        [hot_score] float NOT NULL,
        [top_score] int NOT NULL,
        [celebrate_count] int NOT NULL,
        [funny_count] int NOT NULL,
        [insightful_count] int NOT NULL,
        [like_count] int NOT NULL,
        [love_count] int NOT NULL,
        CONSTRAINT [pk_posts] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE TABLE [content].[reactions] (
        [target_kind] int NOT NULL,
        [target_id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [kind] nvarchar(20) NOT NULL,
        [created_at] datetime2 NOT NULL,
        CONSTRAINT [pk_reactions] PRIMARY KEY ([target_kind], [target_id], [user_id], [kind])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE TABLE [content].[comments] (
        [id] uniqueidentifier NOT NULL,
        [post_id] uniqueidentifier NOT NULL,
        [group_id] uniqueidentifier NOT NULL,
        [parent_comment_id] uniqueidentifier NULL,
        [author_id] uniqueidentifier NOT NULL,
        [body] nvarchar(max) NOT NULL,
        [body_html] nvarchar(max) NOT NULL,
        [created_at] datetime2 NOT NULL,
        [edited_at] datetime2 NULL,
        [removed_at] datetime2 NULL,
        [removed_by] uniqueidentifier NULL,
        [removal_reason] nvarchar(500) NULL,
        [reply_count] int NOT NULL,
        [celebrate_count] int NOT NULL,
        [funny_count] int NOT NULL,
        [insightful_count] int NOT NULL,
        [like_count] int NOT NULL,
        [love_count] int NOT NULL,
        CONSTRAINT [pk_comments] PRIMARY KEY ([id]),
        CONSTRAINT [fk_comments_posts_post_id] FOREIGN KEY ([post_id]) REFERENCES [content].[posts] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE TABLE [content].[post_revisions] (
        [id] uniqueidentifier NOT NULL,
        [post_id] uniqueidentifier NOT NULL,
        [title] nvarchar(200) NOT NULL,
        [body] nvarchar(max) NOT NULL,
        [revised_at] datetime2 NOT NULL,
        [editor_id] uniqueidentifier NOT NULL,
        CONSTRAINT [pk_post_revisions] PRIMARY KEY ([id]),
        CONSTRAINT [fk_post_revisions_posts_post_id] FOREIGN KEY ([post_id]) REFERENCES [content].[posts] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE TABLE [content].[post_tags] (
        [tag] nvarchar(32) NOT NULL,
        [post_id] uniqueidentifier NOT NULL,
        [created_at] datetime2 NOT NULL,
        CONSTRAINT [pk_post_tags] PRIMARY KEY ([tag], [post_id]),
        CONSTRAINT [fk_post_tags_posts_post_id] FOREIGN KEY ([post_id]) REFERENCES [content].[posts] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_users_display_name] ON [identity].[users] ([display_name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_comments_post_id_parent_comment_id_created_at_id] ON [content].[comments] ([post_id], [parent_comment_id], [created_at], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_post_revisions_post_id_revised_at] ON [content].[post_revisions] ([post_id], [revised_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE UNIQUE INDEX [ix_post_search_post_id] ON [content].[post_search] ([post_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_post_tags_post_id] ON [content].[post_tags] ([post_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_post_tags_tag_created_at_post_id] ON [content].[post_tags] ([tag], [created_at], [post_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_posts_author_id_created_at_id] ON [content].[posts] ([author_id], [created_at], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_posts_created_at_id] ON [content].[posts] ([created_at], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_posts_group_id_created_at_id] ON [content].[posts] ([group_id], [created_at], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_posts_group_id_hot_score_id] ON [content].[posts] ([group_id], [hot_score], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_posts_group_id_is_pinned] ON [content].[posts] ([group_id], [is_pinned]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_posts_group_id_top_score_id] ON [content].[posts] ([group_id], [top_score], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    CREATE INDEX [ix_reactions_user_id_created_at] ON [content].[reactions] ([user_id], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128184548_Content'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128184548_Content', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    IF SCHEMA_ID(N'growth') IS NULL EXEC(N'CREATE SCHEMA [growth];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE TABLE [growth].[activities] (
        [event_id] uniqueidentifier NOT NULL,
        [event_type] nvarchar(64) NOT NULL,
        [occurred_at] datetime2 NOT NULL,
        [actor_id] uniqueidentifier NOT NULL,
        [content_author_id] uniqueidentifier NULL,
        [inviter_id] uniqueidentifier NULL,
        [invitee_id] uniqueidentifier NULL,
        [group_id] uniqueidentifier NULL,
        [content_length] int NULL,
        [subject_key] nvarchar(200) NOT NULL,
        CONSTRAINT [pk_activities] PRIMARY KEY ([event_id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE TABLE [growth].[levels] (
        [number] int NOT NULL,
        [name_en] nvarchar(50) NOT NULL,
        [name_zh] nvarchar(50) NOT NULL,
        [xp_threshold] bigint NOT NULL,
        [privileges] nvarchar(1000) NOT NULL,
        [reward_points] int NULL,
        CONSTRAINT [pk_levels] PRIMARY KEY ([number])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE TABLE [growth].[member_points] (
        [user_id] uniqueidentifier NOT NULL,
        [xp] bigint NOT NULL,
        [balance] bigint NOT NULL,
        [level] int NOT NULL,
        [updated_at] datetime2 NOT NULL,
        CONSTRAINT [pk_member_points] PRIMARY KEY ([user_id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE TABLE [growth].[point_entries] (
        [id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [amount] int NOT NULL,
        [kind] int NOT NULL,
        [rule_id] uniqueidentifier NULL,
        [source_event_id] uniqueidentifier NOT NULL,
        [source_type] nvarchar(64) NOT NULL,
        [subject_key] nvarchar(200) NULL,
        [actor_id] uniqueidentifier NULL,
        [group_id] uniqueidentifier NULL,
        [occurred_at] datetime2 NOT NULL,
        [local_date] date NOT NULL,
        [reason] nvarchar(500) NOT NULL,
        [reverses_entry_id] uniqueidentifier NULL,
        [operator_id] uniqueidentifier NULL,
        CONSTRAINT [pk_point_entries] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE TABLE [growth].[point_rules] (
        [id] uniqueidentifier NOT NULL,
        [name] nvarchar(100) NOT NULL,
        [event_type] nvarchar(64) NOT NULL,
        [recipient] int NOT NULL,
        [points] int NOT NULL,
        [multiplier] decimal(6,2) NOT NULL,
        [daily_cap] int NULL,
        [total_cap] int NULL,
        [per_actor_daily_cap] int NULL,
        [cooldown_seconds] int NULL,
        [min_content_length] int NULL,
        [group_id] uniqueidentifier NULL,
        [active_from] datetime2 NULL,
        [active_until] datetime2 NULL,
        [enabled] bit NOT NULL,
        [version] int NOT NULL,
        [created_at] datetime2 NOT NULL,
        [updated_at] datetime2 NOT NULL,
        CONSTRAINT [pk_point_rules] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE TABLE [growth].[rule_audit] (
        [id] uniqueidentifier NOT NULL,
        [rule_id] uniqueidentifier NOT NULL,
        [action] nvarchar(20) NOT NULL,
        [actor_id] uniqueidentifier NOT NULL,
        [at] datetime2 NOT NULL,
        [before] nvarchar(max) NULL,
        [after] nvarchar(max) NULL,
        CONSTRAINT [pk_rule_audit] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'active_from', N'active_until', N'cooldown_seconds', N'created_at', N'daily_cap', N'enabled', N'event_type', N'group_id', N'min_content_length', N'multiplier', N'name', N'per_actor_daily_cap', N'points', N'recipient', N'total_cap', N'updated_at', N'version') AND [object_id] = OBJECT_ID(N'[growth].[point_rules]'))
        SET IDENTITY_INSERT [growth].[point_rules] ON;
    EXEC(N'INSERT INTO [growth].[point_rules] ([id], [active_from], [active_until], [cooldown_seconds], [created_at], [daily_cap], [enabled], [event_type], [group_id], [min_content_length], [multiplier], [name], [per_actor_daily_cap], [points], [recipient], [total_cap], [updated_at], [version])
    VALUES (''01a2d000-0000-7000-8000-000000000001'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', 50, CAST(1 AS bit), N''PostPublished'', NULL, 20, 1.0, N''Published a post'', NULL, 5, 0, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000002'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', 40, CAST(1 AS bit), N''CommentPosted'', NULL, 5, 1.0, N''Commented'', NULL, 2, 0, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000003'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', 50, CAST(1 AS bit), N''ReactionAdded'', NULL, NULL, 1.0, N''Received a reaction'', 5, 1, 1, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000004'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', 5, CAST(1 AS bit), N''CheckInRecorded'', NULL, NULL, 1.0, N''Daily check-in'', NULL, 5, 0, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000005'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', NULL, CAST(1 AS bit), N''StreakReached'', NULL, NULL, 1.0, N''Reached a 7-day streak'', NULL, 20, 0, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000006'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', NULL, CAST(1 AS bit), N''ProfileCompleted'', NULL, NULL, 1.0, N''Completed the profile'', NULL, 20, 0, 20, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000007'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', NULL, CAST(1 AS bit), N''ReferralActivated'', NULL, NULL, 1.0, N''Invited a member who became active'', NULL, 100, 2, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000008'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', NULL, CAST(1 AS bit), N''ReferralActivated'', NULL, NULL, 1.0, N''Joined through an invitation and became active'', NULL, 50, 3, NULL, ''2026-11-28T00:00:00.0000000Z'', 1),
    (''01a2d000-0000-7000-8000-000000000009'', NULL, NULL, NULL, ''2026-11-28T00:00:00.0000000Z'', 5, CAST(1 AS bit), N''MemberJoined'', NULL, NULL, 1.0, N''Joined a group'', NULL, 1, 0, NULL, ''2026-11-28T00:00:00.0000000Z'', 1)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'id', N'active_from', N'active_until', N'cooldown_seconds', N'created_at', N'daily_cap', N'enabled', N'event_type', N'group_id', N'min_content_length', N'multiplier', N'name', N'per_actor_daily_cap', N'points', N'recipient', N'total_cap', N'updated_at', N'version') AND [object_id] = OBJECT_ID(N'[growth].[point_rules]'))
        SET IDENTITY_INSERT [growth].[point_rules] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_activities_event_type_occurred_at] ON [growth].[activities] ([event_type], [occurred_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_point_entries_reverses_entry_id] ON [growth].[point_entries] ([reverses_entry_id]) WHERE reverses_entry_id IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_point_entries_subject_key] ON [growth].[point_entries] ([subject_key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_point_entries_user_id_occurred_at_id] ON [growth].[point_entries] ([user_id], [occurred_at], [id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_point_entries_user_id_rule_id_local_date] ON [growth].[point_entries] ([user_id], [rule_id], [local_date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [ix_point_entries_user_id_rule_id_source_event_id] ON [growth].[point_entries] ([user_id], [rule_id], [source_event_id]) WHERE rule_id IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_point_rules_event_type_enabled] ON [growth].[point_rules] ([event_type], [enabled]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_rule_audit_at] ON [growth].[rule_audit] ([at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    CREATE INDEX [ix_rule_audit_rule_id_at] ON [growth].[rule_audit] ([rule_id], [at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128185908_Growth'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128185908_Growth', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190439_PostExcerpt'
)
BEGIN
    ALTER TABLE [content].[posts] ADD [excerpt] nvarchar(241) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190439_PostExcerpt'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128190439_PostExcerpt', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    ALTER TABLE [identity].[users] ADD [leaderboard_opt_out] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    CREATE TABLE [growth].[leaderboard_exclusions] (
        [user_id] uniqueidentifier NOT NULL,
        [reason] nvarchar(40) NOT NULL,
        [since] datetime2 NOT NULL,
        CONSTRAINT [pk_leaderboard_exclusions] PRIMARY KEY ([user_id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    CREATE TABLE [growth].[leaderboard_points] (
        [period] nvarchar(40) NOT NULL,
        [group_id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [points] bigint NOT NULL,
        [updated_at] datetime2 NOT NULL,
        CONSTRAINT [pk_leaderboard_points] PRIMARY KEY ([period], [group_id], [user_id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    CREATE TABLE [growth].[seasons] (
        [id] uniqueidentifier NOT NULL,
        [name] nvarchar(100) NOT NULL,
        [starts_on] date NOT NULL,
        [ends_on] date NOT NULL,
        [created_at] datetime2 NOT NULL,
        CONSTRAINT [pk_seasons] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    CREATE INDEX [ix_leaderboard_points_period_group_id_points_updated_at] ON [growth].[leaderboard_points] ([period], [group_id], [points], [updated_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    CREATE INDEX [ix_seasons_starts_on_ends_on] ON [growth].[seasons] ([starts_on], [ends_on]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128190915_Leaderboards'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128190915_Leaderboards', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    CREATE TABLE [growth].[rewards] (
        [id] uniqueidentifier NOT NULL,
        [name] nvarchar(100) NOT NULL,
        [description] nvarchar(2000) NOT NULL,
        [image_url] nvarchar(2048) NULL,
        [cost] int NOT NULL,
        [stock] int NULL,
        [per_member_limit] int NULL,
        [minimum_level] int NULL,
        [active_from] datetime2 NULL,
        [active_until] datetime2 NULL,
        [enabled] bit NOT NULL,
        [created_at] datetime2 NOT NULL,
        CONSTRAINT [pk_rewards] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    CREATE TABLE [growth].[redemptions] (
        [id] uniqueidentifier NOT NULL,
        [reward_id] uniqueidentifier NOT NULL,
        [user_id] uniqueidentifier NOT NULL,
        [cost] int NOT NULL,
        [idempotency_key] nvarchar(100) NOT NULL,
        [status] int NOT NULL,
        [created_at] datetime2 NOT NULL,
        [decided_at] datetime2 NULL,
        [decided_by] uniqueidentifier NULL,
        [note] nvarchar(500) NULL,
        CONSTRAINT [pk_redemptions] PRIMARY KEY ([id]),
        CONSTRAINT [fk_redemptions_rewards_reward_id] FOREIGN KEY ([reward_id]) REFERENCES [growth].[rewards] ([id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    CREATE INDEX [ix_redemptions_reward_id] ON [growth].[redemptions] ([reward_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    CREATE INDEX [ix_redemptions_status_created_at] ON [growth].[redemptions] ([status], [created_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    CREATE UNIQUE INDEX [ix_redemptions_user_id_idempotency_key] ON [growth].[redemptions] ([user_id], [idempotency_key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    CREATE INDEX [ix_redemptions_user_id_reward_id_status] ON [growth].[redemptions] ([user_id], [reward_id], [status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128191515_Rewards'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128191515_Rewards', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    ALTER TABLE [growth].[levels] ADD [reward_badge_id] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE TABLE [growth].[badges] (
        [id] uniqueidentifier NOT NULL,
        [name_en] nvarchar(100) NOT NULL,
        [name_zh] nvarchar(100) NOT NULL,
        [description_en] nvarchar(500) NOT NULL,
        [description_zh] nvarchar(500) NOT NULL,
        [icon] nvarchar(2048) NOT NULL,
        [tier] nvarchar(10) NOT NULL,
        [criterion] nvarchar(max) NULL,
        [manual] bit NOT NULL,
        [visible] bit NOT NULL,
        [enabled] bit NOT NULL,
        [created_at] datetime2 NOT NULL,
        CONSTRAINT [pk_badges] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE TABLE [growth].[member_badges] (
        [user_id] uniqueidentifier NOT NULL,
        [badge_id] uniqueidentifier NOT NULL,
        [earned_at] datetime2 NOT NULL,
        [retroactive] bit NOT NULL,
        [granted_by] uniqueidentifier NULL,
        [reason] nvarchar(500) NULL,
        CONSTRAINT [pk_member_badges] PRIMARY KEY ([user_id], [badge_id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE TABLE [growth].[member_counters] (
        [user_id] uniqueidentifier NOT NULL,
        [group_id] uniqueidentifier NOT NULL,
        [metric] nvarchar(40) NOT NULL,
        [value] bigint NOT NULL,
        CONSTRAINT [pk_member_counters] PRIMARY KEY ([user_id], [group_id], [metric])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE INDEX [ix_activities_actor_id_event_type_occurred_at] ON [growth].[activities] ([actor_id], [event_type], [occurred_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE INDEX [ix_activities_content_author_id_event_type_occurred_at] ON [growth].[activities] ([content_author_id], [event_type], [occurred_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE INDEX [ix_activities_subject_key] ON [growth].[activities] ([subject_key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    CREATE INDEX [ix_member_badges_badge_id] ON [growth].[member_badges] ([badge_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [migration_id] = N'20261128192731_Badges'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([migration_id], [product_version])
    VALUES (N'20261128192731_Badges', N'10.0.15');
END;

COMMIT;
GO

