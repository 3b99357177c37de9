using FluentValidation;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Content.Comments;

internal sealed record CommentResponse(
    Guid Id,
    Guid PostId,
    Guid? ParentCommentId,
    AuthorView Author,
    string Body,
    string BodyHtml,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool Removed,
    int ReplyCount,
    IReadOnlyDictionary<string, int> Reactions,
    IReadOnlyList<string> MyReactions);

internal sealed record CommentRequest(string Body, Guid? ParentCommentId);

internal sealed record EditCommentRequest(string Body);

internal sealed class CommentRequestValidator : AbstractValidator<CommentRequest>
{
    public CommentRequestValidator() =>
        RuleFor(r => r.Body).Must(b => !string.IsNullOrWhiteSpace(b) && b.Length <= ContentRules.CommentMax)
            .WithMessage($"Comment must be 1 to {ContentRules.CommentMax} characters.");
}

internal sealed class EditCommentRequestValidator : AbstractValidator<EditCommentRequest>
{
    public EditCommentRequestValidator() =>
        RuleFor(r => r.Body).Must(b => !string.IsNullOrWhiteSpace(b) && b.Length <= ContentRules.CommentMax)
            .WithMessage($"Comment must be 1 to {ContentRules.CommentMax} characters.");
}

internal sealed class CommentViews(IUserDirectory users, PostViews posts)
{
    public async Task<IReadOnlyList<CommentResponse>> ManyAsync(IReadOnlyList<Comment> comments, Viewer viewer, CancellationToken cancellationToken)
    {
        var authors = await users.GetManyAsync([.. comments.Select(c => c.AuthorId)], cancellationToken);
        var mine = await posts.MyReactionsAsync(ContentKind.Comment, [.. comments.Select(c => c.Id)], viewer, cancellationToken);
        return [.. comments.Select(c => new CommentResponse(
            c.Id,
            c.PostId,
            c.ParentCommentId,
            PostViews.Author(authors, c.AuthorId),
            c.IsRemoved ? string.Empty : c.Body,
            c.IsRemoved ? string.Empty : c.BodyHtml,
            c.CreatedAt,
            c.EditedAt,
            c.IsRemoved,
            c.ReplyCount,
            c.Reactions.ToDictionary(),
            mine.TryGetValue(c.Id, out var kinds) ? kinds : []))];
    }

    public async Task<CommentResponse> OneAsync(Comment comment, Viewer viewer, CancellationToken cancellationToken) =>
        (await ManyAsync([comment], viewer, cancellationToken))[0];
}
