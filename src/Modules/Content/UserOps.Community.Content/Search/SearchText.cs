using System.Globalization;
using System.Text;

namespace UserOps.Community.Content.Search;

/// <summary>
/// One normalisation for documents and queries on every provider: lower-case words, and CJK runs split into
/// overlapping bigrams (中文搜索 → 中文 文搜 搜索) because none of our engines segments Chinese by itself.
/// </summary>
internal static class SearchText
{
    public static string Normalize(string text) => string.Join(' ', Tokens(text));

    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        var cjk = new List<string>();
        foreach (var element in EnumerateElements(text))
        {
            if (IsCjk(element))
            {
                Flush(word, tokens);
                cjk.Add(element);
            }
            else
            {
                FlushCjk(cjk, tokens);
                if (element.Length > 0 && (char.IsLetterOrDigit(element, 0)))
                {
                    word.Append(element.ToLowerInvariant());
                }
                else
                {
                    Flush(word, tokens);
                }
            }
        }

        Flush(word, tokens);
        FlushCjk(cjk, tokens);
        return tokens;
    }

    private static IEnumerable<string> EnumerateElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }

    private static void FlushCjk(List<string> run, List<string> tokens)
    {
        if (run.Count == 1)
        {
            tokens.Add(run[0]);
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            tokens.Add(run[i] + run[i + 1]);
        }

        run.Clear();
    }

    private static bool IsCjk(string element)
    {
        var codePoint = char.ConvertToUtf32(element, 0);
        return codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x3040 and <= 0x30FF)
            or (>= 0xAC00 and <= 0xD7AF) or (>= 0x20000 and <= 0x2A6DF) or (>= 0xF900 and <= 0xFAFF);
    }
}
