namespace UserOps.Community.Identity.Domain;

internal static class ProfileRules
{
    public const int DisplayNameMin = 2;
    public const int DisplayNameMax = 50;
    public const int BioMax = 500;
    public const int AvatarUrlMax = 2048;
    public const int RegionMax = 64;
    public const int InterestsMax = 10;
    public const int InterestMax = 32;
    public const int TimeZoneMax = 64;
    public const int InviteCodeMax = 64;
    public const int BanReasonMax = 500;
}
