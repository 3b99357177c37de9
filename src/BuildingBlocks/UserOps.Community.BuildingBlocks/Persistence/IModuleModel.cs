using Microsoft.EntityFrameworkCore;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>A module's contribution to the one EF model: its entity configurations, under its own schema.</summary>
public interface IModuleModel
{
    string Schema { get; }

    void Configure(ModelBuilder modelBuilder);
}
