using System.Globalization;
using UserOps.Community.Notifications.Domain;

namespace UserOps.Community.Notifications.Notifying;

/// <summary>Renders a notification in the member's locale (en or zh-CN) from its kind and data.</summary>
internal static class NotificationTexts
{
    public static bool IsChinese(string? locale) => locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Render(string kind, IReadOnlyDictionary<string, string> data, string? actorName, string? locale)
    {
        var zh = IsChinese(locale);
        var actor = actorName ?? (zh ? "有人" : "Someone");
        string Get(string key) => data.TryGetValue(key, out var value) ? value : string.Empty;
        string Pick(string key) => Get(zh ? key + "Zh" : key + "En");
        var onComment = Get("target") == "comment";
        return kind switch
        {
            NotificationKinds.Mention => zh ? $"{actor} 提到了你" : $"{actor} mentioned you",
            NotificationKinds.Reply => zh ? $"{actor} 回复了你的{(onComment ? "评论" : "帖子")}" : $"{actor} replied to your {(onComment ? "comment" : "post")}",
            NotificationKinds.Reactions => zh
                ? $"{Get("count")} 人回应了你的{(onComment ? "评论" : "帖子")}"
                : Get("count") == "1" ? $"1 person reacted to your {(onComment ? "comment" : "post")}" : $"{Get("count")} people reacted to your {(onComment ? "comment" : "post")}",
            NotificationKinds.JoinRequestDecided => Get("approved") == "true"
                ? (zh ? "你加入小组的申请已通过" : "Your request to join the group was approved")
                : (zh ? "你加入小组的申请未通过" : "Your request to join the group was declined"),
            NotificationKinds.Moderation => Moderation(Get("action"), onComment, zh),
            NotificationKinds.Points => Points(int.Parse(Get("total"), CultureInfo.InvariantCulture), Get("source"), zh),
            NotificationKinds.LevelReached => zh ? $"你升到了 {Get("level")} 级：{Pick("name")}" : $"You reached level {Get("level")}: {Pick("name")}",
            NotificationKinds.BadgeEarned => zh ? $"你获得了「{Pick("name")}」徽章" : $"You earned the {Pick("name")} badge",
            NotificationKinds.ChallengeCompleted => zh ? $"你完成了挑战「{Get("title")}」" : $"You completed the challenge \"{Get("title")}\"",
            NotificationKinds.ReferralActivated => Get("role") == "inviter"
                ? (zh ? "你邀请的好友已激活" : "A friend you invited is now active")
                : (zh ? "你的邀请注册已激活" : "Your invitation sign-up is now active"),
            NotificationKinds.RedemptionFulfilled => zh ? $"你兑换的「{Get("reward")}」已发放" : $"Your reward \"{Get("reward")}\" has been delivered",
            NotificationKinds.Announcement => Pick("title"),
            _ => kind,
        };
    }

    /// <summary>A longer text, for announcements only.</summary>
    public static string? Body(string kind, IReadOnlyDictionary<string, string> data, string? locale) =>
        kind == NotificationKinds.Announcement && data.TryGetValue(IsChinese(locale) ? "bodyZh" : "bodyEn", out var body) ? body : null;

    private static string Moderation(string action, bool onComment, bool zh)
    {
        var what = zh ? (onComment ? "评论" : "帖子") : (onComment ? "comment" : "post");
        return (action, zh) switch
        {
            ("removed", true) => $"版主删除了你的{what}",
            ("removed", false) => $"A moderator removed your {what}",
            ("pinned", true) => $"版主置顶了你的{what}",
            ("pinned", false) => $"A moderator pinned your {what}",
            ("locked", true) => $"版主锁定了你的{what}",
            ("locked", false) => $"A moderator locked your {what}",
            (_, true) => $"版主更新了你的{what}",
            _ => $"A moderator changed your {what}",
        };
    }

    private static string Points(int total, string source, bool zh)
    {
        var why = string.IsNullOrEmpty(source) ? string.Empty : zh ? $"（{source}）" : $" ({source})";
        return total >= 0
            ? (zh ? $"你获得了 {total} 积分{why}" : $"You earned {total} points{why}")
            : (zh ? $"你被扣除了 {-total} 积分{why}" : $"{-total} points were taken back{why}");
    }
}
