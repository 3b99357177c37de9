using UserOps.Community.Identity.Contracts;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Tests.Domain;

public sealed class CommunityUserTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private static readonly ProfileChanges Completing = new(null, "Bio", "https://x.test/a.png", null, null, ["chess"], null);

    [Fact]
    public void Given_a_registration_Then_UserRegistered_is_raised_with_the_invite_code()
    {
        var user = CommunityUser.Register("a@x.test", "Ada", "Asia/Shanghai", "zh-CN", "FRIEND", Now);

        var registered = Assert.IsType<UserRegistered>(Assert.Single(user.PendingEvents));
        Assert.Equal(user.Id, registered.UserId);
        Assert.Equal("FRIEND", registered.InviteCode);
        Assert.Equal("Asia/Shanghai", registered.TimeZone);
        Assert.Equal("zh-CN", registered.Locale);
        Assert.Equal(Now, registered.OccurredAt);
        Assert.Equal(7, user.Id.Version);
    }

    [Fact]
    public void Given_an_update_that_completes_the_profile_Then_ProfileUpdated_says_BecameComplete()
    {
        var user = NewUser();

        user.UpdateProfile(Completing, Now);

        var updated = Assert.IsType<ProfileUpdated>(Assert.Single(user.PendingEvents));
        Assert.True(updated.IsComplete);
        Assert.True(updated.BecameComplete);
        Assert.True(user.IsProfileComplete);
        Assert.Equal(Now, user.ProfileCompletedAt);
    }

    [Fact]
    public void Given_a_complete_profile_emptied_and_completed_again_Then_BecameComplete_is_raised_only_the_first_time()
    {
        var user = NewUser();

        user.UpdateProfile(Completing, Now);
        user.UpdateProfile(new ProfileChanges(null, "Other bio", null, null, null, null, null), Now.AddMinutes(1));
        user.UpdateProfile(new ProfileChanges(null, string.Empty, null, null, null, null, null), Now.AddMinutes(2));
        user.UpdateProfile(new ProfileChanges(null, "Back", null, null, null, null, null), Now.AddMinutes(3));

        var updates = user.PendingEvents.Cast<ProfileUpdated>().ToList();
        Assert.Equal([true, true, false, true], updates.Select(e => e.IsComplete));
        Assert.Equal([true, false, false, false], updates.Select(e => e.BecameComplete));
        Assert.Equal(Now, user.ProfileCompletedAt);
    }

    [Fact]
    public void Given_an_update_that_leaves_it_incomplete_Then_ProfileUpdated_is_raised_without_BecameComplete()
    {
        var user = NewUser();

        user.UpdateProfile(new ProfileChanges("Ada L.", "Bio", null, null, null, null, null), Now);

        var updated = Assert.IsType<ProfileUpdated>(Assert.Single(user.PendingEvents));
        Assert.False(updated.IsComplete);
        Assert.False(updated.BecameComplete);
        Assert.Null(user.ProfileCompletedAt);
    }

    [Fact]
    public void Given_nulls_and_empty_strings_Then_nulls_keep_values_and_empty_strings_clear_them()
    {
        var user = NewUser();
        user.UpdateProfile(new ProfileChanges(null, "Bio", null, null, null, null, "Berlin"), Now);

        user.UpdateProfile(new ProfileChanges(null, null, null, null, null, null, string.Empty), Now);

        Assert.Equal("Bio", user.Bio);
        Assert.Null(user.Region);
        Assert.Equal("Ada", user.DisplayName);
    }

    [Fact]
    public void Given_interests_differing_only_by_case_and_spaces_Then_they_are_kept_once()
    {
        var user = NewUser();

        user.UpdateProfile(new ProfileChanges(null, null, null, null, null, [" Chess", "chess ", "Go"], null), Now);

        Assert.Equal(["Chess", "Go"], user.Interests);
    }

    [Fact]
    public void Given_roles_changed_Then_UserRolesChanged_names_the_admin()
    {
        var user = NewUser();
        var admin = Guid.CreateVersion7();

        user.RecordRolesChanged(["Member", "Moderator"], admin, Now);

        var changed = Assert.IsType<UserRolesChanged>(Assert.Single(user.PendingEvents));
        Assert.Equal(admin, changed.ChangedBy);
        Assert.Equal(["Member", "Moderator"], changed.Roles);
    }

    internal static CommunityUser NewUser(string timeZone = "UTC")
    {
        var user = CommunityUser.Register("a@x.test", "Ada", timeZone, "en", null, Now);
        user.ClearPendingEvents();
        return user;
    }
}
