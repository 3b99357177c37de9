using System.Linq.Expressions;
using System.Reflection;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Persistence;

/// <summary>
/// Rewrites a projection so that every <see cref="ReactionCounts"/> it reads is read count by count: projected whole,
/// the complex property makes EF Core select every column of its entity, body and rendered HTML included.
/// </summary>
internal static class ReactionColumns
{
    private static readonly PropertyInfo[] Counts = [.. typeof(ReactionCounts).GetProperties().Where(p => p.CanWrite)];

    public static Expression<Func<T, TResult>> Read<T, TResult>(Expression<Func<T, TResult>> projection) =>
        (Expression<Func<T, TResult>>)new CountByCount().Visit(projection);

    private sealed class CountByCount : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Type == typeof(ReactionCounts)
                ? Expression.MemberInit(Expression.New(typeof(ReactionCounts)), Counts.Select(count => Expression.Bind(count, Expression.Property(node, count))))
                : base.VisitMember(node);
    }
}
