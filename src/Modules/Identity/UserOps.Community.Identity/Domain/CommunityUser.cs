using Microsoft.AspNetCore.Identity;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Identity.Domain;

internal sealed class CommunityUser : IdentityUser<Guid>, IEventSource
{
    private readonly List<IIntegrationEvent> _pendingEvents = [];

    // Identity's stores require a public parameterless constructor; use Register to create accounts.
    public CommunityUser()
    {
    }

    public string DisplayName { get; private set; } = string.Empty;

    public string? Bio { get; private set; }

    public string? AvatarUrl { get; private set; }

    public string TimeZone { get; private set; } = "UTC";

    public string Locale { get; private set; } = Locales.English;

    public List<string> Interests { get; private set; } = [];

    public string? Region { get; private set; }

    public string? InviteCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ProfileCompletedAt { get; private set; }

    public DateOnly? LastSignInLocalDate { get; private set; }

    public bool LeaderboardOptOut { get; private set; }

    public DateTime? BannedAt { get; private set; }

    public string? BanReason { get; private set; }

    public bool IsProfileComplete => ProfileCompleteness.IsComplete(DisplayName, Bio, AvatarUrl, Interests);

    Guid IEventSource.EventStreamId => Id;

    public IReadOnlyCollection<IIntegrationEvent> PendingEvents => _pendingEvents;

    public void ClearPendingEvents() => _pendingEvents.Clear();

    public static CommunityUser Register(string email, string displayName, string timeZone, string locale, string? inviteCode, DateTime now)
    {
        var user = new CommunityUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = displayName,
            TimeZone = timeZone,
            Locale = locale,
            InviteCode = inviteCode,
            CreatedAt = now,
        };
        user._pendingEvents.Add(new UserRegistered(user.Id, displayName, timeZone, locale, inviteCode) { OccurredAt = now });
        return user;
    }

    public void UpdateProfile(ProfileChanges changes, DateTime now)
    {
        var wasComplete = IsProfileComplete;
        DisplayName = changes.DisplayName ?? DisplayName;
        Bio = changes.Bio is null ? Bio : NullIfEmpty(changes.Bio);
        AvatarUrl = changes.AvatarUrl is null ? AvatarUrl : NullIfEmpty(changes.AvatarUrl);
        TimeZone = changes.TimeZone ?? TimeZone;
        Locale = changes.Locale ?? Locale;
        Interests = changes.Interests is { } interests ? [.. interests.Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)] : Interests;
        Region = changes.Region is null ? Region : NullIfEmpty(changes.Region);
        if (changes.LeaderboardOptOut is { } optOut && optOut != LeaderboardOptOut)
        {
            LeaderboardOptOut = optOut;
            _pendingEvents.Add(new LeaderboardOptOutChanged(Id, optOut) { OccurredAt = now });
        }

        var becameComplete = !wasComplete && IsProfileComplete && ProfileCompletedAt is null;
        if (becameComplete)
        {
            ProfileCompletedAt = now;
        }

        _pendingEvents.Add(new ProfileUpdated(Id, IsProfileComplete, becameComplete) { OccurredAt = now });
    }

    /// <summary>Returns false when the member already signed in on this local day.</summary>
    public bool RecordSignIn(DateOnly localDate, DateTime now)
    {
        if (LastSignInLocalDate == localDate)
        {
            return false;
        }

        LastSignInLocalDate = localDate;
        _pendingEvents.Add(new UserSignedIn(Id, localDate) { OccurredAt = now });
        return true;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Locks the account for good (Identity's lockout refuses every sign-in) and raises MemberBanned; false when already banned.</summary>
    public bool Ban(string reason, Guid bannedBy, DateTime now)
    {
        if (BannedAt is not null)
        {
            return false;
        }

        BannedAt = now;
        BanReason = reason;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        _pendingEvents.Add(new MemberBanned(Id, reason, bannedBy) { OccurredAt = now });
        return true;
    }

    /// <summary>Lifts a ban; false when the member was not banned.</summary>
    public bool Unban(Guid unbannedBy, DateTime now)
    {
        if (BannedAt is null)
        {
            return false;
        }

        BannedAt = null;
        BanReason = null;
        LockoutEnd = null;
        AccessFailedCount = 0;
        _pendingEvents.Add(new MemberUnbanned(Id, unbannedBy) { OccurredAt = now });
        return true;
    }

    public void RecordRolesChanged(IReadOnlyList<string> roles, Guid changedBy, DateTime now) =>
        _pendingEvents.Add(new UserRolesChanged(Id, roles, changedBy) { OccurredAt = now });
}
