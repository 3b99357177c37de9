using Riok.Mapperly.Abstractions;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Profile;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ProfileMapper
{
    [MapProperty(nameof(CommunityUser.IsProfileComplete), nameof(ProfileResponse.ProfileComplete))]
    public static partial ProfileResponse ToResponse(CommunityUser user, IReadOnlyList<string> roles);
}
