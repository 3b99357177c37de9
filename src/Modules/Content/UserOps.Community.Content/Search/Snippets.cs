using System.Net;
using System.Text.RegularExpressions;

namespace UserOps.Community.Content.Search;

/// <summary>A short, HTML-escaped excerpt around the first query term, with matches wrapped in &lt;mark&gt;.</summary>
internal static class Snippets
{
    private const int Radius = 80;

    public static string Highlight(string text, string query)
    {
        var terms = query.Split([' ', '\t', '\n', '\u3000'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('"', '\''))
            .Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length)
            .ToList();
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Radius);
        var end = Math.Min(text.Length, first + Radius);
        var excerpt = text[start..end].ReplaceLineEndings(" ");
        var html = WebUtility.HtmlEncode(excerpt);
        if (terms.Count > 0)
        {
            // One pass over all terms, so a later term never matches inside an inserted <mark>.
            var pattern = string.Join('|', terms.Select(t => Regex.Escape(WebUtility.HtmlEncode(t))));
            html = Regex.Replace(html, pattern, match => $"<mark>{match.Value}</mark>", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
        }

        return (start > 0 ? "…" : string.Empty) + html + (end < text.Length ? "…" : string.Empty);
    }
}
