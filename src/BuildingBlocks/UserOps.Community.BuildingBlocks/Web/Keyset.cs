using System.Linq.Expressions;
using System.Reflection;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>
/// The rows past a keyset cursor on (key, id). Written as "key &lt;= k AND (key &lt; k OR id &lt; i)" rather than
/// "key &lt; k OR (key = k AND id &lt; i)": the same rows, but its first term is an index condition, so the database
/// seeks to the cursor instead of filtering every row before it (bench/README.md shows both plans).
/// </summary>
public static class Keyset
{
    private static readonly MethodInfo CompareGuids = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;

    /// <summary>Rows after the cursor in descending (key, id) order.</summary>
    public static IQueryable<T> Below<T, TKey>(
        this IQueryable<T> rows, Expression<Func<T, TKey>> key, TKey at, Expression<Func<T, Guid>> id, Guid atId) =>
        rows.Where(Past(key, at, id, atId, Expression.LessThanOrEqual, Expression.LessThan));

    /// <summary>Rows after the cursor in ascending (key, id) order.</summary>
    public static IQueryable<T> Above<T, TKey>(
        this IQueryable<T> rows, Expression<Func<T, TKey>> key, TKey at, Expression<Func<T, Guid>> id, Guid atId) =>
        rows.Where(Past(key, at, id, atId, Expression.GreaterThanOrEqual, Expression.GreaterThan));

    private static Expression<Func<T, bool>> Past<T, TKey>(
        Expression<Func<T, TKey>> key, TKey at, Expression<Func<T, Guid>> id, Guid atId,
        Func<Expression, Expression, BinaryExpression> orEqual, Func<Expression, Expression, BinaryExpression> strictly)
    {
        var row = key.Parameters[0];
        var rowKey = key.Body;
        var rowId = new Rebind(id.Parameters[0], row).Visit(id.Body);

        // Read from an object's properties, as a closure would be, so EF Core sends parameters, not literals.
        var cursor = Expression.Constant(new Cursor<TKey>(at, atId));
        var cursorKey = Expression.Property(cursor, nameof(Cursor<TKey>.Key));
        var cursorId = Expression.Property(cursor, nameof(Cursor<TKey>.Id));
        var idPast = strictly(Expression.Call(rowId, CompareGuids, cursorId), Expression.Constant(0));
        return Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(orEqual(rowKey, cursorKey), Expression.OrElse(strictly(rowKey, cursorKey), idPast)), row);
    }

    private sealed record Cursor<TKey>(TKey Key, Guid Id);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
