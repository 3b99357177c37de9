using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Engine;

/// <summary>The rule checks that need no database: window, scope, self-dealing, minimum length. Pure, for unit tests.</summary>
internal static class RuleLimits
{
    public static bool Applies(PointRule rule, Activity activity, Guid recipient)
    {
        if (!rule.IsActiveAt(activity.OccurredAt) || rule.EventType != activity.EventType)
        {
            return false;
        }

        if (rule.GroupId is { } group && group != activity.GroupId)
        {
            return false;
        }

        if (rule.MinContentLength is { } min && activity.ContentLength is { } length && length < min)
        {
            return false;
        }

        // No points for reacting to your own content (either side), nor author points for your own replies.
        var selfReaction = activity.EventType == EventTypes.ReactionAdded && activity.ContentAuthorId == activity.ActorId;
        var selfAsAuthor = rule.Recipient == Recipient.ContentAuthor && recipient == activity.ActorId;
        if (selfReaction || selfAsAuthor)
        {
            return false;
        }

        return rule.AmountPerAward != 0;
    }

    /// <summary>How much of the award fits under the caps, given what the rule already gave.</summary>
    public static int Capped(int amount, int? cap, int alreadyGiven) =>
        cap is { } limit ? Math.Max(0, Math.Min(amount, limit - alreadyGiven)) : amount;

    public static bool InCooldown(PointRule rule, DateTime? lastAward, DateTime now) =>
        rule.CooldownSeconds is { } seconds && lastAward is { } last && now < last.AddSeconds(seconds);
}
