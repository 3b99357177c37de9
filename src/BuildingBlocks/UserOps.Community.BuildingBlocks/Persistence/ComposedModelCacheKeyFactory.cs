using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>The model depends on which modules are composed, so the cache key must too.</summary>
internal sealed class ComposedModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is CommunityDbContext community
            ? (context.GetType(), community.ModelKey, context.Database.ProviderName, designTime)
            : (context.GetType(), designTime);
}
