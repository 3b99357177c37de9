namespace UserOps.Community.Referrals.Activation;

/// <summary>The activation criterion over what an invitee has done (see <see cref="ActivationOptions"/>).</summary>
internal static class ActivationRules
{
    public static bool IsMet(ActivationOptions options, bool profileComplete, int posts, int checkIns)
    {
        if (options.RequireProfileComplete && !profileComplete)
        {
            return false;
        }

        var postsPath = options.MinPosts > 0;
        var checkInsPath = options.MinCheckIns > 0;
        return (!postsPath && !checkInsPath)
            || (postsPath && posts >= options.MinPosts)
            || (checkInsPath && checkIns >= options.MinCheckIns);
    }

    /// <summary>Whether a capped count still leaves room for one more rewarded activation.</summary>
    public static bool UnderCap(int? cap, int alreadyRewarded) => cap is not { } limit || alreadyRewarded < limit;
}
