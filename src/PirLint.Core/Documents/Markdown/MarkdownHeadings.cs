using System.Globalization;
using System.Text;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>
/// The field a heading names: its text as a reader sees it, without a leading number (<c>6.</c>, <c>6)</c>,
/// <c>VI.</c>, <c>①</c>), emoji and trailing punctuation, folded as a name: <c>## 6. Action items:</c> and
/// <c>### Root causes 🔍</c> name <c>action_items</c> and <c>root_causes</c>.
/// </summary>
internal static class MarkdownHeadings
{
    public static string? FieldName(LineMap lines, MarkdownBlock heading)
    {
        var title = TitleSpan(lines, heading);
        if (title.Length == 0)
        {
            return null;
        }

        var text = MarkdownInlineText.IsPlain(lines.Text, title.Start, title.End)
            ? lines.Text.Substring(title.Start, title.Length)
            : MarkdownInlineText.Read(lines.Text, new[] { new MarkdownLine(title.Start, title.End) }, linkUrls: false).ToString();
        return NameFolding.ToFieldName(Strip(text));
    }

    /// <summary><c>6. Action items: 🔍</c> -> <c>Action items</c>.</summary>
    public static string Strip(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsDecoration(c))
            {
                kept.Append(c);
            }
        }

        var stripped = kept.ToString().Trim();
        var number = LeadingNumberLength(stripped);
        if (number > 0)
        {
            stripped = stripped.Substring(number);
        }

        var end = stripped.Length;
        while (end > 0 && (char.IsPunctuation(stripped[end - 1]) || char.IsWhiteSpace(stripped[end - 1])))
        {
            end--;
        }

        return stripped.Substring(0, end);
    }

    /// <summary>
    /// The length of a leading <c>6</c>, <c>6.</c>, <c>6.2)</c> or <c>VI.</c> and the white space after it (the
    /// regular expression <c>^(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)])\s+</c>); 0 when the text does not start with one.
    /// </summary>
    internal static int LeadingNumberLength(string text)
    {
        var at = 0;
        if (at < text.Length && char.IsDigit(text[at]))
        {
            at = SkipDigits(text, at);
            while (at + 1 < text.Length && text[at] == '.' && char.IsDigit(text[at + 1]))
            {
                at = SkipDigits(text, at + 1);
            }

            if (at < text.Length && (text[at] == '.' || text[at] == ')'))
            {
                at++;
            }
        }
        else
        {
            while (at < text.Length && "IVXLC".IndexOf(text[at]) >= 0)
            {
                at++;
            }

            if (at == 0 || at == text.Length || (text[at] != '.' && text[at] != ')'))
            {
                return 0;
            }

            at++;
        }

        var spaces = at;
        while (spaces < text.Length && char.IsWhiteSpace(text[spaces]))
        {
            spaces++;
        }

        return spaces > at ? spaces : 0;
    }

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The heading's text on its line, without the <c>#</c> marks and surrounding spaces.</summary>
    public static SourceSpan TitleSpan(LineMap lines, MarkdownBlock heading)
    {
        var line = lines.GetLine(heading.Start);
        var start = lines.LineStart(line);
        var end = lines.LineEnd(line);
        var text = lines.Text;
        while (start < end && (text[start] == ' ' || text[start] == '#'))
        {
            start++;
        }

        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '#'))
        {
            end--;
        }

        return lines.Span(start, end);
    }

    /// <summary>Emoji and other pictographs, with the joiners and selectors that build them, and circled or superscript numbers (<c>①</c>).</summary>
    private static bool IsDecoration(char c) =>
        char.IsSurrogate(c) || c == '\u200D' || c == '\uFE0F' || c == '\uFE0E' || c == '\u20E3' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherNumber;
}
