using Microsoft.EntityFrameworkCore;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>Lets a module's model configuration differ by provider (e.g. full-text search columns).</summary>
public static class ModelBuilderProvider
{
    internal const string AnnotationName = "UserOps:Provider";

    public static DatabaseProvider Provider(this ModelBuilder modelBuilder) =>
        modelBuilder.Model.FindAnnotation(AnnotationName)?.Value is string name && Enum.TryParse<DatabaseProvider>(name, out var provider)
            ? provider
            : throw new InvalidOperationException("The provider annotation is set by CommunityDbContext before modules configure the model.");
}
