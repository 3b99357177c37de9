using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Notifications.Contracts;

/// <summary>An operator published an announcement to every member; texts in English and Simplified Chinese.</summary>
public sealed record AnnouncementPublished(Guid AnnouncementId, Guid PublishedBy, string TitleEn, string TitleZh, string BodyEn, string BodyZh) : IntegrationEvent;
