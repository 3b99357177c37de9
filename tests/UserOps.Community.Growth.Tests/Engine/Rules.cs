using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Tests.Engine;

/// <summary>Rules and activities as the engine sees them, built with readable defaults.</summary>
internal static class Rules
{
    public static readonly DateTime Noon = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    public static readonly Guid Author = Guid.Parse("00000000-0000-7000-8000-00000000000a");

    public static readonly Guid Reactor = Guid.Parse("00000000-0000-7000-8000-00000000000b");

    public static PointRule Post(int points = 5) => new()
    {
        Name = "Published a post", EventType = EventTypes.PostPublished, Recipient = Recipient.Actor, Points = points, MinContentLength = 20,
    };

    public static PointRule ReactionReceived(int points = 1) => new()
    {
        Name = "Received a reaction", EventType = EventTypes.ReactionAdded, Recipient = Recipient.ContentAuthor, Points = points,
    };

    public static Activity PostBy(Guid author, DateTime at, int length = 100, Guid? group = null) => new()
    {
        EventId = Guid.CreateVersion7(), EventType = EventTypes.PostPublished, OccurredAt = at, ActorId = author, ContentAuthorId = author,
        GroupId = group ?? Guid.Empty, ContentLength = length, SubjectKey = $"post:{Guid.NewGuid()}",
    };

    public static Activity Reaction(Guid reactor, Guid author, DateTime at) => new()
    {
        EventId = Guid.CreateVersion7(), EventType = EventTypes.ReactionAdded, OccurredAt = at, ActorId = reactor, ContentAuthorId = author,
        SubjectKey = $"reaction:{Guid.NewGuid()}",
    };

    public static Activity Comment(Guid commenter, Guid postAuthor, DateTime at, int length = 50) => new()
    {
        EventId = Guid.CreateVersion7(), EventType = EventTypes.CommentPosted, OccurredAt = at, ActorId = commenter, ContentAuthorId = postAuthor,
        ContentLength = length, SubjectKey = $"comment:{Guid.NewGuid()}",
    };
}
