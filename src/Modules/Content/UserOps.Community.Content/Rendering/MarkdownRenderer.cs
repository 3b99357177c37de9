using Ganss.Xss;
using Markdig;

namespace UserOps.Community.Content.Rendering;

/// <summary>
/// Markdown to safe HTML. Markdig runs with raw HTML disabled; HtmlSanitizer then removes anything that
/// could still run script (event handlers, javascript: URLs), so a renderer bug alone cannot cause XSS.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, _pipeline).Trim();

    /// <summary>The first characters of the plain text, on one line, with an ellipsis when cut.</summary>
    public string Excerpt(string markdown, int length)
    {
        var text = ToPlainText(markdown.Length > 4 * length ? markdown[..(4 * length)] : markdown).ReplaceLineEndings(" ");
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("rel");
        // User links must not pass page rank or window.opener.
        sanitizer.PostProcessNode += (_, args) =>
        {
            if (args.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow ugc noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
